import { createSignal, type JSX, lazy, Match, onMount, Show, Suspense, Switch } from 'solid-js';
import { i18n } from '#i18n';
import { inUnitedStates } from '@/utils/crisis-lines';
import type { Lapse, PlanSectionId } from '@/utils/db/schema';
import type { LapseChangeProps } from './LapseChange';
import type { Chip } from './TriggerChips';

/** The steps after the first load as it shows: the first screen, safety, comes at once (it is in the popup's first view). */
const LapseSteps = lazy(() => import('./LapseSteps').then((m) => ({ default: m.LapseSteps })));
const LapseNav = lazy(() => import('./LapseSteps').then((m) => ({ default: m.LapseNav })));

/**
 * The steps after a lapse. Safety comes first: someone who used after a break
 * is at the highest risk of an overdose they will ever be (CONTENT.md). Then the seed's advice:
 * you are not alone, what led to it, one change to the plan, the next days.
 */
export const LAPSE_STEPS = ['safety', 'not-alone', 'what', 'change', 'next-days'] as const;
export type LapseStep = (typeof LAPSE_STEPS)[number];

export interface LapseFlowProps extends Omit<LapseChangeProps, 'onAddLine'> {
  chips: readonly Chip[];
  /** What set off the urge this lapse followed, chosen already in "what led to it". */
  triggers?: readonly string[];
  /**
   * The country the person chose, if any. In the United States (or with none chosen, when the
   * lines shown are the United States ones) the sentences name the US lines.
   */
  country: string | undefined;
  /** Whether the days counter can be started again here (not while Steady is locked). */
  canRestart: boolean;
  /** Reach out: the page's own (the people, then the crisis lines). */
  reachOut: JSX.Element;
  /** The crisis lines of the person's region, the emergency number among them. */
  safetyLines: JSX.Element;
  /**
   * Keeps the lapse: called when the person goes on from the first screen, never before (a
   * mis-tap leaves nothing). Resolves to the refusal's words, or undefined.
   */
  onKeep(): Promise<string | undefined>;
  /** "I tapped this by mistake": nothing was kept; back to where the person was. */
  onMistake(): void;
  /** Saves what the person said so far to the lapse kept. */
  onDetails(details: Partial<Pick<Lapse, 'triggers' | 'note' | 'change' | 'restartedCounter'>>): Promise<unknown>;
  onAddLine(section: PlanSectionId, line: string): Promise<string | undefined>;
  onFinish(): void;
}

/**
 * "I used": a compassionate check-in, one short screen a step, every step after the first
 * skippable. The first screen names what happened without shame and gives what keeps the
 * person alive now, with the lines; nothing is kept until the person goes on from it. The days
 * counter starts again only if the person chooses so.
 */
export function LapseFlow(props: LapseFlowProps) {
  const [step, setStep] = createSignal<LapseStep>('safety');
  const [triggers, setTriggers] = createSignal<string[]>([...(props.triggers ?? [])]);
  const [status, setStatus] = createSignal('');
  const [kept, setKept] = createSignal(false);
  const [restart, setRestart] = createSignal(false);
  let heading: HTMLHeadingElement | undefined;
  const index = () => LAPSE_STEPS.indexOf(step());
  /** The new step's heading takes the focus, once it is there (a step shown for the first time may still be loading). */
  let focusWanted = true;
  const focusHeading = () => {
    if (!focusWanted || !heading?.isConnected) return;
    focusWanted = false;
    heading.focus();
  };
  const go = (to: number) => {
    const next = LAPSE_STEPS[to];
    if (next) setStep(next);
    focusWanted = true;
    queueMicrotask(focusHeading);
  };
  // Asked for at once, so the steps are there by the time the person goes on.
  onMount(() => void import('./LapseSteps'));

  const keepAndGoOn = () =>
    void props.onKeep().then((problem) => {
      setKept(!problem);
      // Not kept (the database refused): the steps after still help, so the person goes on.
      setStatus(problem ?? '');
      go(1);
    });
  const Heading = (p: { children: string }) => (
    <h2
      tabindex="-1"
      ref={(element) => {
        heading = element;
        if (focusWanted) queueMicrotask(focusHeading);
      }}
    >
      {p.children}
    </h2>
  );
  const us = (inUs: string, elsewhere: string) => (inUnitedStates(props.country) ? inUs : elsewhere);

  return (
    <section class="lapse stack" aria-live="polite">
      <p class="hint">{i18n.t('lapse.stepOf', [String(index() + 1), String(LAPSE_STEPS.length)])}</p>
      <Switch>
        <Match when={step() === 'safety'}>
          <Heading>{i18n.t('lapse.acknowledgeHeading')}</Heading>
          <p>{i18n.t('lapse.acknowledge')}</p>
          <h3>{i18n.t('lapse.safetyHeading')}</h3>
          <ul class="safety">
            {/* Penn State Evidence-to-Impact: overdose risk several times higher after a break (CONTENT.md). */}
            <li>{i18n.t('lapse.safetyTolerance')}</li>
            {/* Naloxone reverses an opioid overdose; sold without a prescription in the US since 2023 (FDA; PA DoH). */}
            <li>{us(i18n.t('lapse.safetyNaloxone'), i18n.t('lapse.safetyNaloxoneElsewhere'))}</li>
            {/* neverusealone.com: stays on the line and sends help if you stop answering (US). */}
            <li>{us(i18n.t('lapse.safetyAlone'), i18n.t('lapse.safetyAloneElsewhere'))}</li>
            {/* CDC, Stop Overdose, "Recognize the signs": cannot be woken, slow or no breathing, blue or gray lips. */}
            <li>{us(i18n.t('lapse.safetyEmergency'), i18n.t('lapse.safetyEmergencyElsewhere'))}</li>
            {/* 988lifeline.org: call or text 988, 24/7, in the United States. */}
            <li>{us(i18n.t('lapse.safetyHopeless'), i18n.t('lapse.safetyHopelessElsewhere'))}</li>
          </ul>
          {props.safetyLines}
        </Match>
        <Match when={step() !== 'safety'}>
          <Suspense>
            <LapseSteps
              {...props}
              step={step()}
              Heading={Heading}
              triggers={triggers()}
              onTriggers={setTriggers}
              restart={restart()}
              onRestart={setRestart}
            />
          </Suspense>
        </Match>
      </Switch>
      <p role="status">{status()}</p>
      <Switch>
        <Match when={step() === 'safety'}>
          <p class="hint">{kept() ? i18n.t('lapse.kept') : i18n.t('lapse.keptWhen')}</p>
          <div class="row">
            <button type="button" class="primary" onClick={() => (kept() ? go(1) : keepAndGoOn())}>
              {i18n.t('lapse.goOn')}
            </button>
            <Show when={!kept()}>
              <button type="button" class="quiet" onClick={() => props.onMistake()}>
                {i18n.t('lapse.mistake')}
              </button>
            </Show>
          </div>
        </Match>
        <Match when={true}>
          <Suspense>
            <LapseNav
              index={index()}
              go={go}
              onFinish={() =>
                void props.onDetails(restart() ? { restartedCounter: true } : {}).then(() => props.onFinish())
              }
            />
          </Suspense>
        </Match>
      </Switch>
    </section>
  );
}
