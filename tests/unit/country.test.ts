import { describe, expect, it } from 'vitest';
import { saveCountry } from '@/utils/commands/help';
import { listPeople, savePerson } from '@/utils/commands/people';
import { guessCountry } from '@/utils/reach-out/country-guess';
import { emptyPerson } from '@/utils/reach-out/person';
import { phoneReadBack } from '@/utils/reach-out/phone';
import { phoneReadBackWords } from '@/utils/words/phone';
import { speak } from '../setup';

describe('guessCountry: the country the browser’s languages suggest', () => {
  it.each<[string, readonly string[], string | undefined]>([
    ['en-US', ['en-US'], 'US'],
    ['es-MX', ['es-MX'], 'MX'],
    ['a bare "es" (no region is invented)', ['es'], undefined],
    ['en-GB', ['en-GB'], 'GB'],
    ['pt-BR', ['pt-BR'], 'BR'],
    ['zh-Hant-TW (a script before the region)', ['zh-Hant-TW'], 'TW'],
    ['a bare "en"', ['en'], undefined],
    ['es-419 (Latin America is not a country)', ['es-419'], undefined],
    ['the first tag with a region, after a bare one', ['es', 'es-MX', 'en-US'], 'MX'],
    ['a region that is not a country, then one that is', ['es-419', 'es-AR'], 'AR'],
    ['a tag that is not a tag, then a good one', ['not a tag!', 'fr-CA'], 'CA'],
    ['a tag with extensions', ['de-DE-u-co-phonebk'], 'DE'],
    ['a region no one can phone (not a country code)', ['xx-YY'], undefined],
    ['"und"', ['und'], undefined],
    ['no languages', [], undefined],
  ])('%s → %s', (_name, languages, expected) => {
    expect(guessCountry(languages)).toBe(expected);
  });
});

describe('a phone number read back before it is saved', () => {
  it.each<[string, string | undefined, { international: string; country?: string } | undefined]>([
    ['(415) 555-0132', 'US', { international: '+1 415 555 0132', country: 'US' }],
    // A Mexican number typed without +52 by someone whose country is the United States: read as
    // a New Jersey number, and the read-back says so.
    ['55 1234 5678', 'US', { international: '+1 551 234 5678', country: 'US' }],
    ['55 1234 5678', 'MX', { international: '+52 55 1234 5678', country: 'MX' }],
    ['+44 7400 123456', undefined, { international: '+44 7400 123456', country: 'GB' }],
    ['+44 7400 123456', 'US', { international: '+44 7400 123456', country: 'GB' }],
    ['(415) 555-0132', undefined, undefined],
    ['123', 'US', undefined],
    ['javascript:alert(1)', 'US', undefined],
  ])('%j read with %s → %j', (typed, country, expected) => {
    expect(phoneReadBack(typed, country as never)).toEqual(expected);
  });

  it.each<['en' | 'es', string, string]>([
    ['en', '(415) 555-0132', 'Read as +1 415 555 0132, United States'],
    ['es', '(415) 555-0132', 'Se lee como +1 415 555 0132, Estados Unidos'],
  ])('in %s: %s', (locale, typed, words) => {
    speak(locale);
    expect(phoneReadBackWords(typed, 'US')).toBe(words);
  });
});

describe('savePerson reads phone numbers with the chosen country, else the guess', () => {
  const sam = (call: string) => ({ ...emptyPerson(), name: 'Sam', ways: { ...emptyPerson().ways, call } });

  it('with no country and no guess, a number typed as dialled at home needs a country', async () => {
    const done = await savePerson(sam('(415) 555-0132'));
    expect(!done.ok && done.problems.call?.code).toBe('phone-needs-country');
    expect(await listPeople()).toEqual([]);
  });

  it('with no country chosen, the guess reads it', async () => {
    const done = await savePerson(sam('(415) 555-0132'), undefined, 'US');
    expect(done.ok && done.value.ways).toEqual({ call: '+14155550132' });
  });

  it('a chosen country wins over the guess', async () => {
    await saveCountry('MX');
    const done = await savePerson(sam('55 1234 5678'), undefined, 'US');
    expect(done.ok && done.value.ways).toEqual({ call: '+525512345678' });
  });
});
