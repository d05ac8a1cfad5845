import { For } from 'solid-js';
import { i18n } from '#i18n';
import { Field } from './Field';

/** The person's country, chosen from a list of names in their language. */
export function CountryPicker(props: {
  id: string;
  /** Countries as code and name, in the order to show them. */
  countries: ReadonlyArray<{ code: string; name: string }>;
  value: string | undefined;
  /** A word on the value shown (that it was guessed from the browser). */
  hint?: string;
  onChange(code: string | undefined): void;
}) {
  return (
    <Field id={props.id} label={i18n.t('lines.country')} hint={props.hint} inline>
      {(control) => (
        <select {...control} onChange={(event) => props.onChange(event.currentTarget.value || undefined)}>
          <option value="" selected={props.value === undefined}>
            {i18n.t('lines.countryNone')}
          </option>
          <For each={props.countries}>
            {(country) => (
              <option value={country.code} selected={props.value === country.code}>
                {country.name}
              </option>
            )}
          </For>
        </select>
      )}
    </Field>
  );
}
