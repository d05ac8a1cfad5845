import { describe, expect, it } from 'vitest';
import type { TriggerTimeRule } from '@/utils/db/schema';
import { PROBLEM_CODES } from '@/utils/problems';
import { clock, duration, list, monthName, weekdayName } from '@/utils/words/format';
import { describeHardTimeState, describeRule, whenIn } from '@/utils/words/hard-times';
import { uiLocale } from '@/utils/words/locale';
import { problemWords } from '@/utils/words/problems';
import { t } from '../i18n';
import { speak } from '../setup';

const at = (iso: string) => Date.parse(iso);
const NY = 'America/New_York';

describe('names and lists come from Intl, in the browser’s language', () => {
  it('reads the interface language for Intl', () => {
    expect(uiLocale()).toBe('en');
    speak('es');
    expect(uiLocale()).toBe('es');
  });

  it.each([
    ['en', 5, 'Friday', 3, 'March', ['a', 'b', 'c'], 'a, b, and c'],
    ['es', 5, 'viernes', 3, 'marzo', ['a', 'b', 'c'], 'a, b y c'],
  ])('%s', (locale, day, dayName, month, name, items, joined) => {
    expect(weekdayName(day, locale)).toBe(dayName);
    expect(monthName(month, locale)).toBe(name);
    expect(list(items, locale)).toBe(joined);
  });

  it('times of day and durations', () => {
    expect(clock(22 * 60, 'en-GB')).toBe('22:00');
    expect(clock(22 * 60 + 5, 'en-US')).toBe('10:05 PM');
    expect(clock(2 * 60, 'es')).toBe('2:00');
    expect(duration(65, 'en')).toBe('1 min and 5 sec');
    expect(duration(5, 'en')).toBe('5 sec');
  });
});

describe('whenIn', () => {
  it.each([
    ['2026-11-27T23:30-05:00', '2026-11-27T22:00-05:00', NY, { time: '23:30' }],
    ['2026-11-28T02:00-05:00', '2026-11-27T22:00-05:00', NY, { time: '02:00', day: 'Saturday' }],
    ['2026-11-28T02:00-05:00', '2026-11-27T22:00-05:00', 'Asia/Kolkata', { time: '12:30' }],
  ])('%s seen at %s in %s', (when, now, zone, expected) => {
    expect(whenIn(at(when), at(now), zone, 'en-GB')).toEqual(expected);
  });
});

describe('describeHardTimeState', () => {
  const now = at('2026-11-27T22:30-05:00');
  it.each([
    [{ on: true, endsAt: at('2026-11-28T02:00-05:00') }, 'A hard time is on until Saturday at 02:00.'],
    [{ on: true, endsAt: at('2026-11-27T23:00-05:00') }, 'A hard time is on until 23:00.'],
    [{ on: true }, t('hardTimes.state.onNoEnd')],
    [{ on: false, nextStart: at('2026-12-04T22:00-05:00') }, 'The next one starts on Friday at 22:00.'],
    [{ on: false, nextStart: at('2026-11-27T23:00-05:00') }, 'The next one starts at 23:00.'],
    [{ on: false }, t('hardTimes.state.none')],
  ])('%j', (state, expected) => {
    expect(describeHardTimeState(state, now, NY, 'en-GB')).toBe(expected);
  });
});

describe('describeRule', () => {
  it.each<[TriggerTimeRule, string]>([
    [{ kind: 'weekly', days: [5], start: 1320, end: 120 }, 'Every week on Friday, 22:00 to 02:00'],
    [
      { kind: 'weekly', days: [0, 5, 1], start: 1260, end: 1380 },
      'Every week on Monday, Friday and Sunday, 21:00 to 23:00',
    ],
    [{ kind: 'weekly', days: [1, 2, 3, 4, 5], start: 1020, end: 1140 }, 'Weekdays, 17:00 to 19:00'],
    [{ kind: 'weekly', days: [6, 0], start: 0, end: 1439 }, 'Weekends, all day'],
    [{ kind: 'weekly', days: [0, 1, 2, 3, 4, 5, 6], start: 1380, end: 0 }, 'Every day, 23:00 to midnight'],
    [{ kind: 'weekly', days: [3], start: 1200, end: 1439 }, 'Every week on Wednesday, 20:00 to midnight'],
    [{ kind: 'monthly', daysOfMonth: [15, 1], start: 540, end: 720 }, 'Days 1 and 15 of every month, 09:00 to 12:00'],
    [{ kind: 'monthly', daysOfMonth: [22], start: 540, end: 720 }, 'Day 22 of every month, 09:00 to 12:00'],
    [
      { kind: 'monthly', daysOfMonth: [31], start: 0, end: 1439 },
      'Day 31 of every month (the last day in shorter months), all day',
    ],
    [{ kind: 'yearly', month: 3, day: 14, start: 0, end: 1439 }, 'Every year on 14 March, all day'],
    [
      { kind: 'yearly', month: 2, day: 29, start: 1080, end: 1320 },
      'Every year on 29 February (28 February in other years), 18:00 to 22:00',
    ],
    [{ kind: 'once', date: '2026-03-13', start: 1320, end: 120 }, 'On Friday, 13 March 2026, 22:00 to 02:00'],
  ])('%j', (rule, expected) => {
    expect(describeRule(rule, 'en-GB')).toBe(expected);
  });

  it('in Spanish', () => {
    speak('es');
    expect(describeRule({ kind: 'weekly', days: [5, 6], start: 1320, end: 120 }, 'es')).toMatch(/viernes y sábado/);
    expect(describeRule({ kind: 'yearly', month: 3, day: 14, start: 0, end: 1439 }, 'es')).toMatch(/14 de marzo/);
  });
});

describe('problems in words', () => {
  it.each(PROBLEM_CODES)('%s has words in English and Spanish, plain and calm', (code) => {
    const values = code.startsWith('time-') ? [2, 2026, 28] : ['com'];
    for (const locale of ['en', 'es'] as const) {
      speak(locale);
      const text = problemWords({ code, values });
      expect(text, locale).not.toBe('');
      expect(text).not.toContain('!');
      expect(text).not.toMatch(/\$\d/);
      if (locale === 'en') expect(text).not.toMatch(/\b(invalid|error|illegal|wrong|failed)\b/i);
    }
  });

  it('names the month in the calendar refusals', () => {
    expect(problemWords({ code: 'time-not-on-calendar', values: [2, 2026, 28] })).toBe(
      'That date is not on the calendar: February 2026 has 28 days.',
    );
  });
});
