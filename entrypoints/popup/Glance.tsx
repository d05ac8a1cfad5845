import { Show } from 'solid-js';
import { i18n } from '#i18n';
import { DaysCounter } from '@/components/DaysCounter';
import type { SitePattern } from '@/utils/db/schema';
import type { Days } from '@/utils/recovery/days';
import { describePattern } from '@/utils/triggers/site-pattern';

export interface GlanceProps {
  /** The daily check-in is offered today. */
  checkInOffer: boolean;
  onCheckIn(): void;
  onCheckInLater(): void;
  /** The days counter, when the person turned it on and Steady is open. */
  days?: Days;
  /** Said only while a hard time is on. */
  hardTime?: string;
  /** The plan when Steady is open (its words are the person's own, behind the lock). */
  plan?: { coping: string[]; reasons: string[] };
  /** Chooses one line of a list for this minute, so the glance changes as the person comes back. */
  rotating(list: readonly string[]): string | undefined;
  /** The site of the open tab when Steady is open, and whether a rule already covers it. */
  site?: { pattern: SitePattern; flagged: boolean };
  /** Flags the open site (in the click: the permission is asked for there); resolves to the refusal's words. */
  onFlagThis(): Promise<string | undefined>;
  onStatus(words: string): void;
}

/**
 * The popup's first view, the part that loads after reach out, the lines, "Log an urge" and "I used":
 * the daily check-in's offer, the days, whether a hard time is on, a step of the plan and a reason,
 * and the open site.
 */
export function Glance(props: GlanceProps) {
  const planLines = () => (props.plan?.coping.length ?? 0) + (props.plan?.reasons.length ?? 0);
  return (
    <>
      <Show when={props.checkInOffer}>
        <div class="row offer">
          <p>{i18n.t('popup.checkInOffer')}</p>
          <button type="button" onClick={() => props.onCheckIn()}>
            {i18n.t('popup.checkInStart')}
          </button>
          <button type="button" class="quiet" onClick={() => props.onCheckInLater()}>
            {i18n.t('popup.checkInLater')}
          </button>
        </div>
      </Show>
      <Show when={props.days}>{(counted) => <DaysCounter days={counted()} />}</Show>
      <Show when={props.hardTime}>{(words) => <p class="hint">{words()}</p>}</Show>
      <Show
        when={props.plan && planLines() > 0}
        fallback={
          <Show when={props.plan}>
            <p class="hint">{i18n.t('popup.noPlan')}</p>
          </Show>
        }
      >
        <dl class="plan-glance hint-labels">
          <Show when={props.rotating(props.plan?.coping ?? [])}>
            {(step) => (
              <>
                <dt>{i18n.t('popup.nextStep')}</dt>
                <dd>{step()}</dd>
              </>
            )}
          </Show>
          <Show when={props.rotating(props.plan?.reasons ?? [])}>
            {(reason) => (
              <>
                <dt>{i18n.t('popup.reasons')}</dt>
                <dd>{reason()}</dd>
              </>
            )}
          </Show>
        </dl>
      </Show>
      <Show when={props.site}>
        {(current) => (
          <Show
            when={!current().flagged}
            fallback={<p class="hint">{i18n.t('popup.flagged', [describePattern(current().pattern)])}</p>}
          >
            <button
              type="button"
              onClick={() =>
                void props
                  .onFlagThis()
                  .then((problem) =>
                    props.onStatus(problem ?? i18n.t('popup.flagged', [describePattern(current().pattern)])),
                  )
              }
            >
              {i18n.t('popup.flagThis', [describePattern(current().pattern)])}
            </button>
          </Show>
        )}
      </Show>
    </>
  );
}
