import { getCountries } from 'libphonenumber-js/max';
import { uiLocale } from './locale';

/**
 * Every country Steady can read phone numbers for (the library's list), by name in the person's
 * language, sorted as that language sorts. Options page only (it loads libphonenumber).
 */
export function countryList(locale = uiLocale()): Array<{ code: string; name: string }> {
  const names = new Intl.DisplayNames([locale], { type: 'region' });
  const collator = new Intl.Collator(locale);
  return getCountries()
    .map((code) => ({ code, name: names.of(code) ?? code }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** A country's name in the person's language. */
export function countryName(code: string, locale = uiLocale()): string {
  return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
}
