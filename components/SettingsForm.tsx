import { createSignal, Show } from 'solid-js';
import { i18n } from '#i18n';
import type { Settings, SettingsChanges } from '@/utils/db/schema';
import { Field } from './Field';

export interface SettingsFormProps {
  settings: Settings;
  /** Resolves to an error message, or undefined when saved. */
  onSave(changes: SettingsChanges): Promise<string | undefined>;
}

/** How check-ins behave: quiet time, breathing pause, the safe page, and whether paths are kept. */
export function SettingsForm(props: SettingsFormProps) {
  const [message, setMessage] = createSignal('');
  const [error, setError] = createSignal('');

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const safePage = String(form.get('safePage') ?? '').trim();
    const changes: SettingsChanges = {
      quietMinutes: Number(form.get('quietMinutes')),
      pauseSeconds: Number(form.get('pauseSeconds')),
      recordPaths: form.get('recordPaths') === 'on',
      checkIns: form.get('checkIns') === 'on',
      firmerDuringHardTimes: form.get('firmer') === 'on',
      safePage: safePage === '' ? undefined : safePage,
    };
    void props.onSave(changes).then((problem) => {
      setError(problem ?? '');
      setMessage(problem ? '' : i18n.t('common.saved'));
    });
  };

  return (
    <form class="stack" onSubmit={submit} novalidate>
      <Field id="quiet-minutes" label={i18n.t('settings.quietMinutes')} inline>
        {(control) => (
          <input
            {...control}
            name="quietMinutes"
            type="number"
            min="1"
            max="1440"
            value={props.settings.quietMinutes}
          />
        )}
      </Field>
      <Field id="pause-seconds" label={i18n.t('settings.pauseSeconds')} inline>
        {(control) => (
          <input {...control} name="pauseSeconds" type="number" min="5" max="60" value={props.settings.pauseSeconds} />
        )}
      </Field>
      <Field id="safe-page" label={i18n.t('settings.safePage')} hint={i18n.t('settings.safePageHint')}>
        {(control) => <input {...control} name="safePage" type="url" value={props.settings.safePage ?? ''} />}
      </Field>
      <label class="row">
        <input name="recordPaths" type="checkbox" checked={props.settings.recordPaths} />
        {i18n.t('settings.recordPaths')}
      </label>
      <label class="row">
        <input name="checkIns" type="checkbox" checked={props.settings.checkIns} />
        {i18n.t('settings.checkIns')}
      </label>
      <label class="row">
        <input name="firmer" type="checkbox" checked={props.settings.firmerDuringHardTimes} />
        {i18n.t('settings.firmer')}
      </label>
      <button type="submit" class="primary">
        {i18n.t('settings.save')}
      </button>
      <p role="status">{message()}</p>
      <p class="error" role="alert">
        <Show when={error()}>{error()}</Show>
      </p>
    </form>
  );
}
