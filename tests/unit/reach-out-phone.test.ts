import examples from 'libphonenumber-js/examples.mobile.json';
import { type CountryCode, getCountries, getExampleNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { reachLink } from '@/utils/reach-out/links';
import { formatPhone, type PhoneProblem, parsePhone } from '@/utils/reach-out/phone';

describe('parsePhone: numbers that reach someone', () => {
  it.each<[string, CountryCode | undefined, string]>([
    // United States
    ['(201) 555-0123', 'US', '+12015550123'],
    ['201.555.0123', 'US', '+12015550123'],
    ['  201 555 0123  ', 'US', '+12015550123'],
    ['+1 201 555 0123', undefined, '+12015550123'],
    ['+1 (201) 555-0123', 'GB', '+12015550123'],
    ['1-800-662-4357', 'US', '+18006624357'],
    // United Kingdom
    ['07400 123456', 'GB', '+447400123456'],
    ['020 7946 0958', 'GB', '+442079460958'],
    ['+44 7400 123456', undefined, '+447400123456'],
    ['0044 7400 123456', 'GB', '+447400123456'],
    // Spain
    ['612 34 56 78', 'ES', '+34612345678'],
    ['91 123 45 67', 'ES', '+34911234567'],
    ['+34 612 34 56 78', undefined, '+34612345678'],
    // Mexico
    ['55 1234 5678', 'MX', '+525512345678'],
    ['+52 55 1234 5678', undefined, '+525512345678'],
    // Germany
    ['030 123456', 'DE', '+4930123456'],
    ['01512 3456789', 'DE', '+4915123456789'],
    ['+49 1512 3456789', undefined, '+4915123456789'],
    ['+49 (0)30 123456', undefined, '+4930123456'],
    // Digits of other scripts are read as digits.
    ['２０１５５５０１２３', 'US', '+12015550123'],
    ['＋１ ２０１ ５５５ ０１２３', undefined, '+12015550123'],
  ])('%j in %s → %s', (input, country, e164) => {
    expect(parsePhone(input, country)).toEqual({ ok: true, e164 });
  });
});

describe('parsePhone: refusals', () => {
  it.each<[unknown, CountryCode | undefined, PhoneProblem]>([
    ['', 'US', 'empty'],
    ['   ', 'US', 'empty'],
    [undefined, 'US', 'empty'],
    ['javascript:alert(1)', 'US', 'not-a-number'],
    ['javascript:alert(1)', undefined, 'not-a-number'],
    ['tel:+12015550123', undefined, 'not-a-number'],
    ['call me at +1 201 555 0123', undefined, 'not-a-number'],
    ['1-800-FLOWERS', 'US', 'not-a-number'],
    ['abc', 'US', 'not-a-number'],
    ['+', undefined, 'not-a-number'],
    ['()-.', 'US', 'not-a-number'],
    ['+1 201 555 0123; drop', undefined, 'not-a-number'],
    ['201 555 0123', undefined, 'needs-country'],
    ['07400 123456', undefined, 'needs-country'],
    ['201 555 0123', 'XX' as CountryCode, 'needs-country'],
    ['123', 'US', 'too-short'],
    ['+44 74', undefined, 'too-short'],
    ['+44 7400 123456 789 123', undefined, 'too-long'],
    ['201 555 0123 4567 8901', 'US', 'too-long'],
    [`+1 ${'2'.repeat(100)}`, undefined, 'too-long'],
    ['+1 201 555 0123 ext. 12', undefined, 'extension'],
    ['+1 123 456 7890', undefined, 'invalid'],
    ['+1 555 555 0100', undefined, 'invalid'],
    ['+999 123456', undefined, 'invalid'],
    ['123 456 7890', 'US', 'invalid'],
    ['612 34 56 78', 'US', 'too-short'],
  ])('%j in %s → %s', (input, country, problem) => {
    expect(parsePhone(input as string, country)).toEqual({ ok: false, problem });
  });
});

describe('parsePhone and reachLink agree', () => {
  // Every country's example mobile number, typed nationally and internationally: each parses to
  // the same E.164, and that number makes a link on every phone channel.
  const countries = getCountries().filter((country) => getExampleNumber(country, examples));
  it.each(countries)('%s', (country) => {
    const example = getExampleNumber(country, examples);
    if (!example) throw new Error(`no example for ${country}`);
    expect(parsePhone(example.formatNational(), country)).toEqual({ ok: true, e164: example.number });
    expect(parsePhone(example.formatInternational(), undefined)).toEqual({ ok: true, e164: example.number });
    for (const channel of ['call', 'text', 'whatsapp', 'signal', 'telegram'] as const) {
      expect(reachLink(channel, example.number).ok).toBe(true);
    }
  });
});

describe('formatPhone', () => {
  it.each([
    ['+12015550123', '+1 201 555 0123'],
    ['+447400123456', '+44 7400 123456'],
    ['+34612345678', '+34 612 34 56 78'],
    ['+525512345678', '+52 55 1234 5678'],
    ['+4930123456', '+49 30 123456'],
    ['not a number', 'not a number'],
    ['', ''],
  ])('%s → %s', (e164, shown) => {
    expect(formatPhone(e164)).toBe(shown);
  });
});
