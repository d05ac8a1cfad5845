import { createSignal, For, Match, Show, Switch } from 'solid-js';
import { copy } from '@/utils/copy';
import type { TriggerTime, TriggerTimeRule } from '@/utils/db/schema';
import { formatClock, ruleFromFields, type TimeFields } from '@/utils/triggers/time-input';

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
const KINDS: TimeFields['kind'][] = ['weekly', 'monthly', 'yearly', 'once'];

/** The form for naming a hard time, or changing one. */
export function TimeForm(props: TimeFormProps) {
  // The form is made anew for each time it changes, so reading `initial` once is right.
  const initial = props.initial;
  const rule = initial?.rule;
  const [kind, setKind] = createSignal<TimeFields['kind']>(rule?.kind ?? 'weekly');
  const title = initial ? copy.times.change(initial.label) : copy.times.add;
  const [error, setError] = createSignal('');

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const formElement = event.currentTarget as HTMLFormElement;
    const form = new FormData(formElement);
    const label = String(form.get('label') ?? '').trim();
    if (!label) {
      setError(copy.hardTimes.problems.noLabel);
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
      setError(result.message);
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
      <div class="row">
        <label for="time-label">{copy.times.label}</label>
        <input
          id="time-label"
          name="label"
          type="text"
          maxlength="100"
          value={initial?.label ?? ''}
          aria-describedby="time-label-hint"
        />
        <span id="time-label-hint" class="hint">
          {copy.times.labelHint}
        </span>
      </div>
      <div class="row">
        <label for="time-kind">{copy.times.kind}</label>
        <select
          id="time-kind"
          name="kind"
          onChange={(event) => setKind(event.currentTarget.value as TimeFields['kind'])}
        >
          <For each={KINDS}>
            {(k) => (
              <option value={k} selected={kind() === k}>
                {copy.times.kinds[k]}
              </option>
            )}
          </For>
        </select>
      </div>
      <Switch>
        <Match when={kind() === 'weekly'}>
          <fieldset>
            <legend>{copy.times.days}</legend>
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
                    {copy.hardTimes.rule.dayNames[day]}
                  </label>
                )}
              </For>
            </div>
          </fieldset>
        </Match>
        <Match when={kind() === 'monthly'}>
          <div class="row">
            <label for="time-days-of-month">{copy.times.daysOfMonth}</label>
            <input
              id="time-days-of-month"
              name="daysOfMonth"
              type="text"
              value={rule?.kind === 'monthly' ? rule.daysOfMonth.join(', ') : ''}
              aria-describedby="time-dom-hint"
            />
            <span id="time-dom-hint" class="hint">
              {copy.times.daysOfMonthHint}
            </span>
          </div>
        </Match>
        <Match when={kind() === 'yearly' || kind() === 'once'}>
          <div class="row">
            <label for="time-date">{copy.times.date}</label>
            <input id="time-date" name="date" type="date" value={dateOf(rule)} />
          </div>
        </Match>
      </Switch>
      <div class="row">
        <label for="time-start">{copy.times.start}</label>
        <input id="time-start" name="start" type="time" value={rule ? formatClock(rule.start) : ''} />
        <label for="time-end">{copy.times.end}</label>
        <input
          id="time-end"
          name="end"
          type="time"
          value={rule ? formatClock(rule.end) : ''}
          aria-describedby="time-end-hint"
        />
        <span id="time-end-hint" class="hint">
          {copy.times.endHint}
        </span>
      </div>
      <div class="row">
        <button type="submit" class="primary">
          {initial ? copy.times.save : copy.times.add}
        </button>
        <Show when={initial}>
          <button type="button" onClick={() => props.onCancel?.()}>
            {copy.times.cancel}
          </button>
        </Show>
      </div>
      <p class="error" role="alert">
        <Show when={error()}>{error()}</Show>
      </p>
    </form>
  );
}
