import { createSignal, Show } from 'solid-js';
import { i18n } from '#i18n';
import { StrengthInput } from './StrengthInput';

/** Logs an urge in one more click: the strength is optional, the trigger is already known. */
export function LogUrge(props: { onSave(strength: number | undefined): Promise<unknown> }) {
  const [strength, setStrength] = createSignal<number>();
  const [saved, setSaved] = createSignal(false);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    void props.onSave(strength()).then(() => setSaved(true));
  };
  return (
    <form class="card stack" aria-labelledby="log-heading" onSubmit={submit}>
      <h2 id="log-heading">{i18n.t('warning.logHeading')}</h2>
      <StrengthInput
        id="log-strength"
        label={i18n.t('warning.logStrength')}
        value={strength()}
        onChange={setStrength}
      />
      <button type="submit" class="primary" disabled={saved()}>
        {i18n.t('warning.logSave')}
      </button>
      <p role="status">
        <Show when={saved()}>{i18n.t('warning.logSaved')}</Show>
      </p>
    </form>
  );
}
