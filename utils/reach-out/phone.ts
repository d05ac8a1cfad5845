import {
  type CountryCode,
  isSupportedCountry,
  ParseError,
  parsePhoneNumberWithError,
  validatePhoneNumberLength,
} from 'libphonenumber-js/max';

/**
 * Phone numbers as a person types them, for the options page only (the popup and the warning
 * page read the stored E.164 through utils/reach-out/links.ts and never load this library).
 *
 * Why `libphonenumber-js/max`: its metadata holds each country's number patterns, so
 * `isValid()` checks the digits (an area code that does not exist, a range never given out),
 * where `min` checks little more than the length. Of random 6–12 digit strings typed as
 * Spanish, German, Mexican or Indian numbers, `min` accepts 25–95% more than `max` does:
 * typos that would only show when someone needs the number most. The cost, measured with this module
 * bundled and minified: about 49 kB gzipped (194 kB raw) against 29 kB (121 kB) for `min`,
 * on the options page alone, which loads from disk. A range given out after this version's
 * metadata is refused until the library is updated.
 */

/** Why a phone number cannot be used. */
export type PhoneProblem =
  /** Nothing typed. */
  | 'empty'
  /** Letters or symbols a phone number never has (`javascript:alert(1)`, `1-800-FLOWERS`). */
  | 'not-a-number'
  /** No leading + and no country to read it against. */
  | 'needs-country'
  /** Too few digits for the country. */
  | 'too-short'
  /** Too many digits for the country (or far too much typed). */
  | 'too-long'
  /** An extension (`ext. 12`): a link cannot dial one, so the call would not reach the person. */
  | 'extension'
  /** The right shape, but no such number can exist (unknown country code, area code, range). */
  | 'invalid';

/** A number in E.164 (`+15555550100`), or the problem found. */
export type PhoneResult = { ok: true; e164: string } | { ok: false; problem: PhoneProblem };

/** More than anyone types for one number; libphonenumber itself stops reading at 250. */
const MAX_INPUT = 64;

/**
 * What a typed number may hold: digits of any script (libphonenumber reads fullwidth and
 * Arabic-Indic digits), the usual separators, a leading plus, and an extension mark.
 */
const PHONE_CHARACTERS = /^\+?[\p{Nd}\s().\-/]*(?:(?:ext\.?|x|#)\s*\p{Nd}+)?$/iu;

/**
 * Reads a phone number as typed. A number with a leading + needs no country; any other is read
 * against `country` (the person's country; `0044…`-style international prefixes work too). A
 * number that cannot be valid is refused. Pure; returns a problem code, never words.
 */
export function parsePhone(input: string, country: CountryCode | undefined): PhoneResult {
  const fail = (problem: PhoneProblem): PhoneResult => ({ ok: false, problem });
  // A fullwidth plus is a plus (libphonenumber reads fullwidth digits, not that plus).
  const text = typeof input === 'string' ? input.trim().replace(/^＋/, '+') : '';
  if (text === '') return fail('empty');
  if (text.length > MAX_INPUT) return fail('too-long');
  if (!PHONE_CHARACTERS.test(text) || !/\p{Nd}/u.test(text)) return fail('not-a-number');
  const international = text.startsWith('+');
  const defaultCountry = country && isSupportedCountry(country) ? country : undefined;
  if (!international && !defaultCountry) return fail('needs-country');

  let number: ReturnType<typeof parsePhoneNumberWithError>;
  try {
    // extract: false reads the whole input as one number, never a number found inside text.
    number = parsePhoneNumberWithError(text, { defaultCountry, extract: false });
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    if (error.message === 'TOO_SHORT') return fail('too-short');
    if (error.message === 'TOO_LONG') return fail('too-long');
    if (error.message === 'NOT_A_NUMBER') return fail('not-a-number');
    return fail('invalid');
  }
  if (number.ext) return fail('extension');
  const length = validatePhoneNumberLength(text, defaultCountry);
  if (length === 'TOO_SHORT') return fail('too-short');
  if (length === 'TOO_LONG') return fail('too-long');
  if (!number.isValid()) return fail('invalid');
  return { ok: true, e164: number.number };
}

/**
 * A stored E.164 number written for reading (`+1 201 555 0123`); the number as stored when
 * it cannot be read.
 */
export function formatPhone(e164: string): string {
  try {
    return parsePhoneNumberWithError(e164, { extract: false }).formatInternational();
  } catch {
    return e164;
  }
}

/** A typed number as it would be saved, to read back to the person before it is. */
export interface PhoneReadBack {
  /** The international form (`+1 415 555 0132`). */
  international: string;
  /** The country the number belongs to (from the number itself, not the country it was read with); none for a non-geographic number. */
  country?: string;
}

/**
 * A typed number read back: its international form and the country it belongs to, so a number
 * read against the wrong country (a Mexican number typed without +52 and read as a US one) shows
 * before it is saved. Undefined when the number cannot be used (parsePhone says why).
 */
export function phoneReadBack(input: string, country: CountryCode | undefined): PhoneReadBack | undefined {
  const read = parsePhone(input, country);
  if (!read.ok) return undefined;
  const number = parsePhoneNumberWithError(read.e164, { extract: false });
  return { international: number.formatInternational(), ...(number.country ? { country: number.country } : {}) };
}
