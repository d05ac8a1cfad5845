import { describe, expect, it } from 'vitest';
import type { TriggerTimeRule } from '@/utils/db/schema';
import { formatClock, parseClock, ruleFromFields, type TimeFields, weekSegments } from '@/utils/triggers/time-input';
import { problemWords } from '@/utils/words/problems';

const fields = (over: Partial<TimeFields>): TimeFields => ({
  kind: 'weekly',
  days: [5],
  daysOfMonth: '',
  date: '',
  start: '22:00',
  end: '02:00',
  ...over,
});

describe('clock times', () => {
  it.each([
    ['00:00', 0],
    ['9:05', 545],
    ['22:30', 1350],
    ['23:59', 1439],
    ['24:00', undefined],
    ['12:60', undefined],
    ['noon', undefined],
    ['', undefined],
  ])('%j → %s', (text, minutes) => {
    expect(parseClock(text)).toBe(minutes);
    if (minutes !== undefined) expect(parseClock(formatClock(minutes))).toBe(minutes);
  });
});

describe('ruleFromFields', () => {
  it.each<[string, Partial<TimeFields>, TriggerTimeRule | string]>([
    ['Friday night', {}, { kind: 'weekly', days: [5], start: 1320, end: 120 }],
    ['days sorted, once each', { days: [6, 0, 6] }, { kind: 'weekly', days: [0, 6], start: 1320, end: 120 }],
    ['no day', { days: [] }, 'Choose at least one day of the week.'],
    ['no start', { start: '' }, 'Choose a start and an end time.'],
    ['same start and end', { start: '10:00', end: '10:00' }, 'The start and the end must differ.'],
    [
      'payday',
      { kind: 'monthly', daysOfMonth: '15, 1', start: '09:00', end: '12:00' },
      { kind: 'monthly', daysOfMonth: [1, 15], start: 540, end: 720 },
    ],
    ['day 32', { kind: 'monthly', daysOfMonth: '32' }, 'Type days of the month from 1 to 31, for example 1, 15.'],
    [
      'no day of month',
      { kind: 'monthly', daysOfMonth: ' ' },
      'Type days of the month from 1 to 31, for example 1, 15.',
    ],
    [
      'anniversary',
      { kind: 'yearly', date: '2024-03-14', start: '00:00', end: '23:59' },
      { kind: 'yearly', month: 3, day: 14, start: 0, end: 1439 },
    ],
    [
      'once',
      { kind: 'once', date: '2026-12-31', start: '20:00', end: '23:59' },
      { kind: 'once', date: '2026-12-31', start: 1200, end: 1439 },
    ],
    ['once without a date', { kind: 'once', date: '' }, 'Choose a date.'],
  ])('%s', (_name, over, expected) => {
    const result = ruleFromFields(fields(over));
    // A refusal, in the words a person reads.
    if (typeof expected === 'string') expect(!result.ok && problemWords(result.problem)).toBe(expected);
    else expect(result).toEqual({ ok: true, rule: expected });
  });
});

describe('weekSegments', () => {
  it('splits windows that cross midnight, and the end of the week, over two days', () => {
    const week = weekSegments([
      { id: 'fri', label: 'Friday night', rule: { kind: 'weekly', days: [5], start: 1320, end: 120 } },
      { id: 'sun', label: 'Sunday late', rule: { kind: 'weekly', days: [0], start: 1380, end: 60 } },
      { id: 'work', label: 'After work', rule: { kind: 'weekly', days: [1, 2], start: 1020, end: 1140 } },
      { id: 'all', label: 'All day', rule: { kind: 'weekly', days: [3], start: 0, end: 1439 } },
      { id: 'pay', label: 'Payday', rule: { kind: 'monthly', daysOfMonth: [1], start: 0, end: 60 } },
    ]);
    const show = (day: number) => week[day]?.map((s) => `${s.id} ${s.from}-${s.to}`);
    expect(show(0)).toEqual(['sun 1380-1440']);
    expect(show(1)).toEqual(['sun 0-60', 'work 1020-1140']);
    expect(show(2)).toEqual(['work 1020-1140']);
    expect(show(3)).toEqual(['all 0-1440']);
    expect(show(4)).toEqual([]);
    expect(show(5)).toEqual(['fri 1320-1440']);
    expect(show(6)).toEqual(['fri 0-120']);
  });
});
