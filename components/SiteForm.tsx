import { createMemo, createSignal, For, Index, Show } from 'solid-js';
import { i18n } from '#i18n';
import type { SitePattern } from '@/utils/db/schema';
import { describePattern, parseSiteInput, patternKey } from '@/utils/triggers/site-pattern';
import { problemWords } from '@/utils/words/problems';
import { Field } from './Field';

export interface SiteFormProps {
  /**
   * Called in the same event as the person's click or Enter, so the caller can ask for the
   * sites' permission within that gesture. Resolves to an error message, or undefined.
   */
  onAdd(patterns: SitePattern[]): Promise<string | undefined>;
}

function choiceLabel(choice: SitePattern, index: number, all: SitePattern[]): string {
  const name = describePattern(choice);
  if (choice.path) return i18n.t('sites.choicePath', [name]);
  if (choice.scope === 'host' && all.some((other, i) => i !== index && other.scope === 'site')) {
    return i18n.t('sites.choiceHost', [name]);
  }
  return i18n.t('sites.choiceWhole', [name]);
}

/** The field where a person names a trigger site, and asks which reading they mean. */
export function SiteForm(props: SiteFormProps) {
  const [text, setText] = createSignal('');
  const [chosen, setChosen] = createSignal(0);
  const [error, setError] = createSignal<string>();
  const parsed = createMemo(() => parseSiteInput(text()));
  const choices = () => {
    const result = parsed();
    return result.ok ? result.choices : [];
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const result = parsed();
    if (!result.ok) {
      setError(problemWords(result.problem));
      return;
    }
    const pattern = result.choices[chosen()] ?? result.pattern;
    void props.onAdd([pattern]).then((problem) => {
      setError(problem);
      if (!problem) {
        setText('');
        setChosen(0);
      }
    });
  };

  return (
    <form class="stack" onSubmit={submit} novalidate>
      <Field
        id="site-input"
        label={i18n.t('sites.inputLabel')}
        hint={i18n.t('sites.inputHint')}
        error={error()}
        after={
          <button type="submit" class="primary">
            {i18n.t('sites.add')}
          </button>
        }
      >
        {(control) => (
          <input
            {...control}
            type="text"
            inputmode="url"
            autocomplete="off"
            spellcheck={false}
            value={text()}
            onInput={(event) => {
              setText(event.currentTarget.value);
              setChosen(0);
              setError(undefined);
            }}
          />
        )}
      </Field>
      <Show when={choices().length > 1}>
        <fieldset>
          <legend>{i18n.t('sites.whichDoYouMean')}</legend>
          <Index each={choices()}>
            {(choice, index) => (
              <label class="row">
                <input type="radio" name="site-choice" checked={chosen() === index} onChange={() => setChosen(index)} />
                {choiceLabel(choice(), index, choices())}
              </label>
            )}
          </Index>
        </fieldset>
      </Show>
    </form>
  );
}

export interface SiteBatchFormProps {
  /** As SiteForm's: called within the click, with every line that reads as a site. */
  onAdd(patterns: SitePattern[]): Promise<string | undefined>;
}

/** A box for pasting several sites, one per line; each line is checked and its problem shown. */
export function SiteBatchForm(props: SiteBatchFormProps) {
  const [text, setText] = createSignal('');
  const [problems, setProblems] = createSignal<Array<{ line: string; message: string }>>([]);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const lines = text()
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean);
    const good: SitePattern[] = [];
    const bad: Array<{ line: string; message: string }> = [];
    const seen = new Set<string>();
    for (const line of lines) {
      const result = parseSiteInput(line);
      if (!result.ok) bad.push({ line, message: problemWords(result.problem) });
      else if (!seen.has(patternKey(result.pattern))) {
        seen.add(patternKey(result.pattern));
        good.push(result.pattern);
      }
    }
    setProblems(bad);
    setText(bad.map((entry) => entry.line).join('\n'));
    if (good.length === 0) return;
    void props.onAdd(good);
  };

  return (
    <details>
      <summary>{i18n.t('sites.several')}</summary>
      <form class="stack" onSubmit={submit} novalidate>
        <label for="sites-batch">{i18n.t('sites.severalLabel')}</label>
        <textarea
          autocomplete="off"
          id="sites-batch"
          rows="5"
          value={text()}
          onInput={(event) => setText(event.currentTarget.value)}
          aria-describedby="sites-batch-problems"
        />
        <button type="submit">{i18n.t('sites.addSeveral')}</button>
        <div id="sites-batch-problems" role="alert">
          <Show when={problems().length > 0}>
            <p>{i18n.t('sites.severalLeft')}</p>
            <ul>
              <For each={problems()}>
                {(problem) => (
                  <li>
                    <code>{problem.line}</code>: <span class="error">{problem.message}</span>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </div>
      </form>
    </details>
  );
}
