import { createSignal, For, Match, Show, Switch } from 'solid-js';
import { i18n } from '#i18n';
import { TIME_KINDS, type TriggerTime, type TriggerTimeRule } from '@/utils/db/schema';
import { formatClock, ruleFromFields, type TimeFields } from '@/utils/triggers/time-input';
import { weekdayName } from '@/utils/words/format';
import { problemWords } from '@/utils/words/problems';
import { Field } from './Field';
import { FormActions } from './FormActions';

export interface TimeFormProps {
  /** A time to change; without one the form adds a new time. */
  initial?: TriggerTime;
  /** Resolves to an error message, or undefined when the time was saved. */
  onSave(label: string, rule: TriggerTimeRule): Promise<string | undefined>;
  /** Leaves a change without saving it. */
  onCancel?(): void;
}

/** The date field's value for a rule: the once-date, or this year's day for a yearly rule. */
function dateOf(rule: TriggerTimeRule | undefined): string {
  if (rule?.kind === 'once') return rule.date;
  if (rule?.kind === 'yearly') {
    return `${new Date().getFullYear()}-${String(rule.month).padStart(2, '0')}-${String(rule.day).padStart(2, '0')}`;
  }
  return '';
}

/** Monday first, as most people read a week; values are 0 = Sunday. */
const WEEK = [1, 2, 3, 4, 5, 6, 0];

const KIND_NAMES: Record<TimeFields['kind'], () => string> = {
  weekly: () => i18n.t('times.kinds.weekly'),
  monthly: () => i18n.t('times.kinds.monthly'),
  yearly: () => i18n.t('times.kinds.yearly'),
  once: () => i18n.t('times.kinds.once'),
};

/** The form for naming a hard time, or changing one. */
export function TimeForm(props: TimeFormProps) {
  // The form is made anew for each time it changes, so reading `initial` once is right.
  const initial = props.initial;
  const rule = initial?.rule;
  const [kind, setKind] = createSignal<TimeFields['kind']>(rule?.kind ?? 'weekly');
  const title = initial ? i18n.t('times.change', [initial.label]) : i18n.t('times.add');
  const [error, setError] = createSignal('');

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const formElement = event.currentTarget as HTMLFormElement;
    const form = new FormData(formElement);
    const label = String(form.get('label') ?? '').trim();
    if (!label) {
      setError(problemWords({ code: 'time-no-label' }));
      return;
    }
    const result = ruleFromFields({
      kind: kind(),
      days: form.getAll('day').map(Number),
      daysOfMonth: String(form.get('daysOfMonth') ?? ''),
      date: String(form.get('date') ?? ''),
      start: String(form.get('start') ?? ''),
      end: String(form.get('end') ?? ''),
    });
    if (!result.ok) {
      setError(problemWords(result.problem));
      return;
    }
    void props.onSave(label, result.rule).then((problem) => {
      setError(problem ?? '');
      if (!problem && !initial) formElement.reset();
    });
  };

  return (
    <form class="stack card" onSubmit={submit} novalidate aria-labelledby="time-form-heading">
      <h3 id="time-form-heading">{title}</h3>
      <Field id="time-label" label={i18n.t('times.label')} hint={i18n.t('times.labelHint')} inline>
        {(control) => (
          <input
            autocomplete="off"
            {...control}
            name="label"
            type="text"
            maxlength="100"
            value={initial?.label ?? ''}
          />
        )}
      </Field>
      <Field id="time-kind" label={i18n.t('times.kind')} inline>
        {(control) => (
          <select
            {...control}
            name="kind"
            onChange={(event) => setKind(event.currentTarget.value as TimeFields['kind'])}
          >
            <For each={TIME_KINDS}>
              {(k) => (
                <option value={k} selected={kind() === k}>
                  {KIND_NAMES[k]()}
                </option>
              )}
            </For>
          </select>
        )}
      </Field>
      <Switch>
        <Match when={kind() === 'weekly'}>
          <fieldset>
            <legend>{i18n.t('times.days')}</legend>
            <div class="row">
              <For each={WEEK}>
                {(day) => (
                  <label class="chip">
                    <input
                      type="checkbox"
                      name="day"
                      value={day}
                      checked={rule?.kind === 'weekly' && rule.days.includes(day)}
                    />
                    {weekdayName(day)}
                  </label>
                )}
              </For>
            </div>
          </fieldset>
        </Match>
        <Match when={kind() === 'monthly'}>
          <Field
            id="time-days-of-month"
            label={i18n.t('times.daysOfMonth')}
            hint={i18n.t('times.daysOfMonthHint')}
            inline
          >
            {(control) => (
              <input
                autocomplete="off"
                {...control}
                name="daysOfMonth"
                type="text"
                value={rule?.kind === 'monthly' ? rule.daysOfMonth.join(', ') : ''}
              />
            )}
          </Field>
        </Match>
        <Match when={kind() === 'yearly' || kind() === 'once'}>
          <Field id="time-date" label={i18n.t('times.date')} inline>
            {(control) => <input autocomplete="off" {...control} name="date" type="date" value={dateOf(rule)} />}
          </Field>
        </Match>
      </Switch>
      <div class="row">
        <Field id="time-start" label={i18n.t('times.start')} inline>
          {(control) => (
            <input
              autocomplete="off"
              {...control}
              name="start"
              type="time"
              value={rule ? formatClock(rule.start) : ''}
            />
          )}
        </Field>
        <Field id="time-end" label={i18n.t('times.end')} hint={i18n.t('times.endHint')} inline>
          {(control) => (
            <input autocomplete="off" {...control} name="end" type="time" value={rule ? formatClock(rule.end) : ''} />
          )}
        </Field>
      </div>
      <FormActions
        submit={initial ? i18n.t('times.save') : i18n.t('times.add')}
        onCancel={initial ? props.onCancel : undefined}
      />
      <p class="error" role="alert">
        <Show when={error()}>{error()}</Show>
      </p>
    </form>
  );
}
