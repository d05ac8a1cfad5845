import { createSignal, Show } from 'solid-js';
import { copy } from '@/utils/copy';

export interface SiteFormProps {
  /**
   * Called in the same event as the person's click or Enter, so the caller can ask for the
   * site's permission within that gesture. Resolves to an error message, or undefined.
   */
  onAdd(text: string): Promise<string | undefined>;
}

/** The field where a person names a trigger site. */
export function SiteForm(props: SiteFormProps) {
  const [text, setText] = createSignal('');
  const [error, setError] = createSignal<string>();

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const pending = props.onAdd(text());
    void pending.then((problem) => {
      setError(problem);
      if (!problem) setText('');
    });
  };

  return (
    <form class="row" onSubmit={submit} novalidate>
      <label for="site-input">{copy.sites.inputLabel}</label>
      <input
        id="site-input"
        type="text"
        inputmode="url"
        autocomplete="off"
        spellcheck={false}
        value={text()}
        onInput={(event) => setText(event.currentTarget.value)}
        aria-invalid={error() ? 'true' : 'false'}
        aria-describedby="site-hint site-error"
      />
      <button type="submit" class="primary">
        {copy.sites.add}
      </button>
      <p id="site-hint" class="hint">
        {copy.sites.inputHint}
      </p>
      <p id="site-error" class="error" role="alert">
        <Show when={error()}>{error()}</Show>
      </p>
    </form>
  );
}
