import { describe, expect, it } from 'vitest';
import { countDays } from '@/utils/recovery/days';
import { MILESTONE_DAYS, milestoneOn } from '@/utils/recovery/milestones';
import { dayOfDate, parseDate } from '@/utils/time/calendar';

const day = (text: string) => {
  const date = parseDate(text);
  if (!date) throw new Error(`not a date: ${text}`);
  return dayOfDate(date);
};

describe('the milestone table', () => {
  it.each([
    ['the day the stretch begins', '2026-01-01', '2026-01-01', undefined],
    ['a day before it begins', '2026-01-02', '2026-01-01', undefined],
    ['the first day done', '2026-01-01', '2026-01-02', { days: 1 }],
    ['two days: nothing loud', '2026-01-01', '2026-01-03', undefined],
    ['a week', '2026-01-01', '2026-01-08', { days: 7 }],
    ['two weeks', '2026-01-01', '2026-01-15', { days: 14 }],
    ['29 days', '2026-01-01', '2026-01-30', undefined],
    ['30 days', '2026-01-01', '2026-01-31', { days: 30 }],
    ['31 days', '2026-01-01', '2026-02-01', undefined],
    ['60 days', '2026-01-01', '2026-03-02', { days: 60 }],
    ['90 days', '2026-01-01', '2026-04-01', { days: 90 }],
    ['180 days', '2026-01-01', '2026-06-30', { days: 180 }],
    ['100 days is not one', '2026-01-01', '2026-04-11', undefined],
    ['365 days that are a calendar year: the year is named', '2026-01-01', '2027-01-01', { years: 1 }],
    ['364 days', '2026-01-01', '2026-12-31', undefined],
    // 2028 is a leap year: 365 days from 1 March 2027 end on 29 February 2028, the year a day later.
    ['365 days across a 29 February', '2027-03-01', '2028-02-29', { days: 365 }],
    ['the year across a 29 February, on its calendar day', '2027-03-01', '2028-03-01', { years: 1 }],
    ['two years', '2026-05-17', '2028-05-17', { years: 2 }],
    ['two years and a day', '2026-05-17', '2028-05-18', undefined],
    ['730 days that are not the anniversary', '2027-03-01', '2029-02-28', undefined],
    ['ten years', '2020-07-04', '2030-07-04', { years: 10 }],
    ['a 29 February start: the anniversary is 28 February in other years', '2028-02-29', '2029-02-28', { years: 1 }],
    ['and not 1 March', '2028-02-29', '2029-03-01', undefined],
    ['a 29 February start: 29 February again four years on', '2028-02-29', '2032-02-29', { years: 4 }],
    ['and not 28 February in a leap year', '2028-02-29', '2032-02-28', undefined],
    ['a 31 January start in February is no anniversary', '2026-01-31', '2027-02-28', undefined],
  ] as const)('%s', (_name, start, today, expected) => {
    expect(milestoneOn(day(start), day(today))).toEqual(expected);
  });

  it('names exactly the days of the issue in the first year', () => {
    const start = day('2026-01-01');
    const named = Array.from({ length: 366 }, (_, i) => i).filter((i) => milestoneOn(start, start + i) !== undefined);
    expect(named).toEqual([...MILESTONE_DAYS]);
  });
});

describe('the milestone with the days counter', () => {
  const NY = 'America/New_York';
  const at = (iso: string) => Date.parse(iso);

  it.each([
    // 1 November 2026 is the US fall-back night (a day of 25 hours): 30 days is still 30 local days.
    [
      'across the fall-back night, just after midnight',
      { counterStart: at('2026-10-03T23:30-04:00') },
      [],
      '2026-11-02T00:05-05:00',
      { counter: 30, milestone: { days: 30 } },
    ],
    [
      'across the fall-back night, the evening before',
      { counterStart: at('2026-10-03T00:10-04:00') },
      [],
      '2026-11-01T23:55-05:00',
      { counter: 29 },
    ],
    // 8 March 2026 springs forward (a day of 23 hours).
    [
      'across the spring-forward night',
      { counterStart: at('2026-03-01T09:00-05:00') },
      [],
      '2026-03-08T00:30-05:00',
      { counter: 7, milestone: { days: 7 } },
    ],
    [
      'a lapse with the counter kept: the stretch and its milestone go on, the total shows the lapse',
      { recoveryStart: at('2026-01-01T08:00-05:00'), counterStart: at('2026-01-01T08:00-05:00') },
      ['2026-01-11T21:00-05:00'],
      '2026-01-31T08:00-05:00',
      { counter: 30, total: 29, longest: 19, milestone: { days: 30 } },
    ],
    [
      'a lapse with the counter restarted: a week since, and the total days stay',
      { recoveryStart: at('2026-01-01T08:00-05:00'), counterStart: at('2026-01-24T21:00-05:00') },
      ['2026-01-24T21:00-05:00'],
      '2026-01-31T08:00-05:00',
      { counter: 7, total: 29, longest: 23, milestone: { days: 7 } },
    ],
    [
      'no counter: no milestone',
      { recoveryStart: at('2026-01-01T08:00-05:00') },
      [],
      '2026-01-31T08:00-05:00',
      {
        total: 30,
        longest: 30,
      },
    ],
  ] as const)('%s', (_name, starts, lapses, now, expected) => {
    expect(countDays(starts, lapses.map(at), at(now), NY)).toEqual(expected);
  });
});
