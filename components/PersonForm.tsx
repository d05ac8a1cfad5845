import { For, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { i18n } from '#i18n';
import { CHANNELS, type Channel } from '@/utils/db/schema';
import { emptyPerson, type PersonField, type PersonFields } from '@/utils/reach-out/person';
import { weekdayName } from '@/utils/words/format';
import { CountryPicker } from './CountryPicker';
import { Field } from './Field';
import { FormActions } from './FormActions';

/** Each way's label and hint, in the person's language. */
const WAY_LABELS: Record<Channel, () => string> = {
  call: () => i18n.t('people.ways.call'),
  text: () => i18n.t('people.ways.text'),
  email: () => i18n.t('people.ways.email'),
  whatsapp: () => i18n.t('people.ways.whatsapp'),
  signal: () => i18n.t('people.ways.signal'),
  telegram: () => i18n.t('people.ways.telegram'),
};
const WAY_HINTS: Record<Channel, () => string> = {
  call: () => i18n.t('people.waysHint.call'),
  text: () => i18n.t('people.waysHint.text'),
  email: () => i18n.t('people.waysHint.email'),
  whatsapp: () => i18n.t('people.waysHint.whatsapp'),
  signal: () => i18n.t('people.waysHint.signal'),
  telegram: () => i18n.t('people.waysHint.telegram'),
};

/** The ways that take a phone number (Telegram takes a name or a number). */
const PHONE_WAYS: readonly Channel[] = ['call', 'text', 'whatsapp', 'signal', 'telegram'];

/** Monday first, as most people read a week; values are 0 = Sunday. */
const WEEK = [1, 2, 3, 4, 5, 6, 0];

export interface PersonFormProps {
  /** An id for the form's fields (two forms may share a page). */
  id: string;
  heading: string;
  /** The person as the form starts (a person to change); empty for a new one. */
  initial?: PersonFields;
  /** The words Steady writes when the person has none of their own (shown as the message's placeholder). */
  defaultMessage: string;
  /** Resolves to each refused field's words, or undefined when saved. Every field keeps its text. */
  onSave(fields: PersonFields): Promise<Partial<Record<PersonField, string>> | undefined>;
  onCancel?(): void;
  /**
   * A typed phone number read back as it would be saved ("Read as +1 415 555 0132, United
   * States"), or undefined when it cannot be read; shown live under each phone field.
   */
  readBack?(typed: string): string | undefined;
  /**
   * The country picker shown beside a refused phone number when reading it needs a country (or
   * the country may be the wrong one): choosing one re-reads the numbers.
   */
  country?: {
    countries: ReadonlyArray<{ code: string; name: string }>;
    value: string | undefined;
    /** Whether to show the picker now (the page knows why the number was refused). */
    ask: boolean;
    onChange(code: string | undefined): void;
  };
}

/**
 * A support person: name, how they relate, any of six ways to reach them, which to try first,
 * the hours they are usually there, and the words Steady writes for them. Works by keyboard
 * alone; a refused field says why beside it and keeps what was typed.
 */
export function PersonForm(props: PersonFormProps) {
  const [fields, setFields] = createStore<PersonFields>(structuredClone(props.initial ?? emptyPerson()));
  const [errors, setErrors] = createStore<Partial<Record<PersonField, string>>>({});
  const id = (name: string) => `${props.id}-${name}`;
  const filled = () => CHANNELS.filter((channel) => fields.ways[channel].trim() !== '');
  /** The first phone field that was refused: the country picker sits beside it. */
  const firstPhoneError = () => PHONE_WAYS.find((channel) => errors[channel]);
  /** Whether a way's number is read back as it is typed (in a live region there from the start). */
  const readsBack = (channel: Channel) => PHONE_WAYS.includes(channel) && props.readBack !== undefined;
  const readBack = (channel: Channel) =>
    fields.ways[channel].trim() === '' ? undefined : props.readBack?.(fields.ways[channel]);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    void props
      .onSave(structuredClone({ ...fields, ways: { ...fields.ways }, days: [...fields.days] }))
      .then((refused) => {
        setErrors((current) => Object.fromEntries(Object.keys(current).map((key) => [key, undefined])));
        if (refused) {
          setErrors(refused);
          const first = Object.keys(refused)[0];
          if (first) document.getElementById(id(first === 'hours' ? 'hours-start' : first))?.focus();
        } else if (!props.initial) {
          setFields(structuredClone(emptyPerson()));
        }
      });
  };

  return (
    <form class="card stack" aria-labelledby={id('heading')} onSubmit={submit} novalidate>
      <h3 id={id('heading')}>{props.heading}</h3>
      <Field id={id('name')} label={i18n.t('people.name')} error={errors.name}>
        {(control) => (
          <input
            {...control}
            type="text"
            autocomplete="off"
            maxlength="100"
            value={fields.name}
            onInput={(event) => setFields('name', event.currentTarget.value)}
          />
        )}
      </Field>
      <Field
        id={id('relation')}
        label={i18n.t('people.relation')}
        hint={i18n.t('people.relationHint')}
        error={errors.relation}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            autocomplete="off"
            value={fields.relation}
            onInput={(event) => setFields('relation', event.currentTarget.value)}
          />
        )}
      </Field>
      <fieldset class="stack">
        <legend>{i18n.t('people.waysLegend')}</legend>
        <For each={CHANNELS}>
          {(channel) => (
            <>
              <Field id={id(channel)} label={WAY_LABELS[channel]()} hint={WAY_HINTS[channel]()} error={errors[channel]}>
                {(control) => (
                  <input
                    {...control}
                    aria-describedby={
                      [control['aria-describedby'], readsBack(channel) ? id(`${channel}-read`) : undefined]
                        .filter(Boolean)
                        .join(' ') || undefined
                    }
                    type={channel === 'email' ? 'email' : channel === 'telegram' ? 'text' : 'tel'}
                    autocomplete="off"
                    value={fields.ways[channel]}
                    onInput={(event) => setFields('ways', channel, event.currentTarget.value)}
                  />
                )}
              </Field>
              <Show when={readsBack(channel)}>
                <p id={id(`${channel}-read`)} class="hint" aria-live="polite">
                  {readBack(channel)}
                </p>
              </Show>
              <Show when={props.country?.ask && firstPhoneError() === channel ? props.country : undefined}>
                {(country) => (
                  <CountryPicker
                    id={id('country')}
                    countries={country().countries}
                    value={country().value}
                    onChange={(code) => country().onChange(code)}
                  />
                )}
              </Show>
            </>
          )}
        </For>
        <Field id={id('preferred')} label={i18n.t('people.preferred')} error={errors.preferred} inline>
          {(control) => (
            <select
              {...control}
              onChange={(event) => setFields('preferred', event.currentTarget.value as Channel | '')}
            >
              <option value="" selected={fields.preferred === ''}>
                {i18n.t('people.preferredNone')}
              </option>
              <For each={filled()}>
                {(channel) => (
                  <option value={channel} selected={fields.preferred === channel}>
                    {WAY_LABELS[channel]()}
                  </option>
                )}
              </For>
            </select>
          )}
        </Field>
      </fieldset>
      <fieldset class="stack">
        <legend>{i18n.t('people.hoursLegend')}</legend>
        <label class="row">
          <input
            type="checkbox"
            checked={fields.hoursOn}
            onChange={(event) => setFields('hoursOn', event.currentTarget.checked)}
          />
          {i18n.t('people.hoursOn')}
        </label>
        <Show when={fields.hoursOn}>
          <fieldset class="row">
            <legend>{i18n.t('times.days')}</legend>
            <For each={WEEK}>
              {(day) => (
                <label class="chip">
                  <input
                    type="checkbox"
                    checked={fields.days.includes(day)}
                    onChange={(event) =>
                      setFields('days', (days) =>
                        event.currentTarget.checked ? [...days, day] : days.filter((d) => d !== day),
                      )
                    }
                  />
                  {weekdayName(day)}
                </label>
              )}
            </For>
          </fieldset>
          <div class="row">
            <Field id={id('hours-start')} label={i18n.t('people.from')} inline>
              {(control) => (
                <input
                  autocomplete="off"
                  {...control}
                  type="time"
                  value={fields.start}
                  onInput={(event) => setFields('start', event.currentTarget.value)}
                />
              )}
            </Field>
            <Field id={id('hours-end')} label={i18n.t('people.to')} inline>
              {(control) => (
                <input
                  autocomplete="off"
                  {...control}
                  type="time"
                  value={fields.end}
                  onInput={(event) => setFields('end', event.currentTarget.value)}
                />
              )}
            </Field>
          </div>
          <p class="error" role="alert">
            <Show when={errors.hours}>{errors.hours}</Show>
          </p>
        </Show>
      </fieldset>
      <Field
        id={id('message')}
        label={i18n.t('people.message')}
        hint={i18n.t('people.messageHint')}
        error={errors.message}
      >
        {(control) => (
          <textarea
            autocomplete="off"
            {...control}
            rows="2"
            placeholder={props.defaultMessage}
            value={fields.message}
            onInput={(event) => setFields('message', event.currentTarget.value)}
          />
        )}
      </Field>
      <Field id={id('note')} label={i18n.t('people.note')} error={errors.note}>
        {(control) => (
          <textarea
            autocomplete="off"
            {...control}
            rows="2"
            value={fields.note}
            onInput={(event) => setFields('note', event.currentTarget.value)}
          />
        )}
      </Field>
      <FormActions submit={i18n.t('people.save')} onCancel={props.onCancel} />
    </form>
  );
}
