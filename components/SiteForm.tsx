import { createMemo, createSignal, For, Index, Show } from 'solid-js';
import { copy } from '@/utils/copy';
import type { SitePattern } from '@/utils/db/schema';
import { describePattern, parseSiteInput, patternKey } from '@/utils/triggers/site-pattern';

export interface SiteFormProps {
  /**
   * Called in the same event as the person's click or Enter, so the caller can ask for the
   * sites' permission within that gesture. Resolves to an error message, or undefined.
   */
  onAdd(patterns: SitePattern[]): Promise<string | undefined>;
}

function choiceLabel(choice: SitePattern, index: number, all: SitePattern[]): string {
  const name = describePattern(choice);
  if (choice.path) return copy.sites.choicePath(name);
  if (choice.scope === 'host' && all.some((other, i) => i !== index && other.scope === 'site')) {
    return copy.sites.choiceHost(name);
  }
  return copy.sites.choiceWhole(name);
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
      setError(result.message);
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
      <div class="row">
        <label for="site-input">{copy.sites.inputLabel}</label>
        <input
          id="site-input"
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
          aria-invalid={error() ? 'true' : 'false'}
          aria-describedby="site-hint site-error"
        />
        <button type="submit" class="primary">
          {copy.sites.add}
        </button>
      </div>
      <Show when={choices().length > 1}>
        <fieldset>
          <legend>{copy.sites.whichDoYouMean}</legend>
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
      <p id="site-hint" class="hint">
        {copy.sites.inputHint}
      </p>
      <p id="site-error" class="error" role="alert">
        <Show when={error()}>{error()}</Show>
      </p>
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
      if (!result.ok) bad.push({ line, message: result.message });
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
      <summary>{copy.sites.several}</summary>
      <form class="stack" onSubmit={submit} novalidate>
        <label for="sites-batch">{copy.sites.severalLabel}</label>
        <textarea
          id="sites-batch"
          rows="5"
          value={text()}
          onInput={(event) => setText(event.currentTarget.value)}
          aria-describedby="sites-batch-problems"
        />
        <button type="submit">{copy.sites.addSeveral}</button>
        <div id="sites-batch-problems" role="alert">
          <Show when={problems().length > 0}>
            <p>{copy.sites.severalLeft}</p>
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
