import { createSignal, For, Show } from 'solid-js';
import { i18n } from '#i18n';
import { PLAN_SECTIONS, type PlanSectionId, type SitePattern } from '@/utils/db/schema';
import { parseSiteInput } from '@/utils/triggers/site-pattern';
import { problemWords } from '@/utils/words/problems';
import { Field } from './Field';
import { PLAN_SECTION_NAMES } from './plan-words';

/** The parts of the plan a change after a lapse can go into (the reasons and the people have their own places). */
const CHANGE_SECTIONS = PLAN_SECTIONS.filter((id) => id !== 'reasons' && id !== 'people');

export interface LapseChangeProps {
  /** The site open in the tab, when it is not flagged yet: one click flags it. */
  openSite?: string;
  /** A hard time around now, in words ("Friday, 21:00 to 23:00"): one click adds it. */
  timeSuggestion?: string;
  onFlagSite?(): Promise<string | undefined>;
  /** Flags a page (a profile of someone who pulls the person back); called in the click, for the permission. */
  onFlagPattern?(pattern: SitePattern): Promise<string | undefined>;
  onAddTime?(): Promise<string | undefined>;
  /** Adds a line to a part of the plan; resolves to the refusal's words, or undefined. */
  onAddLine(section: PlanSectionId, line: string): Promise<string | undefined>;
}

/**
 * One change to the plan after a lapse, each going where it belongs: a check-in on the site that
 * is open, a hard time around now, cutting off the people who pull the person back (a line in
 * "making my surroundings safer", and their profile page as a trigger site if the person wants),
 * or a line of their own in the part of the plan they choose.
 */
export function LapseChange(props: LapseChangeProps) {
  const [status, setStatus] = createSignal('');
  const [cutOff, setCutOff] = createSignal(false);
  const [profileError, setProfileError] = createSignal<string>();
  const act = (work: Promise<string | undefined> | undefined, done: string) =>
    void (work ?? Promise.resolve(undefined)).then((problem) => setStatus(problem ?? done));
  const added = (section: PlanSectionId) => i18n.t('lapse.changeDone', [PLAN_SECTION_NAMES[section]()]);

  return (
    <div class="stack">
      <Show when={props.openSite}>
        {(site) => (
          <button type="button" onClick={() => act(props.onFlagSite?.(), i18n.t('lapse.changeSiteDone', [site()]))}>
            {i18n.t('lapse.changeSite', [site()])}
          </button>
        )}
      </Show>
      <Show when={props.timeSuggestion}>
        {(time) => (
          <button type="button" onClick={() => act(props.onAddTime?.(), i18n.t('lapse.changeTimeDone', [time()]))}>
            {i18n.t('lapse.changeTime', [time()])}
          </button>
        )}
      </Show>
      <button
        type="button"
        aria-pressed={cutOff()}
        disabled={cutOff()}
        onClick={() => {
          setCutOff(true);
          act(props.onAddLine('safer-surroundings', i18n.t('lapse.changePeopleLine')), added('safer-surroundings'));
        }}
      >
        {i18n.t('lapse.changePeople')}
      </button>
      <Show when={cutOff() && props.onFlagPattern}>
        <form
          class="stack"
          novalidate
          onSubmit={(event) => {
            event.preventDefault();
            const form = event.currentTarget;
            const read = parseSiteInput(String(new FormData(form).get('profile') ?? ''));
            if (!read.ok) return setProfileError(problemWords(read.problem));
            // A profile is a page: its path, not the whole site, when the address has one.
            const pattern = read.choices.find((choice) => choice.path) ?? read.pattern;
            setProfileError(undefined);
            void props.onFlagPattern?.(pattern).then((problem) => {
              setProfileError(problem);
              if (!problem) {
                form.reset();
                setStatus(i18n.t('lapse.changeProfileDone'));
              }
            });
          }}
        >
          <Field
            id="lapse-profile"
            label={i18n.t('lapse.changeProfile')}
            hint={i18n.t('lapse.changeProfileHint')}
            error={profileError()}
          >
            {(control) => <input {...control} name="profile" type="url" autocomplete="off" maxlength="2000" />}
          </Field>
          <button type="submit">{i18n.t('lapse.changeProfileAdd')}</button>
        </form>
      </Show>
      <form
        class="stack"
        onSubmit={(event) => {
          event.preventDefault();
          const form = event.currentTarget;
          const data = new FormData(form);
          const line = String(data.get('line') ?? '').trim();
          const section = String(data.get('section') ?? 'coping') as PlanSectionId;
          if (!line) return;
          act(
            props.onAddLine(section, line).then((problem) => {
              if (!problem) form.reset();
              return problem;
            }),
            added(section),
          );
        }}
      >
        <Field id="lapse-line" label={i18n.t('lapse.changeLine')} hint={i18n.t('lapse.changeLineHint')}>
          {(control) => <input {...control} name="line" type="text" autocomplete="off" maxlength="1000" />}
        </Field>
        <Field id="lapse-section" label={i18n.t('lapse.changeSection')} inline>
          {(control) => (
            <select {...control} name="section">
              <For each={CHANGE_SECTIONS}>
                {(id) => (
                  <option value={id} selected={id === 'coping'}>
                    {PLAN_SECTION_NAMES[id]()}
                  </option>
                )}
              </For>
            </select>
          )}
        </Field>
        <button type="submit">{i18n.t('lapse.changeLineAdd')}</button>
      </form>
      <p role="status">{status()}</p>
    </div>
  );
}
