import type { CountryCode } from 'libphonenumber-js/max';
import { i18n } from '#i18n';
import { phoneReadBack } from '@/utils/reach-out/phone';
import { countryName } from './countries';

/**
 * A typed phone number read back in words, as it would be saved: "Read as +1 415 555 0132,
 * United States" (the number's own country, named in the person's language). Undefined when the
 * number cannot be used yet. `country` is the chosen country, else the guess. Options page only.
 */
export function phoneReadBackWords(typed: string, country: string | undefined): string | undefined {
  const back = phoneReadBack(typed, country as CountryCode | undefined);
  if (!back) return undefined;
  return back.country
    ? i18n.t('people.readBack', [back.international, countryName(back.country)])
    : i18n.t('people.readBackNumber', [back.international]);
}
