import { createSignal, For, Show } from 'solid-js';
import { i18n } from '#i18n';
import type { SearchWord } from '@/utils/db/schema';
import { Field } from './Field';
import { RulingChoices } from './SiteList';

export type SearchWordChanges = Partial<Pick<SearchWord, 'level' | 'when' | 'plurals'>>;

/** The field where a person names a word for searches, with "and its plurals". */
export function SearchWordForm(props: {
  /** Resolves to an error message, or undefined when the word was added. */
  onAdd(word: string, plurals: boolean): Promise<string | undefined>;
}) {
  const [text, setText] = createSignal('');
  const [plurals, setPlurals] = createSignal(true);
  const [error, setError] = createSignal<string>();
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    void props.onAdd(text(), plurals()).then((problem) => {
      setError(problem);
      if (!problem) setText('');
    });
  };
  return (
    <form class="stack" onSubmit={submit} novalidate>
      <Field
        id="search-word-input"
        label={i18n.t('searches.inputLabel')}
        hint={i18n.t('searches.inputHint')}
        error={error()}
        after={
          <button type="submit" class="primary">
            {i18n.t('searches.add')}
          </button>
        }
      >
        {(control) => (
          <input
            {...control}
            type="text"
            autocomplete="off"
            spellcheck={false}
            value={text()}
            onInput={(event) => {
              setText(event.currentTarget.value);
              setError(undefined);
            }}
          />
        )}
      </Field>
      <label class="row">
        <input type="checkbox" checked={plurals()} onChange={(event) => setPlurals(event.currentTarget.checked)} />
        {i18n.t('searches.plurals')}
      </label>
    </form>
  );
}

/** The named words, each with how firm, when, its plurals, and remove. */
export function SearchWordList(props: {
  words: readonly SearchWord[];
  onRemove(word: SearchWord): void;
  onChange(word: SearchWord, changes: SearchWordChanges): void;
}) {
  return (
    <Show when={props.words.length > 0} fallback={<p>{i18n.t('searches.empty')}</p>}>
      <ul class="plain" aria-label={i18n.t('searches.listLabel')}>
        <For each={props.words}>
          {(entry) => (
            <li class="card stack">
              <strong>{entry.word}</strong>
              <RulingChoices
                levelLabel={i18n.t('searches.levelLabel', [entry.word])}
                whenLabel={i18n.t('searches.whenLabel', [entry.word])}
                value={entry}
                onChange={(changes) => props.onChange(entry, changes)}
              />
              <label class="row">
                <input
                  type="checkbox"
                  checked={entry.plurals}
                  onChange={(event) => props.onChange(entry, { plurals: event.currentTarget.checked })}
                />
                {i18n.t('searches.pluralsOf', [entry.word])}
              </label>
              <div class="row">
                <button type="button" onClick={() => props.onRemove(entry)}>
                  {i18n.t('searches.remove', [entry.word])}
                </button>
              </div>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}

/** The search engines as switches; turning one on asks for its access in the same click. */
export function SearchEngineSwitches(props: {
  engines: readonly { id: string; name: string }[];
  on: readonly string[];
  /** Whether the browser gives Steady each engine, by id (absent: not known yet). */
  access: Readonly<Record<string, boolean>>;
  /** Called in the click, so the caller can ask for the engine's access within the gesture. */
  onToggle(id: string, on: boolean): void;
  onGrant(id: string): void;
}) {
  return (
    <fieldset class="stack">
      <legend>{i18n.t('searches.engines')}</legend>
      <p class="hint">{i18n.t('searches.enginesIntro')}</p>
      <For each={props.engines}>
        {(engine) => {
          const on = () => props.on.includes(engine.id);
          return (
            <div class="stack">
              <label class="row">
                <input
                  type="checkbox"
                  role="switch"
                  aria-checked={on()}
                  checked={on()}
                  onChange={(event) => props.onToggle(engine.id, event.currentTarget.checked)}
                />
                {i18n.t('searches.engineLabel', [engine.name])}
              </label>
              <Show when={on() && props.access[engine.id] === false}>
                <p class="hint">{i18n.t('searches.engineNoAccess', [engine.name])}</p>
                <button type="button" class="primary" onClick={() => props.onGrant(engine.id)}>
                  {i18n.t('searches.allow', [engine.name])}
                </button>
              </Show>
            </div>
          );
        }}
      </For>
    </fieldset>
  );
}
