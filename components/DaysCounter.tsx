import { Show } from 'solid-js';
import { i18n } from '#i18n';
import type { Days } from '@/utils/recovery/days';
import type { Milestone } from '@/utils/recovery/milestones';

/** "30 days today.", "1 year today.": said on the day, never counted down to. */
const milestoneWords = (milestone: Milestone) =>
  'years' in milestone
    ? i18n.t('days.milestone.years', milestone.years)
    : i18n.t('days.milestone.days', milestone.days);

/**
 * The days counter, with the progress a lapse never erases: the total days, and the longest stretch;
 * on a milestone's day, one calm line for it.
 */
export function DaysCounter(props: { days: Days }) {
  return (
    <Show when={props.days.counter !== undefined}>
      <section class="days" aria-label={i18n.t('days.counter')}>
        <p class="days-count">{i18n.t('popup.days', props.days.counter ?? 0)}</p>
        <Show when={props.days.milestone}>{(milestone) => <p>{milestoneWords(milestone())}</p>}</Show>
        <Show when={props.days.total !== undefined && props.days.total !== props.days.counter}>
          <p class="hint">{i18n.t('days.total', [i18n.t('popup.days', props.days.total ?? 0)])}</p>
        </Show>
        <Show when={props.days.longest !== undefined && props.days.longest !== props.days.counter}>
          <p class="hint">{i18n.t('days.longest', [i18n.t('popup.days', props.days.longest ?? 0)])}</p>
        </Show>
      </section>
    </Show>
  );
}
