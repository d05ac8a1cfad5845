import { createSignal, For, Match, Show, Switch } from 'solid-js';
import { copy } from '@/utils/copy';
import type { TriggerTimeRule } from '@/utils/db/schema';
import { ruleFromFields, type TimeFields } from '@/utils/triggers/time-input';

export interface TimeFormProps {
  /** Resolves to an error message, or undefined when the time was added. */
  onAdd(label: string, rule: TriggerTimeRule): Promise<string | undefined>;
}

/** Monday first, as most people read a week; values are 0 = Sunday. */
const WEEK = [1, 2, 3, 4, 5, 6, 0];
const KINDS: TimeFields['kind'][] = ['weekly', 'monthly', 'yearly', 'once'];

/** The form for naming a hard time. */
export function TimeForm(props: TimeFormProps) {
  const [kind, setKind] = createSignal<TimeFields['kind']>('weekly');
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
    void props.onAdd(label, result.rule).then((problem) => {
      setError(problem ?? '');
      if (!problem) formElement.reset();
    });
  };

  return (
    <form class="stack card" onSubmit={submit} novalidate aria-labelledby="time-form-heading">
      <h3 id="time-form-heading">{copy.times.add}</h3>
      <div class="row">
        <label for="time-label">{copy.times.label}</label>
        <input id="time-label" name="label" type="text" maxlength="100" aria-describedby="time-label-hint" />
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
          <For each={KINDS}>{(k) => <option value={k}>{copy.times.kinds[k]}</option>}</For>
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
                    <input type="checkbox" name="day" value={day} />
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
            <input id="time-days-of-month" name="daysOfMonth" type="text" aria-describedby="time-dom-hint" />
            <span id="time-dom-hint" class="hint">
              {copy.times.daysOfMonthHint}
            </span>
          </div>
        </Match>
        <Match when={kind() === 'yearly' || kind() === 'once'}>
          <div class="row">
            <label for="time-date">{copy.times.date}</label>
            <input id="time-date" name="date" type="date" />
          </div>
        </Match>
      </Switch>
      <div class="row">
        <label for="time-start">{copy.times.start}</label>
        <input id="time-start" name="start" type="time" />
        <label for="time-end">{copy.times.end}</label>
        <input id="time-end" name="end" type="time" aria-describedby="time-end-hint" />
        <span id="time-end-hint" class="hint">
          {copy.times.endHint}
        </span>
      </div>
      <button type="submit" class="primary">
        {copy.times.add}
      </button>
      <p class="error" role="alert">
        <Show when={error()}>{error()}</Show>
      </p>
    </form>
  );
}
