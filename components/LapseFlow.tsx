import { createSignal, type JSX, Match, onMount, Show, Switch } from 'solid-js';
import { i18n } from '#i18n';
import type { Lapse } from '@/utils/db/schema';
import { Field } from './Field';
import { NoteField } from './NoteField';
import { type Chip, TriggerChips } from './TriggerChips';

/** The steps of the check-in after a lapse, in the order of the seed's advice (CONTENT.md). */
export const LAPSE_STEPS = ['acknowledge', 'what', 'change', 'not-alone', 'safety', 'next-days'] as const;
export type LapseStep = (typeof LAPSE_STEPS)[number];

export interface LapseFlowProps {
  chips: readonly Chip[];
  /** The site open in the tab, when it is not flagged yet: one click flags it. */
  openSite?: string;
  /** A hard time around now, in words ("Friday, 21:00 to 23:00"): one click adds it. */
  timeSuggestion?: string;
  /** Reach out: the page's own (the people, then the crisis lines). */
  reachOut: JSX.Element;
  /** Never Use Alone and the emergency numbers of the person's region. */
  safetyLines: JSX.Element;
  /** Saves what the person said so far (the lapse is recorded at once, before the first step). */
  onDetails(details: Partial<Pick<Lapse, 'triggers' | 'note' | 'change' | 'restartedCounter'>>): Promise<unknown>;
  onFlagSite?(): Promise<string | undefined>;
  onAddTime?(): Promise<string | undefined>;
  onAddLine(line: string): Promise<string | undefined>;
  onFinish(): void;
}

/**
 * "I used": a compassionate check-in, one short screen a step, every step skippable. It names
 * what happened without shame, finds what led to it, makes one change to the plan, reaches a
 * person, gives the facts that keep someone safe now, and cares for the next days. The lapse is
 * kept; the days counter starts again only if the person chooses so.
 */
export function LapseFlow(props: LapseFlowProps) {
  const [step, setStep] = createSignal<LapseStep>('acknowledge');
  const [triggers, setTriggers] = createSignal<string[]>([]);
  const [status, setStatus] = createSignal('');
  const [restart, setRestart] = createSignal(false);
  let heading: HTMLHeadingElement | undefined;
  const index = () => LAPSE_STEPS.indexOf(step());
  const go = (to: number) => {
    const next = LAPSE_STEPS[to];
    setStatus('');
    if (next) setStep(next);
    queueMicrotask(() => heading?.focus());
  };
  onMount(() => heading?.focus());

  const Heading = (p: { children: string }) => (
    <h2 tabindex="-1" ref={heading}>
      {p.children}
    </h2>
  );
  const act = (work: Promise<string | undefined>, done: string) =>
    void work.then((problem) => setStatus(problem ?? done));

  return (
    <section class="lapse stack" aria-live="polite">
      <p class="hint">{i18n.t('lapse.stepOf', [String(index() + 1), String(LAPSE_STEPS.length)])}</p>
      <Switch>
        <Match when={step() === 'acknowledge'}>
          <Heading>{i18n.t('lapse.acknowledgeHeading')}</Heading>
          <p>{i18n.t('lapse.acknowledge')}</p>
          <p class="hint">{i18n.t('lapse.saved')}</p>
        </Match>
        <Match when={step() === 'what'}>
          <Heading>{i18n.t('lapse.whatHeading')}</Heading>
          <p>{i18n.t('lapse.whatIntro')}</p>
          <TriggerChips
            label={i18n.t('urge.triggers')}
            chips={props.chips}
            selected={triggers()}
            onChange={(next) => {
              setTriggers(next);
              void props.onDetails({ triggers: next });
            }}
          />
          <NoteField id="lapse-note" onChange={(note) => void props.onDetails({ note })} />
        </Match>
        <Match when={step() === 'change'}>
          <Heading>{i18n.t('lapse.changeHeading')}</Heading>
          <p>{i18n.t('lapse.changeIntro')}</p>
          <div class="stack">
            <Show when={props.openSite}>
              {(site) => (
                <button
                  type="button"
                  onClick={() => act(props.onFlagSite?.() ?? Promise.resolve(undefined), i18n.t('lapse.changeDone'))}
                >
                  {i18n.t('lapse.changeSite', [site()])}
                </button>
              )}
            </Show>
            <Show when={props.timeSuggestion}>
              {(time) => (
                <button
                  type="button"
                  onClick={() => act(props.onAddTime?.() ?? Promise.resolve(undefined), i18n.t('lapse.changeDone'))}
                >
                  {i18n.t('lapse.changeTime', [time()])}
                </button>
              )}
            </Show>
            <form
              class="stack"
              onSubmit={(event) => {
                event.preventDefault();
                const form = event.currentTarget;
                const line = String(new FormData(form).get('line') ?? '').trim();
                if (!line) return;
                act(
                  props.onAddLine(line).then(async (problem) => {
                    if (!problem) {
                      form.reset();
                      await props.onDetails({ change: line });
                    }
                    return problem;
                  }),
                  i18n.t('lapse.changeDone'),
                );
              }}
            >
              <Field id="lapse-line" label={i18n.t('lapse.changeLine')} hint={i18n.t('lapse.changeLineHint')}>
                {(control) => <input {...control} name="line" type="text" maxlength="1000" />}
              </Field>
              <button type="submit">{i18n.t('lapse.changeLineAdd')}</button>
            </form>
          </div>
        </Match>
        <Match when={step() === 'not-alone'}>
          <Heading>{i18n.t('lapse.notAloneHeading')}</Heading>
          {props.reachOut}
          <p>{i18n.t('lapse.notAlone')}</p>
        </Match>
        <Match when={step() === 'safety'}>
          <Heading>{i18n.t('lapse.safetyHeading')}</Heading>
          <ul>
            <li>{i18n.t('lapse.safetyTolerance')}</li>
            <li>{i18n.t('lapse.safetyNaloxone')}</li>
            <li>{i18n.t('lapse.safetyAlone')}</li>
            <li>{i18n.t('lapse.safetyEmergency')}</li>
          </ul>
          {props.safetyLines}
        </Match>
        <Match when={step() === 'next-days'}>
          <Heading>{i18n.t('lapse.nextDaysHeading')}</Heading>
          <ul>
            <li>{i18n.t('lapse.nextDaysMeals')}</li>
            <li>{i18n.t('lapse.nextDaysSleep')}</li>
            <li>{i18n.t('lapse.nextDaysMove')}</li>
          </ul>
          <label class="row">
            <input type="checkbox" checked={restart()} onChange={(event) => setRestart(event.currentTarget.checked)} />
            {i18n.t('lapse.restart')}
          </label>
          <p class="hint">{i18n.t('lapse.restartHint')}</p>
        </Match>
      </Switch>
      <p role="status">{status()}</p>
      <div class="row">
        <Show when={index() > 0}>
          <button type="button" onClick={() => go(index() - 1)}>
            {i18n.t('lapse.back')}
          </button>
        </Show>
        <Show
          when={index() < LAPSE_STEPS.length - 1}
          fallback={
            <button
              type="button"
              class="primary"
              onClick={() =>
                void props.onDetails(restart() ? { restartedCounter: true } : {}).then(() => props.onFinish())
              }
            >
              {i18n.t('lapse.finish')}
            </button>
          }
        >
          <button type="button" class="primary" onClick={() => go(index() + 1)}>
            {i18n.t('lapse.next')}
          </button>
          <button type="button" onClick={() => go(index() + 1)}>
            {i18n.t('lapse.skip')}
          </button>
        </Show>
      </div>
    </section>
  );
}
