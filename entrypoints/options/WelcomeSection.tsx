import { createMemo, createResource, createSignal, Match, onMount, Show, Switch } from 'solid-js';
import { i18n } from '#i18n';
import { CountryPicker } from '@/components/CountryPicker';
import { CrisisLines } from '@/components/CrisisLines';
import { Field } from '@/components/Field';
import { LinesEditor } from '@/components/LinesEditor';
import { PersonForm } from '@/components/PersonForm';
import { PrivateWindows } from '@/components/PrivateWindows';
import { SiteForm } from '@/components/SiteForm';
import { finishWelcome, readHelp, removeLine, saveCountry, saveLine } from '@/utils/commands/help';
import { listPeople, savePerson } from '@/utils/commands/people';
import { readPlan, saveReasons } from '@/utils/commands/plan';
import { flagSites, listSites } from '@/utils/commands/sites';
import { crisisLinesFor } from '@/utils/crisis-lines';
import type { SitePattern } from '@/utils/db/schema';
import { runsInPrivateWindows } from '@/utils/private-windows';
import type { PersonField } from '@/utils/reach-out/person';
import { describePattern } from '@/utils/triggers/site-pattern';
import { problemWords } from '@/utils/words/problems';
import { createPhoneCountry } from './phone-country';
import { Section } from './Section';

type Step = 'country' | 'lines' | 'people' | 'reasons' | 'trigger';

/**
 * The steps for the chosen country: when it is not the United States, a step asks for the
 * person's own lines, since the only lines Steady ships are the United States ones (and an
 * emergency number for some countries).
 */
const stepsFor = (country: string | undefined): Step[] =>
  country !== undefined && country !== 'US'
    ? ['country', 'lines', 'people', 'reasons', 'trigger']
    : ['country', 'people', 'reasons', 'trigger'];

/**
 * The first-run welcome: the country (preselected from the browser's languages, marked as a
 * guess), the person's own crisis lines when the country is not the United States, one or more
 * people, the person's reasons, and a first trigger site. Every step can be skipped, and the whole
 * can be left and taken up later (it opens at the first step with nothing in it). Nothing in it
 * is needed to use Steady.
 */
export function WelcomeSection(props: { onDone(): void }) {
  const [step, setStep] = createSignal<Step>('country');
  const [status, setStatus] = createSignal('');
  const [help, { refetch: refetchHelp }] = createResource(readHelp);
  const [people, { refetch: refetchPeople }] = createResource(listPeople, { initialValue: [] });
  const [reasons, { refetch: refetchReasons }] = createResource(async () => (await readPlan('reasons')).reasons ?? []);
  const [sites, { refetch: refetchSites }] = createResource(listSites, { initialValue: [] });
  const [privateWindows] = createResource(runsInPrivateWindows);
  const phone = createPhoneCountry(
    () => help()?.country,
    () => refetchHelp(),
  );
  /**
   * The country the picker shows: what the person picked here (undefined for "Not chosen"), else
   * the chosen one, else the guess. Moving on with it (Next) saves it: the person saw it.
   */
  const [picked, setPicked] = createSignal<{ code: string | undefined }>();
  const shownCountry = () => {
    const here = picked();
    return here ? here.code : (help()?.country ?? phone.guess);
  };
  const guessed = () => !picked() && help()?.country === undefined && phone.guess !== undefined;
  const steps = createMemo(() => stepsFor(help()?.country));
  const shownLines = createMemo(() => crisisLinesFor(help()?.lines ?? [], help()?.country));
  /** Whether each step has something in it (then its button says "Next", else "Skip this step"). */
  const filled = (): Record<Step, boolean> => ({
    country: shownCountry() !== undefined,
    lines: (help()?.lines ?? []).length > 0,
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
      lines: current.lines.length > 0,
      people: list.length > 0,
      reasons: (plan.reasons ?? []).length > 0,
      trigger: sites.length > 0,
    };
    setStep(stepsFor(current.country).find((s) => !filled[s]) ?? 'country');
  });

  /** Saves the country the picker shows, if it is not the one saved (a guess the person moved on with). */
  const keepCountry = async () => {
    const code = shownCountry();
    if (code === help()?.country) return;
    const done = await saveCountry(code);
    if (!done.ok) setStatus(problemWords(done.problem));
    await refetchHelp();
  };

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
  const index = () => Math.max(0, steps().indexOf(step()));
  const next = async () => {
    if (step() === 'country') await keepCountry();
    // The steps may have changed with the country.
    go(steps()[steps().indexOf(step()) + 1] ?? 'done');
  };

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
      <p class="hint">{i18n.t('welcome.step', [String(index() + 1), String(steps().length)])}</p>
      <Switch>
        <Match when={step() === 'country'}>
          <h3 tabindex="-1" ref={heading}>
            {i18n.t('welcome.countryHeading')}
          </h3>
          <p>{i18n.t('welcome.countryIntro')}</p>
          <CountryPicker
            id="welcome-country"
            countries={phone.picker().countries}
            value={shownCountry()}
            hint={guessed() ? i18n.t('welcome.countryGuessed') : undefined}
            onChange={(code) => {
              setPicked({ code });
              void saveCountry(code).then(() => refetchHelp());
            }}
          />
        </Match>
        <Match when={step() === 'lines'}>
          <h3 tabindex="-1" ref={heading}>
            {i18n.t('welcome.linesHeading')}
          </h3>
          <p>{i18n.t('welcome.linesIntro')}</p>
          <CrisisLines lines={shownLines().lines} region={shownLines().region} />
          <LinesEditor
            lines={help()?.lines ?? []}
            onSave={async (fields, line) => {
              const done = await saveLine(fields, line?.id);
              await refetchHelp();
              return done.ok ? undefined : problemWords(done.problem);
            }}
            onRemove={async (line, confirmed) => {
              const done = await removeLine(line.id, confirmed);
              await refetchHelp();
              return done.ok ? undefined : problemWords(done.problem);
            }}
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
            readBack={phone.readBack}
            country={phone.picker()}
            onSave={async (fields) => {
              const done = await savePerson(fields, undefined, phone.guess);
              phone.saw(done.ok ? undefined : done.problems);
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
              {(control) => (
                <textarea
                  autocomplete="off"
                  {...control}
                  name="reasons"
                  rows="4"
                  value={(reasons() ?? []).join('\n')}
                />
              )}
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
          <Show when={!privateWindows.loading}>
            <PrivateWindows allowed={privateWindows()} firefox={import.meta.env.FIREFOX} />
          </Show>
        </Match>
      </Switch>
      <p role="status">{status()}</p>
      <div class="row">
        <Show when={index() > 0}>
          <button type="button" onClick={() => go(steps()[index() - 1] ?? 'country')}>
            {i18n.t('welcome.back')}
          </button>
        </Show>
        <button type="button" class={filled()[step()] ? 'primary' : ''} onClick={() => void next()}>
          {index() === steps().length - 1
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
