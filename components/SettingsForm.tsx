import { createSignal, Show } from 'solid-js';
import { i18n } from '#i18n';
import type { Settings, SettingsChanges } from '@/utils/db/schema';
import { Field } from './Field';

export interface SettingsFormProps {
  settings: Settings;
  /** Resolves to an error message, or undefined when saved. */
  onSave(changes: SettingsChanges): Promise<string | undefined>;
}

/** A date field's value (YYYY-MM-DD, local) as the start of that day here, or undefined when empty. */
function localMidnight(value: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])).getTime() : undefined;
}

/** An instant as a date field's value, on the local calendar. */
function dateField(epoch: number | undefined): string {
  if (epoch === undefined) return '';
  const d = new Date(epoch);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
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
      frictionGrows: form.get('frictionGrows') === 'on',
      safePage: safePage === '' ? undefined : safePage,
      showDays: form.get('showDays') === 'on',
      dailyCheckIn: form.get('dailyCheckIn') === 'on',
      counterStart: localMidnight(String(form.get('counterStart') ?? '')),
      recoveryStart: localMidnight(String(form.get('recoveryStart') ?? '')),
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
            autocomplete="off"
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
          <input
            autocomplete="off"
            {...control}
            name="pauseSeconds"
            type="number"
            min="5"
            max="60"
            value={props.settings.pauseSeconds}
          />
        )}
      </Field>
      <Field id="safe-page" label={i18n.t('settings.safePage')} hint={i18n.t('settings.safePageHint')}>
        {(control) => (
          <input autocomplete="off" {...control} name="safePage" type="url" value={props.settings.safePage ?? ''} />
        )}
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
      <label class="row">
        <input name="frictionGrows" type="checkbox" checked={props.settings.frictionGrows === true} />
        {i18n.t('settings.frictionGrows')}
      </label>
      <label class="row">
        <input name="dailyCheckIn" type="checkbox" checked={props.settings.dailyCheckIn === true} />
        {i18n.t('settings.dailyCheckIn')}
      </label>
      <label class="row">
        <input name="showDays" type="checkbox" checked={props.settings.showDays === true} />
        {i18n.t('settings.showDays')}
      </label>
      <Field id="counter-start" label={i18n.t('settings.counterStart')} inline>
        {(control) => (
          <input
            autocomplete="off"
            {...control}
            name="counterStart"
            type="date"
            value={dateField(props.settings.counterStart)}
          />
        )}
      </Field>
      <Field
        id="recovery-start"
        label={i18n.t('settings.recoveryStart')}
        hint={i18n.t('settings.recoveryStartHint')}
        inline
      >
        {(control) => (
          <input
            autocomplete="off"
            {...control}
            name="recoveryStart"
            type="date"
            value={dateField(props.settings.recoveryStart)}
          />
        )}
      </Field>
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
