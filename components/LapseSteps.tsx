import { type JSX, lazy, Match, Show, Suspense, Switch } from 'solid-js';
import { i18n } from '#i18n';
import { inUnitedStates } from '@/utils/crisis-lines';
import { FindHelp } from './FindHelp';
import { LAPSE_STEPS, type LapseFlowProps, type LapseStep } from './LapseFlow';
import { NoteField } from './NoteField';
import { TriggerChips } from './TriggerChips';

/** The change step loads when it is reached. */
const LapseChange = lazy(() => import('./LapseChange').then((m) => ({ default: m.LapseChange })));

export interface LapseStepsProps extends LapseFlowProps {
  step: LapseStep;
  /** The step's heading, which takes the focus when the step is shown. */
  Heading(props: { children: string }): JSX.Element;
  triggers: string[];
  onTriggers(triggers: string[]): void;
  restart: boolean;
  onRestart(restart: boolean): void;
}

/** The steps of "I used" after the first screen: not alone, what led to it, one change, the next days. */
export function LapseSteps(props: LapseStepsProps) {
  const Heading = (p: { children: string }) => props.Heading(p);
  const us = (inUs: string, elsewhere: string) => (inUnitedStates(props.country) ? inUs : elsewhere);
  return (
    <Switch>
      <Match when={props.step === 'not-alone'}>
        <Heading>{i18n.t('lapse.notAloneHeading')}</Heading>
        {props.reachOut}
        <p>{i18n.t('lapse.notAlone')}</p>
        {/*
         * NIDA, "Medications to Treat Opioid Use Disorder" (research report): buprenorphine,
         * methadone and naltrexone are effective. Larochelle et al., Annals of Internal Medicine
         * 2018 (169:137): after a nonfatal overdose, methadone and buprenorphine were followed by
         * fewer opioid overdose deaths; Sordo et al., BMJ 2017 (357:j1550): lower mortality in
         * methadone and buprenorphine treatment. SAMHSA's National Helpline refers to treatment.
         */}
        <p>{i18n.t('lapse.notAloneMeds')}</p>
        <p>{us(i18n.t('lapse.notAloneFind'), i18n.t('lapse.notAloneFindElsewhere'))}</p>
        <FindHelp country={props.country} id="lapse-find" />
      </Match>
      <Match when={props.step === 'what'}>
        <Heading>{i18n.t('lapse.whatHeading')}</Heading>
        <p>{i18n.t('lapse.whatIntro')}</p>
        <TriggerChips
          label={i18n.t('urge.triggers')}
          chips={props.chips}
          selected={props.triggers}
          onChange={(next) => {
            props.onTriggers(next);
            void props.onDetails({ triggers: next });
          }}
        />
        <NoteField id="lapse-note" onChange={(note) => void props.onDetails({ note })} />
      </Match>
      <Match when={props.step === 'change'}>
        <Heading>{i18n.t('lapse.changeHeading')}</Heading>
        <p>{i18n.t('lapse.changeIntro')}</p>
        <Suspense>
          <LapseChange
            {...props}
            onAddLine={async (section, line) => {
              const problem = await props.onAddLine(section, line);
              if (!problem) await props.onDetails({ change: line });
              return problem;
            }}
          />
        </Suspense>
      </Match>
      <Match when={props.step === 'next-days'}>
        <Heading>{i18n.t('lapse.nextDaysHeading')}</Heading>
        <ul>
          <li>{i18n.t('lapse.nextDaysMeals')}</li>
          <li>{i18n.t('lapse.nextDaysSleep')}</li>
          <li>{i18n.t('lapse.nextDaysMove')}</li>
        </ul>
        <Show when={props.canRestart}>
          <label class="row">
            <input
              type="checkbox"
              checked={props.restart}
              onChange={(event) => props.onRestart(event.currentTarget.checked)}
            />
            {i18n.t('lapse.restart')}
          </label>
          <p class="hint">{i18n.t('lapse.restartHint')}</p>
        </Show>
      </Match>
    </Switch>
  );
}

/** The buttons under a step after the first: back, next and skip, or back and finish on the last. */
export function LapseNav(props: { index: number; go(to: number): void; onFinish(): void }) {
  return (
    <div class="row">
      <button type="button" onClick={() => props.go(props.index - 1)}>
        {i18n.t('lapse.back')}
      </button>
      <Show
        when={props.index < LAPSE_STEPS.length - 1}
        fallback={
          <button type="button" class="primary" onClick={() => props.onFinish()}>
            {i18n.t('lapse.finish')}
          </button>
        }
      >
        <button type="button" class="primary" onClick={() => props.go(props.index + 1)}>
          {i18n.t('lapse.next')}
        </button>
        <button type="button" onClick={() => props.go(props.index + 1)}>
          {i18n.t('lapse.skip')}
        </button>
      </Show>
    </div>
  );
}
