import { createSignal, For, Show } from 'solid-js';
import { i18n } from '#i18n';

/** Logs an urge in one more click: the strength is optional, the trigger is already known. */
export function LogUrge(props: { onSave(intensity: number | undefined): Promise<unknown> }) {
  const [strength, setStrength] = createSignal<number>();
  const [saved, setSaved] = createSignal(false);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    void props.onSave(strength()).then(() => setSaved(true));
  };
  return (
    <form class="card stack" aria-labelledby="log-heading" onSubmit={submit}>
      <h2 id="log-heading">{i18n.t('warning.logHeading')}</h2>
      <fieldset>
        <legend>{i18n.t('warning.logStrength')}</legend>
        <div class="row">
          <For each={[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]}>
            {(n) => (
              <label class="chip">
                <input type="radio" name="strength" value={n} onChange={() => setStrength(n)} />
                {n}
              </label>
            )}
          </For>
        </div>
      </fieldset>
      <button type="submit" class="primary" disabled={saved()}>
        {i18n.t('warning.logSave')}
      </button>
      <p role="status">
        <Show when={saved()}>{i18n.t('warning.logSaved')}</Show>
      </p>
    </form>
  );
}
