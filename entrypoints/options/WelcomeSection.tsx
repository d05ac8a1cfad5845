import { createResource, createSignal, Match, onMount, Show, Switch } from 'solid-js';
import { i18n } from '#i18n';
import { CountryPicker } from '@/components/CountryPicker';
import { Field } from '@/components/Field';
import { PersonForm } from '@/components/PersonForm';
import { SiteForm } from '@/components/SiteForm';
import { finishWelcome, readHelp, saveCountry } from '@/utils/commands/help';
import { listPeople, savePerson } from '@/utils/commands/people';
import { readPlan, saveReasons } from '@/utils/commands/plan';
import { flagSites, listSites } from '@/utils/commands/sites';
import type { SitePattern } from '@/utils/db/schema';
import type { PersonField } from '@/utils/reach-out/person';
import { describePattern } from '@/utils/triggers/site-pattern';
import { countryList } from '@/utils/words/countries';
import { problemWords } from '@/utils/words/problems';
import { Section } from './Section';

const STEPS = ['country', 'people', 'reasons', 'trigger'] as const;
type Step = (typeof STEPS)[number];

/**
 * The first-run welcome: the country, one or more people, the person's reasons, and a first
 * trigger site. Every step can be skipped, and the whole can be left and taken up later (it
 * opens at the first step with nothing in it). Nothing in it is needed to use Steady.
 */
export function WelcomeSection(props: { onDone(): void }) {
  const [step, setStep] = createSignal<Step>('country');
  const [status, setStatus] = createSignal('');
  const [help, { refetch: refetchHelp }] = createResource(readHelp);
  const [people, { refetch: refetchPeople }] = createResource(listPeople, { initialValue: [] });
  const [reasons, { refetch: refetchReasons }] = createResource(async () => (await readPlan('reasons')).reasons ?? []);
  const [sites, { refetch: refetchSites }] = createResource(listSites, { initialValue: [] });
  /** Whether each step has something in it (then its button says "Next", else "Skip this step"). */
  const filled = (): Record<Step, boolean> => ({
    country: help()?.country !== undefined,
    people: people().length > 0,
    reasons: (reasons() ?? []).length > 0,
    trigger: sites().length > 0,
  });
  let heading: HTMLHeadingElement | undefined;

  onMount(async () => {
    // Take up where the person left off: the first step with nothing in it yet.
    const [current, list, plan, sites] = await Promise.all([
      readHelp(),
      listPeople(),
      readPlan('reasons'),
      listSites(),
    ]);
    const filled: Record<Step, boolean> = {
      country: current.country !== undefined,
      people: list.length > 0,
      reasons: (plan.reasons ?? []).length > 0,
      trigger: sites.length > 0,
    };
    setStep(STEPS.find((s) => !filled[s]) ?? 'country');
  });

  const go = (next: Step | 'done') => {
    setStatus('');
    if (next === 'done') {
      void finishWelcome().then(() => {
        setStatus(i18n.t('welcome.done'));
        props.onDone();
      });
      return;
    }
    setStep(next);
    heading?.focus();
  };
  const index = () => STEPS.indexOf(step());
  const next = () => go(STEPS[index() + 1] ?? 'done');

  const addSite = (patterns: SitePattern[]): Promise<string | undefined> => {
    const started = flagSites(patterns, sites());
    if (!started.ok) return Promise.resolve(problemWords(started.problem));
    return started.saved.then((done) => {
      if (!done.ok) return problemWords(done.problem);
      void refetchSites();
      setStatus(i18n.t('sites.added', [patterns.map(describePattern).join(', ')]));
      return undefined;
    });
  };

  return (
    <Section id="welcome" heading={i18n.t('welcome.heading')} intro={i18n.t('welcome.intro')}>
      <p class="hint">{i18n.t('welcome.step', [String(index() + 1), String(STEPS.length)])}</p>
      <Switch>
        <Match when={step() === 'country'}>
          <h3 tabindex="-1" ref={heading}>
            {i18n.t('welcome.countryHeading')}
          </h3>
          <p>{i18n.t('welcome.countryIntro')}</p>
          <CountryPicker
            id="welcome-country"
            countries={countryList()}
            value={help()?.country}
            onChange={(code) => void saveCountry(code).then(() => refetchHelp())}
          />
        </Match>
        <Match when={step() === 'people'}>
          <h3 tabindex="-1" ref={heading}>
            {i18n.t('welcome.peopleHeading')}
          </h3>
          <p>{i18n.t('welcome.peopleIntro')}</p>
          <Show when={people().length > 0}>
            <ul aria-label={i18n.t('people.heading')}>
              {people().map((person) => (
                <li>{person.name}</li>
              ))}
            </ul>
          </Show>
          <PersonForm
            id="welcome-person"
            heading={i18n.t('people.addHeading')}
            defaultMessage={i18n.t('reach.defaultMessage')}
            onSave={async (fields) => {
              const done = await savePerson(fields);
              if (!done.ok) {
                return Object.fromEntries(
                  Object.entries(done.problems).map(([field, problem]) => [field, problemWords(problem)]),
                ) as Partial<Record<PersonField, string>>;
              }
              await refetchPeople();
              setStatus(i18n.t('people.saved', [done.value.name]));
              return undefined;
            }}
          />
        </Match>
        <Match when={step() === 'reasons'}>
          <h3 tabindex="-1" ref={heading}>
            {i18n.t('welcome.reasonsHeading')}
          </h3>
          <form
            class="stack"
            onSubmit={(event) => {
              event.preventDefault();
              const text = String(new FormData(event.currentTarget).get('reasons') ?? '');
              void saveReasons(text.split(/\r?\n/)).then((done) => {
                setStatus(done.ok ? i18n.t('welcome.reasonsSaved') : problemWords(done.problem));
                if (done.ok) void refetchReasons();
              });
            }}
          >
            <Field id="welcome-reasons" label={i18n.t('plan.sections.reasons')} hint={i18n.t('welcome.reasonsIntro')}>
              {(control) => <textarea {...control} name="reasons" rows="4" value={(reasons() ?? []).join('\n')} />}
            </Field>
            <button type="submit" class="primary">
              {i18n.t('welcome.reasonsSave')}
            </button>
          </form>
        </Match>
        <Match when={step() === 'trigger'}>
          <h3 tabindex="-1" ref={heading}>
            {i18n.t('welcome.triggerHeading')}
          </h3>
          <p>{i18n.t('welcome.triggerIntro')}</p>
          <SiteForm onAdd={addSite} />
        </Match>
      </Switch>
      <p role="status">{status()}</p>
      <div class="row">
        <Show when={index() > 0}>
          <button type="button" onClick={() => go(STEPS[index() - 1] ?? 'country')}>
            {i18n.t('welcome.back')}
          </button>
        </Show>
        <button type="button" class={filled()[step()] ? 'primary' : ''} onClick={next}>
          {index() === STEPS.length - 1
            ? i18n.t('welcome.finish')
            : filled()[step()]
              ? i18n.t('welcome.next')
              : i18n.t('welcome.skip')}
        </button>
        <a href="#sites">{i18n.t('welcome.later')}</a>
      </div>
    </Section>
  );
}
