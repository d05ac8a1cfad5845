import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale, type MessageKey, words } from '../i18n';

/**
 * The words of the check-in after a lapse, the hardest moment Steady meets, in every locale: the
 * safety facts are all there, the United States sentences name their lines' numbers, and the
 * sentences for anywhere else name no number at all (never a US number as if it were local).
 */

const LAPSE_KEYS = [
  'lapse.acknowledgeHeading',
  'lapse.acknowledge',
  'lapse.keptWhen',
  'lapse.kept',
  'lapse.goOn',
  'lapse.mistake',
  'lapse.nothingKept',
  'lapse.safetyHeading',
  'lapse.safetyTolerance',
  'lapse.safetyNaloxone',
  'lapse.safetyNaloxoneElsewhere',
  'lapse.safetyAlone',
  'lapse.safetyAloneElsewhere',
  'lapse.safetyEmergency',
  'lapse.safetyEmergencyElsewhere',
  'lapse.safetyHopeless',
  'lapse.safetyHopelessElsewhere',
  'lapse.notAloneHeading',
  'lapse.notAlone',
  'lapse.notAloneMeds',
  'lapse.notAloneFind',
  'lapse.notAloneFindElsewhere',
  'lapse.whatHeading',
  'lapse.changeHeading',
  'lapse.changePeople',
  'lapse.changePeopleLine',
  'lapse.nextDaysHeading',
  'lapse.nextDaysMeals',
] as const satisfies readonly MessageKey[];

/** Each US sentence and the numbers it must give (sources in components/LapseFlow.tsx and CONTENT.md). */
const US_NUMBERS: ReadonlyArray<[MessageKey, string[]]> = [
  ['lapse.safetyAlone', ['1-800-484-3731']],
  ['lapse.safetyEmergency', ['911']],
  ['lapse.safetyHopeless', ['988']],
  ['lapse.notAloneFind', ['1-800-662-4357']],
];

const ELSEWHERE: MessageKey[] = [
  'lapse.safetyNaloxoneElsewhere',
  'lapse.safetyAloneElsewhere',
  'lapse.safetyEmergencyElsewhere',
  'lapse.safetyHopelessElsewhere',
  'lapse.notAloneFindElsewhere',
];

/** What each locale must say, in its own words, for the facts that keep someone alive. */
const FACTS: Record<Locale, ReadonlyArray<[MessageKey, RegExp]>> = {
  en: [
    ['lapse.safetyTolerance', /tolerance drops/],
    ['lapse.safetyNaloxone', /cannot give it to yourself/],
    ['lapse.safetyEmergency', /cannot be woken.*slow or no breathing.*blue or gray lips/],
    ['lapse.safetyAlone', /don’t use alone/],
    ['lapse.notAloneMeds', /buprenorphine.*methadone.*naltrexone/],
  ],
  es: [
    ['lapse.safetyTolerance', /tolerancia baja/],
    ['lapse.safetyNaloxone', /no te la puedes dar tú/],
    ['lapse.safetyEmergency', /no se puede despertar.*respira lento o no respira.*labios azules o grises/],
    ['lapse.safetyAlone', /no lo hagas a solas/],
    ['lapse.notAloneMeds', /buprenorfina.*metadona.*naltrexona/],
  ],
};

describe.each(LOCALES)('the lapse check-in in %s', (locale) => {
  it.each(LAPSE_KEYS)('%s is written', (key) => {
    expect(words(locale, key).trim()).not.toBe('');
    if (locale !== 'en') expect(words(locale, key), 'translated, not copied').not.toBe(words('en', key));
  });

  it.each(US_NUMBERS)('%s gives its line’s number', (key, numbers) => {
    for (const number of numbers) expect(words(locale, key)).toContain(number);
  });

  it.each(ELSEWHERE)('%s names no number: nothing of the US as if it were local', (key) => {
    expect(words(locale, key)).not.toMatch(/\d/);
  });

  it.each(FACTS[locale])('%s says the fact', (key, fact) => {
    expect(words(locale, key)).toMatch(fact);
  });
});
