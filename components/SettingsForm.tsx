import { createSignal, Show } from 'solid-js';
import { copy } from '@/utils/copy';
import type { Settings } from '@/utils/db/schema';

export type SettingsChanges = Partial<
  Pick<Settings, 'quietMinutes' | 'pauseSeconds' | 'safePage' | 'recordPaths' | 'checkIns' | 'firmerDuringHardTimes'>
>;

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
      setMessage(problem ? '' : copy.sites.saved);
    });
  };

  return (
    <form class="stack" onSubmit={submit} novalidate>
      <div class="row">
        <label for="quiet-minutes">{copy.settings.quietMinutes}</label>
        <input
          id="quiet-minutes"
          name="quietMinutes"
          type="number"
          min="1"
          max="1440"
          value={props.settings.quietMinutes}
        />
      </div>
      <div class="row">
        <label for="pause-seconds">{copy.settings.pauseSeconds}</label>
        <input
          id="pause-seconds"
          name="pauseSeconds"
          type="number"
          min="5"
          max="60"
          value={props.settings.pauseSeconds}
        />
      </div>
      <div class="stack">
        <label for="safe-page">{copy.settings.safePage}</label>
        <input
          id="safe-page"
          name="safePage"
          type="url"
          value={props.settings.safePage ?? ''}
          aria-describedby="safe-page-hint"
        />
        <p id="safe-page-hint" class="hint">
          {copy.settings.safePageHint}
        </p>
      </div>
      <label class="row">
        <input name="recordPaths" type="checkbox" checked={props.settings.recordPaths} />
        {copy.settings.recordPaths}
      </label>
      <label class="row">
        <input name="checkIns" type="checkbox" checked={props.settings.checkIns} />
        {copy.settings.checkIns}
      </label>
      <label class="row">
        <input name="firmer" type="checkbox" checked={props.settings.firmerDuringHardTimes} />
        {copy.settings.firmer}
      </label>
      <button type="submit">{copy.settings.save}</button>
      <p role="status">{message()}</p>
      <p class="error" role="alert">
        <Show when={error()}>{error()}</Show>
      </p>
    </form>
  );
}
