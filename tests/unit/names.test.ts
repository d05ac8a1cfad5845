import { resolve } from 'node:path';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../i18n';

/**
 * One name for each thing, in every sentence a person reads (the comment at the top of each
 * locale file names them): the screen on a trigger site is a check-in (es: aviso), never a
 * "warning" on a "flagged" site; the daily check-in always says "daily" (es: registro diario);
 * the one notification when a hard time starts is a nudge (es: recordatorio), never a check-in.
 */

/** Every message of a locale as the person reads it: key → its words (plural forms joined). */
async function read(locale: Locale): Promise<Map<string, string>> {
  const parsed = await parseMessagesFile(resolve('locales', `${locale}.yml`));
  return new Map(
    parsed
      .filter((m) => !m.key[0]?.startsWith('@@'))
      .map((m) => [
        m.key.join('.'),
        m.type === 'plural' ? Object.values(m.plurals).join(' | ') : String(m.message ?? ''),
      ]),
  );
}
const en = await read('en');
const es = await read('es');

const matching = (messages: Map<string, string>, pattern: RegExp) =>
  [...messages].filter(([, words]) => pattern.test(words)).map(([key, words]) => `${key}: ${words}`);

/** The names retired from what the person reads, in each language. */
const RETIRED: Record<Locale, RegExp> = {
  en: /\b(warn|warns|warned|warning|warnings|flag|flags|flagged)\b/i,
  es: /advertenci|señalad|\bmarcad[oa]s?\b/i,
};

/** The keys that name the daily check-in, and the nudge. */
const DAILY = [
  'settings.dailyCheckIn',
  'popup.checkInOffer',
  'history.filter.kinds.checkIn',
  'history.checkIn.title',
  'history.checkIn.edit',
  'history.checkIn.remove',
  'insights.checkIns',
  'insights.beside.caption',
  'summary.checkIns',
  'problems.checkinDay',
  'problems.stores.checkins',
];
const NUDGE_NAMED = ['settings.checkIns', 'times.intro'];
const NUDGE_ITSELF = ['hardTimes.checkIn.title', 'hardTimes.checkIn.message'];

describe('one name for each thing', () => {
  it.each([
    ['en', en],
    ['es', es],
  ] as const)(
    'no retired name ("warning", "flagged" and the like) in what a person reads, in %s',
    (locale, messages) => {
      expect(matching(messages, RETIRED[locale])).toEqual([]);
    },
  );

  it('the retired-name check can fail', () => {
    expect(RETIRED.en.test('Warnings on flagged sites')).toBe(true);
    expect(RETIRED.es.test('Avisos en sitios señalados')).toBe(true);
    expect(RETIRED.en.test('Signs that a hard moment is coming')).toBe(false);
  });

  it.each(DAILY)('%s says "daily check-in" (es: "registro diario")', (key) => {
    expect(en.get(key)).toMatch(/daily check-ins?/i);
    expect(es.get(key)).toMatch(/registros? diarios?/i);
  });

  it('"registro" in Spanish is only ever the daily one', () => {
    expect(matching(es, /\bregistros?\b(?! diarios?)/i)).toEqual([]);
  });

  it('the nudge has its own name, used for nothing else, and is never called a check-in', () => {
    for (const key of NUDGE_NAMED) {
      expect(en.get(key), key).toMatch(/\bnudge\b/);
      expect(es.get(key), key).toMatch(/\brecordatorio\b/);
    }
    expect(
      matching(en, /\bnudges?\b/i)
        .map((line) => line.split(':')[0])
        .sort(),
    ).toEqual([...NUDGE_NAMED].sort());
    expect(
      matching(es, /\brecordatorios?\b/i)
        .map((line) => line.split(':')[0])
        .sort(),
    ).toEqual([...NUDGE_NAMED].sort());
    for (const key of [...NUDGE_NAMED, ...NUDGE_ITSELF]) {
      expect(en.get(key), key).not.toMatch(/check[- ]?in/i);
      expect(es.get(key), key).not.toMatch(/\baviso|\bregistro/i);
    }
  });
});
