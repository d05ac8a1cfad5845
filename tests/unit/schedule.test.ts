import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TriggerTime, TriggerTimeRule } from '@/utils/db/schema';
import { checkTime } from '@/utils/db/times';
import { daysInMonth, parseDate } from '@/utils/time/calendar';
import { wallClockToEpoch } from '@/utils/time/wall-clock';
import { localParts } from '@/utils/time/zone';
import { activeWindows, hardTimeState, hardTimesAt, nextTransition, windowKey } from '@/utils/triggers/schedule';
import { problemWords } from '@/utils/words/problems';

const NY = 'America/New_York';
const LONDON = 'Europe/London';
const LORD_HOWE = 'Australia/Lord_Howe';
const KOLKATA = 'Asia/Kolkata';

const STAMP = Date.UTC(2026, 0, 1);
const hhmm = (text: string) => Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5));

/** A stored hard time with the given rule. */
function time(rule: TriggerTimeRule, id = 't1', label = 'Hard time'): TriggerTime {
  return { id, label, rule, createdAt: STAMP, updatedAt: STAMP };
}
const weekly = (days: number[], start: string, end: string, id?: string) =>
  time({ kind: 'weekly', days, start: hhmm(start), end: hhmm(end) }, id);
const once = (date: string, start: string, end: string, id?: string) =>
  time({ kind: 'once', date, start: hhmm(start), end: hhmm(end) }, id);
const monthly = (daysOfMonth: number[], start: string, end: string, id?: string) =>
  time({ kind: 'monthly', daysOfMonth, start: hhmm(start), end: hhmm(end) }, id);
const yearly = (month: number, day: number, start: string, end: string, id?: string) =>
  time({ kind: 'yearly', month, day, start: hhmm(start), end: hhmm(end) }, id);

/** An instant written with its offset, e.g. '2026-03-08T03:00-04:00' (independent of the code under test). */
const at = (iso: string) => {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`bad instant ${iso}`);
  return ms;
};

const [SUN, MON, , , , FRI, SAT] = [0, 1, 2, 3, 4, 5, 6];

/**
 * The instants a zone changes its offset in a year, found with Intl alone, with the local
 * date each happens on: the DST dates the tests use are checked here, not trusted.
 */
function transitions(zone: string, year: number) {
  const offsetOf = new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'longOffset' });
  const dateOf = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const offset = (t: number) => offsetOf.formatToParts(t).find((p) => p.type === 'timeZoneName')?.value;
  const found: { at: number; date: string; from?: string; to?: string }[] = [];
  const step = 60 * 60_000;
  let previous = offset(Date.UTC(year, 0, 1));
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += step) {
    const next = offset(t + step);
    const changed = next !== previous;
    previous = next;
    if (changed) {
      let lo = t;
      let hi = t + step;
      while (hi - lo > 1000) {
        const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
        if (offset(mid) === offset(lo)) lo = mid;
        else hi = mid;
      }
      found.push({ at: hi, date: dateOf.format(hi), from: offset(lo), to: offset(hi) });
    }
  }
  return found;
}

describe('the DST dates these tests rely on (computed with Intl)', () => {
  it.each([
    [NY, ['2026-03-08', '2026-11-01'], ['GMT-05:00→GMT-04:00', 'GMT-04:00→GMT-05:00']],
    [LONDON, ['2026-03-29', '2026-10-25'], ['GMT+00:00→GMT+01:00', 'GMT+01:00→GMT+00:00']],
    [LORD_HOWE, ['2026-04-05', '2026-10-04'], ['GMT+11:00→GMT+10:30', 'GMT+10:30→GMT+11:00']],
    [KOLKATA, [], []],
  ])('%s changes its clocks on %j', (zone, dates, changes) => {
    const found = transitions(zone, 2026);
    expect(found.map((f) => f.date)).toEqual(dates);
    expect(found.map((f) => `${f.from}→${f.to}`)).toEqual(changes);
  });

  it.each([
    [NY, 0, '2026-03-08T03:00-04:00'],
    [NY, 1, '2026-11-01T01:00-05:00'],
    [LONDON, 0, '2026-03-29T02:00+01:00'],
    [LONDON, 1, '2026-10-25T01:00+00:00'],
    [LORD_HOWE, 0, '2026-04-05T01:30+10:30'],
    [LORD_HOWE, 1, '2026-10-04T02:30+11:00'],
  ])('%s transition %i happens at %s', (zone, index, iso) => {
    expect(transitions(zone, 2026)[index]?.at).toBe(at(iso));
  });
});

describe('calendar helpers', () => {
  it.each([
    [2026, 2, 28],
    [2028, 2, 29],
    [2100, 2, 28],
    [2000, 2, 29],
    [2026, 4, 30],
    [2026, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

  it.each([
    ['2026-02-28', { year: 2026, month: 2, day: 28 }],
    ['2028-02-29', { year: 2028, month: 2, day: 29 }],
    ['2026-02-29', undefined],
    ['2026-02-30', undefined],
    ['2026-04-31', undefined],
    ['2026-13-01', undefined],
    ['2026-00-10', undefined],
    ['2026-1-5', undefined],
    ['tomorrow', undefined],
  ])('parseDate(%s)', (text, expected) => {
    expect(parseDate(text)).toEqual(expected);
  });

  it.each([
    [at('2026-03-08T01:59:59-05:00'), NY, { year: 2026, month: 3, day: 8, minutes: 119 }],
    [at('2026-03-08T03:00-04:00'), NY, { year: 2026, month: 3, day: 8, minutes: 180 }],
    [at('2026-06-01T00:00+05:30'), KOLKATA, { year: 2026, month: 6, day: 1, minutes: 0 }],
    [at('2026-06-01T00:00+05:30') - 1, KOLKATA, { year: 2026, month: 5, day: 31, minutes: 1439 }],
  ])('localParts(%i, %s)', (epoch, zone, expected) => {
    expect(localParts(epoch, zone)).toEqual(expected);
  });
});

describe('wallClockToEpoch', () => {
  it.each([
    ['an ordinary winter time', NY, '2026-01-15', '09:00', 'first', '2026-01-15T09:00-05:00'],
    ['an ordinary summer time', NY, '2026-07-15', '09:00', 'first', '2026-07-15T09:00-04:00'],
    ['a time in the spring gap (first instant after it)', NY, '2026-03-08', '02:30', 'first', '2026-03-08T03:00-04:00'],
    ['an end in the spring gap (same rule)', NY, '2026-03-08', '02:00', 'last', '2026-03-08T03:00-04:00'],
    ['the repeated hour, first occurrence', NY, '2026-11-01', '01:30', 'first', '2026-11-01T01:30-04:00'],
    ['the repeated hour, last occurrence', NY, '2026-11-01', '01:30', 'last', '2026-11-01T01:30-05:00'],
    ['London spring gap', LONDON, '2026-03-29', '01:30', 'first', '2026-03-29T02:00+01:00'],
    ['London repeated hour, first', LONDON, '2026-10-25', '01:30', 'first', '2026-10-25T01:30+01:00'],
    ['London repeated hour, last', LONDON, '2026-10-25', '01:30', 'last', '2026-10-25T01:30+00:00'],
    ['Lord Howe half-hour gap', LORD_HOWE, '2026-10-04', '02:15', 'first', '2026-10-04T02:30+11:00'],
    ['Lord Howe repeated half hour, first', LORD_HOWE, '2026-04-05', '01:45', 'first', '2026-04-05T01:45+11:00'],
    ['Lord Howe repeated half hour, last', LORD_HOWE, '2026-04-05', '01:45', 'last', '2026-04-05T01:45+10:30'],
    ['Lord Howe just before the repeat', LORD_HOWE, '2026-04-05', '01:29', 'last', '2026-04-05T01:29+11:00'],
    ['Kolkata, no DST', KOLKATA, '2026-03-08', '02:30', 'first', '2026-03-08T02:30+05:30'],
  ] as const)('%s', (_name, zone, date, clock, occurrence, iso) => {
    const parsed = parseDate(date);
    if (!parsed) throw new Error(date);
    expect(wallClockToEpoch(parsed, hhmm(clock), zone, occurrence)).toBe(at(iso));
  });

  it('reads 1440 minutes as the next midnight', () => {
    expect(wallClockToEpoch({ year: 2026, month: 12, day: 31 }, 1440, KOLKATA)).toBe(at('2027-01-01T00:00+05:30'));
  });
});

type Span = [string, string];
const spans = (windows: { start: number; end: number }[]) => windows.map((w) => [w.start, w.end]);
const expectSpans = (expected: Span[]) => expected.map(([from, to]) => [at(from), at(to)]);

describe('activeWindows', () => {
  it.each<[string, string, TriggerTime, string, Span[]]>([
    // Midnight and week-end crossings.
    [
      'Fri 22–02 at Fri 23:00',
      NY,
      weekly([FRI], '22:00', '02:00'),
      '2026-01-16T23:00-05:00',
      [['2026-01-16T22:00-05:00', '2026-01-17T02:00-05:00']],
    ],
    [
      'Fri 22–02 at Sat 01:59',
      NY,
      weekly([FRI], '22:00', '02:00'),
      '2026-01-17T01:59-05:00',
      [['2026-01-16T22:00-05:00', '2026-01-17T02:00-05:00']],
    ],
    ['Fri 22–02 at Sat 02:00 (end is exclusive)', NY, weekly([FRI], '22:00', '02:00'), '2026-01-17T02:00-05:00', []],
    ['Fri 22–02 at Fri 21:59', NY, weekly([FRI], '22:00', '02:00'), '2026-01-16T21:59-05:00', []],
    ['Fri 22–02 at Sat 23:00 (Saturday not chosen)', NY, weekly([FRI], '22:00', '02:00'), '2026-01-17T23:00-05:00', []],
    [
      'Sat 23–01 ends on Sunday',
      LONDON,
      weekly([SAT], '23:00', '01:00'),
      '2026-01-18T00:30+00:00',
      [['2026-01-17T23:00+00:00', '2026-01-18T01:00+00:00']],
    ],
    [
      'Sun 23–01 ends on Monday (end of week)',
      LONDON,
      weekly([SUN], '23:00', '01:00'),
      '2026-01-19T00:30+00:00',
      [['2026-01-18T23:00+00:00', '2026-01-19T01:00+00:00']],
    ],
    [
      'Sun 23–01 at Sunday 00:30 (that was Saturday night)',
      LONDON,
      weekly([SUN], '23:00', '01:00'),
      '2026-01-18T00:30+00:00',
      [],
    ],
    [
      'an end equal to 00:00 is midnight',
      KOLKATA,
      weekly([MON], '20:00', '00:00'),
      '2026-01-19T23:59+05:30',
      [['2026-01-19T20:00+05:30', '2026-01-20T00:00+05:30']],
    ],
    [
      'the 31st, 23–01, crosses into May',
      KOLKATA,
      monthly([31], '23:00', '01:00'),
      '2026-05-01T00:30+05:30',
      [['2026-04-30T23:00+05:30', '2026-05-01T01:00+05:30']],
    ],
    [
      '31 Dec 22–02 crosses into the new year',
      KOLKATA,
      yearly(12, 31, '22:00', '02:00'),
      '2027-01-01T01:00+05:30',
      [['2026-12-31T22:00+05:30', '2027-01-01T02:00+05:30']],
    ],
    [
      'a once-date crossing midnight',
      NY,
      once('2026-06-12', '23:00', '03:00'),
      '2026-06-13T02:00-04:00',
      [['2026-06-12T23:00-04:00', '2026-06-13T03:00-04:00']],
    ],
    // All day.
    [
      'all day (00:00–23:59) runs to midnight',
      KOLKATA,
      weekly([FRI], '00:00', '23:59'),
      '2026-01-16T23:59:30+05:30',
      [['2026-01-16T00:00+05:30', '2026-01-17T00:00+05:30']],
    ],
    // Months and years.
    [
      'payday on the 31st is 30 April',
      NY,
      monthly([31], '09:00', '12:00'),
      '2026-04-30T10:00-04:00',
      [['2026-04-30T09:00-04:00', '2026-04-30T12:00-04:00']],
    ],
    [
      'the 31st in a 31-day month',
      NY,
      monthly([31], '09:00', '12:00'),
      '2026-05-31T10:00-04:00',
      [['2026-05-31T09:00-04:00', '2026-05-31T12:00-04:00']],
    ],
    [
      'the 30th in February 2026 is the 28th',
      NY,
      monthly([30], '09:00', '12:00'),
      '2026-02-28T10:00-05:00',
      [['2026-02-28T09:00-05:00', '2026-02-28T12:00-05:00']],
    ],
    [
      '29th, 30th, 31st in February: one window, not three',
      NY,
      monthly([29, 30, 31], '09:00', '12:00'),
      '2026-02-28T10:00-05:00',
      [['2026-02-28T09:00-05:00', '2026-02-28T12:00-05:00']],
    ],
    [
      'the 30th in leap February 2028 is the 29th',
      NY,
      monthly([30], '09:00', '12:00'),
      '2028-02-29T10:00-05:00',
      [['2028-02-29T09:00-05:00', '2028-02-29T12:00-05:00']],
    ],
    ['the 30th is not the 28th in a leap year', NY, monthly([30], '09:00', '12:00'), '2028-02-28T10:00-05:00', []],
    [
      '1st and 15th',
      KOLKATA,
      monthly([1, 15], '09:00', '12:00'),
      '2026-07-15T09:00+05:30',
      [['2026-07-15T09:00+05:30', '2026-07-15T12:00+05:30']],
    ],
    [
      'leap day in a leap year',
      LONDON,
      yearly(2, 29, '00:00', '23:59'),
      '2028-02-29T12:00+00:00',
      [['2028-02-29T00:00+00:00', '2028-03-01T00:00+00:00']],
    ],
    ['leap day in 2028 is not 28 February', LONDON, yearly(2, 29, '00:00', '23:59'), '2028-02-28T12:00+00:00', []],
    [
      'leap day in 2027 falls on 28 February',
      LONDON,
      yearly(2, 29, '00:00', '23:59'),
      '2027-02-28T12:00+00:00',
      [['2027-02-28T00:00+00:00', '2027-03-01T00:00+00:00']],
    ],
    [
      'yearly 14 March',
      KOLKATA,
      yearly(3, 14, '18:00', '21:00'),
      '2026-03-14T18:00+05:30',
      [['2026-03-14T18:00+05:30', '2026-03-14T21:00+05:30']],
    ],
    // Once.
    ['a once-date in the past is never active', NY, once('2026-01-02', '00:00', '23:59'), '2026-06-01T12:00-04:00', []],
    [
      'a once-date that is not on the calendar is never active',
      NY,
      once('2026-02-30', '00:00', '23:59'),
      '2026-03-02T12:00-05:00',
      [],
    ],
    // Zones: a hard time is wall clock, so the same rule is a different instant in each zone.
    [
      'Kolkata Monday 09–17',
      KOLKATA,
      weekly([MON], '09:00', '17:00'),
      '2026-01-19T16:59+05:30',
      [['2026-01-19T09:00+05:30', '2026-01-19T17:00+05:30']],
    ],
    [
      'Lord Howe Monday 09–17 (summer, +11)',
      LORD_HOWE,
      weekly([MON], '09:00', '17:00'),
      '2026-01-19T09:00+11:00',
      [['2026-01-19T09:00+11:00', '2026-01-19T17:00+11:00']],
    ],
    [
      'Lord Howe Monday 09–17 (winter, +10:30)',
      LORD_HOWE,
      weekly([MON], '09:00', '17:00'),
      '2026-06-15T09:00+10:30',
      [['2026-06-15T09:00+10:30', '2026-06-15T17:00+10:30']],
    ],
  ])('%s', (_name, zone, t, nowIso, expected) => {
    expect(spans(activeWindows([t], at(nowIso), zone))).toEqual(expectSpans(expected));
  });

  it('gives each window its time id and label', () => {
    const windows = activeWindows([weekly([FRI], '22:00', '02:00', 'fri')], at('2026-01-16T23:00-05:00'), NY);
    expect(windows).toEqual([
      { id: 'fri', label: 'Hard time', start: at('2026-01-16T22:00-05:00'), end: at('2026-01-17T02:00-05:00') },
    ]);
    expect(windowKey(windows[0] as (typeof windows)[0])).toBe(`fri@${at('2026-01-16T22:00-05:00')}`);
  });

  it('lists overlapping windows of different times, ordered by start', () => {
    const times = [weekly([FRI], '22:00', '02:00', 'night'), monthly([16], '00:00', '23:59', 'payday')];
    expect(activeWindows(times, at('2026-01-16T23:00-05:00'), NY).map((w) => w.id)).toEqual(['payday', 'night']);
  });
});

describe('DST nights: a hard time stays on the wall clock', () => {
  it.each<[string, string, TriggerTime, Span, number]>([
    // [name, zone, time, expected window, real hours]
    [
      'NY spring forward: Sat 22:00–03:30 is an hour shorter',
      NY,
      weekly([SAT], '22:00', '03:30'),
      ['2026-03-07T22:00-05:00', '2026-03-08T03:30-04:00'],
      4.5,
    ],
    [
      'NY spring forward: a start at 02:30 starts at 03:00',
      NY,
      weekly([SUN], '02:30', '04:00'),
      ['2026-03-08T03:00-04:00', '2026-03-08T04:00-04:00'],
      1,
    ],
    [
      'NY spring forward: an end at 02:30 ends at 03:00',
      NY,
      weekly([SAT], '23:00', '02:30'),
      ['2026-03-07T23:00-05:00', '2026-03-08T03:00-04:00'],
      3,
    ],
    [
      'NY fall back: Sat 22:00–03:00 is an hour longer',
      NY,
      weekly([SAT], '22:00', '03:00'),
      ['2026-10-31T22:00-04:00', '2026-11-01T03:00-05:00'],
      6,
    ],
    [
      'NY fall back: a start at 01:30 is the first 01:30',
      NY,
      weekly([SUN], '01:30', '03:00'),
      ['2026-11-01T01:30-04:00', '2026-11-01T03:00-05:00'],
      2.5,
    ],
    [
      'NY fall back: an end at 01:30 is the last 01:30',
      NY,
      weekly([SAT], '22:00', '01:30'),
      ['2026-10-31T22:00-04:00', '2026-11-01T01:30-05:00'],
      4.5,
    ],
    [
      'London spring forward: Sat 23:00–03:00',
      LONDON,
      weekly([SAT], '23:00', '03:00'),
      ['2026-03-28T23:00+00:00', '2026-03-29T03:00+01:00'],
      3,
    ],
    [
      'London spring forward: a start at 01:15 starts at 02:00',
      LONDON,
      weekly([SUN], '01:15', '02:30'),
      ['2026-03-29T02:00+01:00', '2026-03-29T02:30+01:00'],
      0.5,
    ],
    [
      'London fall back: Sat 23:00–03:00',
      LONDON,
      weekly([SAT], '23:00', '03:00'),
      ['2026-10-24T23:00+01:00', '2026-10-25T03:00+00:00'],
      5,
    ],
    [
      'London fall back: 01:00–01:30 covers both 01:00s',
      LONDON,
      weekly([SUN], '01:00', '01:30'),
      ['2026-10-25T01:00+01:00', '2026-10-25T01:30+00:00'],
      1.5,
    ],
    [
      'Lord Howe forward 02:00→02:30: Sat 22:00–04:00 is half an hour shorter',
      LORD_HOWE,
      weekly([SAT], '22:00', '04:00'),
      ['2026-10-03T22:00+10:30', '2026-10-04T04:00+11:00'],
      5.5,
    ],
    [
      'Lord Howe forward: a start at 02:10 starts at 02:30',
      LORD_HOWE,
      weekly([SUN], '02:10', '03:00'),
      ['2026-10-04T02:30+11:00', '2026-10-04T03:00+11:00'],
      0.5,
    ],
    [
      'Lord Howe back 02:00→01:30: Sat 22:00–04:00 is half an hour longer',
      LORD_HOWE,
      weekly([SAT], '22:00', '04:00'),
      ['2026-04-04T22:00+11:00', '2026-04-05T04:00+10:30'],
      6.5,
    ],
    [
      'Lord Howe back: an end at 01:45 is the last 01:45',
      LORD_HOWE,
      weekly([SAT], '23:00', '01:45'),
      ['2026-04-04T23:00+11:00', '2026-04-05T01:45+10:30'],
      3.25,
    ],
  ])('%s', (_name, zone, t, [from, to], hours) => {
    const start = at(from);
    const end = at(to);
    expect(end - start).toBe(hours * 3_600_000);
    // On just after the start and just before the end, off at the end.
    for (const now of [start, start + 1, end - 1]) {
      expect(spans(activeWindows([t], now, zone)), new Date(now).toISOString()).toEqual([[start, end]]);
    }
    expect(activeWindows([t], end, zone)).toEqual([]);
    expect(activeWindows([t], start - 1, zone)).toEqual([]);
    expect(nextTransition([t], start - 1, zone)).toBe(start);
    expect(nextTransition([t], start, zone)).toBe(end);
  });

  it.each([
    ['NY', NY, '2026-03-08', '02:10', '02:40'],
    ['Lord Howe', LORD_HOWE, '2026-10-04', '02:05', '02:25'],
  ])('a window wholly inside the %s gap does not happen that night', (_name, zone, date, start, end) => {
    const t = once(date, start, end);
    const day = parseDate(date);
    if (!day) throw new Error(date);
    const midnight = wallClockToEpoch(day, 0, zone);
    expect(nextTransition([t], midnight, zone)).toBeUndefined();
    expect(hardTimeState([t], midnight, zone)).toEqual({ on: false });
  });

  it('the same weekly window is 5 real hours on normal nights either side', () => {
    const t = weekly([SAT], '22:00', '03:00');
    for (const iso of ['2026-10-24T23:00-04:00', '2026-11-07T23:00-05:00']) {
      const [w] = activeWindows([t], at(iso), NY);
      expect(w && w.end - w.start).toBe(5 * 3_600_000);
    }
  });
});

describe('nextTransition', () => {
  it.each<[string, string, TriggerTime[], string, string | undefined]>([
    ['the next start', NY, [weekly([FRI], '22:00', '02:00')], '2026-01-14T12:00-05:00', '2026-01-16T22:00-05:00'],
    ['the end while on', NY, [weekly([FRI], '22:00', '02:00')], '2026-01-16T23:00-05:00', '2026-01-17T02:00-05:00'],
    [
      'the end when now is the start',
      NY,
      [weekly([FRI], '22:00', '02:00')],
      '2026-01-16T22:00-05:00',
      '2026-01-17T02:00-05:00',
    ],
    [
      'next week once this one has ended',
      NY,
      [weekly([FRI], '22:00', '02:00')],
      '2026-01-17T02:00-05:00',
      '2026-01-23T22:00-05:00',
    ],
    [
      'Sun 23–01 from Sunday noon',
      LONDON,
      [weekly([SUN], '23:00', '01:00')],
      '2026-01-18T12:00+00:00',
      '2026-01-18T23:00+00:00',
    ],
    [
      'a yearly date almost a year away',
      KOLKATA,
      [yearly(3, 14, '18:00', '21:00')],
      '2026-03-14T21:00+05:30',
      '2027-03-14T18:00+05:30',
    ],
    [
      'leap day from 1 March 2026 is 28 February 2027',
      LONDON,
      [yearly(2, 29, '00:00', '23:59')],
      '2026-03-01T00:00+00:00',
      '2027-02-28T00:00+00:00',
    ],
    [
      'leap day from 1 March 2027 is 29 February 2028',
      LONDON,
      [yearly(2, 29, '00:00', '23:59')],
      '2027-03-01T00:00+00:00',
      '2028-02-29T00:00+00:00',
    ],
    [
      'the 31st from 1 April is 30 April',
      NY,
      [monthly([31], '09:00', '12:00')],
      '2026-04-01T00:00-04:00',
      '2026-04-30T09:00-04:00',
    ],
    [
      'a once-date years ahead',
      NY,
      [once('2031-05-20', '09:00', '10:00')],
      '2026-01-01T00:00-05:00',
      '2031-05-20T09:00-04:00',
    ],
    [
      'a once-date in the past: nothing',
      NY,
      [once('2025-12-31', '09:00', '10:00')],
      '2026-01-01T00:00-05:00',
      undefined,
    ],
    ['no times: nothing', NY, [], '2026-01-01T00:00-05:00', undefined],
    [
      'the earliest of an end and another start',
      NY,
      [weekly([FRI], '22:00', '02:00', 'a'), weekly([SAT], '01:00', '03:00', 'b')],
      '2026-01-16T23:00-05:00',
      '2026-01-17T01:00-05:00',
    ],
    [
      'an end inside an overlapping window',
      NY,
      [weekly([FRI], '22:00', '02:00', 'a'), weekly([SAT], '01:00', '03:00', 'b')],
      '2026-01-17T01:30-05:00',
      '2026-01-17T02:00-05:00',
    ],
  ])('%s', (_name, zone, times, nowIso, expected) => {
    expect(nextTransition(times, at(nowIso), zone)).toBe(expected === undefined ? undefined : at(expected));
  });

  it('walks many times, and finds a yearly rule a year ahead', () => {
    const times = [
      yearly(1, 1, '00:00', '23:59', 'y'),
      ...Array.from({ length: 20 }, (_, i) => monthly([31 - i], '10:00', '11:00', `m${i}`)),
      once('2027-12-31', '10:00', '11:00', 'o'),
    ];
    let now = at('2026-01-02T12:00-05:00');
    const seen: number[] = [];
    for (let i = 0; i < 100; i++) {
      const next = nextTransition(times, now, NY);
      if (next === undefined) break;
      expect(next).toBeGreaterThan(now);
      seen.push(next);
      now = next;
    }
    expect(seen).toHaveLength(100);
    expect(nextTransition([yearly(1, 1, '00:00', '23:59')], at('2026-01-02T12:00-05:00'), NY)).toBe(
      at('2027-01-01T00:00-05:00'),
    );
  });
});

describe('a yearly window inside a DST gap several years running', () => {
  // Asia/Tehran moved its clocks from 00:00 to 01:00 on 22 March in 2013, 2014 and 2015: a hard
  // time of 00:00–01:00 that day did not happen in those years (and Iran kept no DST after 2022).
  const TEHRAN = 'Asia/Tehran';
  const gap = yearly(3, 22, '00:00', '01:00');
  it.each([2013, 2014, 2015])('%i: the window lies wholly in the gap', (year) => {
    const start = wallClockToEpoch({ year, month: 3, day: 22 }, 0, TEHRAN, 'first');
    const end = wallClockToEpoch({ year, month: 3, day: 22 }, 60, TEHRAN, 'last');
    expect(end).toBe(start);
  });
  it('the next window is found years ahead (2016), so an alarm is set', () => {
    const now = at('2012-06-01T00:00+04:30');
    expect(nextTransition([gap], now, TEHRAN)).toBe(at('2016-03-22T00:00+04:30'));
    expect(hardTimeState([gap], now, TEHRAN)).toEqual({ on: false, nextStart: at('2016-03-22T00:00+04:30') });
  });
  it('a once-date inside the gap has no next window at all', () => {
    expect(
      nextTransition([once('2014-03-22', '00:00', '01:00')], at('2014-01-01T00:00+03:30'), TEHRAN),
    ).toBeUndefined();
  });
});

describe('hardTimeState', () => {
  const night = weekly([FRI], '22:00', '02:00', 'night');

  it.each<
    [string, string, TriggerTime[], string, { on: boolean; endsAt?: string; nextStart?: string; current?: string }]
  >([
    [
      'off, with the next start',
      NY,
      [night],
      '2026-01-14T12:00-05:00',
      { on: false, nextStart: '2026-01-16T22:00-05:00' },
    ],
    [
      'on until 02:00, the next one a week later',
      NY,
      [night],
      '2026-01-16T23:00-05:00',
      { on: true, endsAt: '2026-01-17T02:00-05:00', nextStart: '2026-01-23T22:00-05:00', current: 'night' },
    ],
    [
      'back-to-back all-day windows are one hard time',
      KOLKATA,
      [weekly([FRI, SAT], '00:00', '23:59', 'weekend')],
      '2026-01-16T10:00+05:30',
      { on: true, endsAt: '2026-01-18T00:00+05:30', nextStart: '2026-01-23T00:00+05:30', current: 'weekend' },
    ],
    [
      'overlapping windows: on until the later end; current is the latest to begin',
      NY,
      [night, weekly([SAT], '01:00', '03:00', 'late')],
      '2026-01-17T01:30-05:00',
      { on: true, endsAt: '2026-01-17T03:00-05:00', nextStart: '2026-01-23T22:00-05:00', current: 'late' },
    ],
    [
      'a window starting inside the current one extends it',
      NY,
      [night, weekly([SAT], '01:00', '03:00', 'late')],
      '2026-01-16T23:00-05:00',
      { on: true, endsAt: '2026-01-17T03:00-05:00', nextStart: '2026-01-23T22:00-05:00', current: 'night' },
    ],
    [
      'every day, all day: on with no end in sight',
      LONDON,
      [weekly([0, 1, 2, 3, 4, 5, 6], '00:00', '23:59', 'always')],
      '2026-01-16T10:00+00:00',
      { on: true, current: 'always' },
    ],
    [
      'a last once-time: on with no next one',
      NY,
      [once('2026-06-12', '23:00', '03:00', 'o')],
      '2026-06-13T01:00-04:00',
      { on: true, endsAt: '2026-06-13T03:00-04:00', current: 'o' },
    ],
    ['nothing at all', NY, [], '2026-06-13T01:00-04:00', { on: false }],
  ])('%s', (_name, zone, times, nowIso, expected) => {
    const state = hardTimeState(times, at(nowIso), zone);
    expect({ ...state, current: state.current?.id }).toEqual({
      on: expected.on,
      endsAt: expected.endsAt && at(expected.endsAt),
      nextStart: expected.nextStart && at(expected.nextStart),
      current: expected.current,
    });
  });

  it('agrees with activeWindows on whether a hard time is on', () => {
    const times = [night, monthly([1, 15], '09:00', '12:00', 'm'), yearly(2, 29, '20:00', '01:00', 'y')];
    for (let now = at('2026-01-01T00:00-05:00'); now < at('2026-03-01T00:00-05:00'); now += 37 * 60_000) {
      const state = hardTimeState(times, now, NY);
      const active = activeWindows(times, now, NY);
      expect(state.on).toBe(active.length > 0);
      if (state.on) expect(state.endsAt).toBeGreaterThan(now);
      else expect(state.nextStart).toBe(nextTransition(times, now, NY));
    }
  });
});

describe('checkTime', () => {
  // The refusal, in the words a person reads.
  const check = (rule: TriggerTimeRule) => {
    const problem = checkTime(time(rule));
    return problem && problemWords(problem);
  };
  it.each<[TriggerTimeRule, string | undefined]>([
    [{ kind: 'once', date: '2026-03-13', start: 0, end: 60 }, undefined],
    [{ kind: 'once', date: '2028-02-29', start: 0, end: 60 }, undefined],
    [
      { kind: 'once', date: '2026-02-30', start: 0, end: 60 },
      'That date is not on the calendar: February 2026 has 28 days.',
    ],
    [
      { kind: 'once', date: '2027-02-29', start: 0, end: 60 },
      'That date is not on the calendar: February 2027 has 28 days.',
    ],
    [
      { kind: 'once', date: '2026-04-31', start: 0, end: 60 },
      'That date is not on the calendar: April 2026 has 30 days.',
    ],
    [{ kind: 'once', date: '2026-13-01', start: 0, end: 60 }, 'Choose a date.'],
    [{ kind: 'once', date: '13/03/2026', start: 0, end: 60 }, 'Choose a date.'],
    [{ kind: 'yearly', month: 2, day: 29, start: 0, end: 1439 }, undefined],
    [{ kind: 'yearly', month: 4, day: 31, start: 0, end: 60 }, 'April has 30 days. Choose a day from 1 to 30.'],
    [{ kind: 'yearly', month: 2, day: 30, start: 0, end: 60 }, 'February has 29 days. Choose a day from 1 to 29.'],
    [{ kind: 'yearly', month: 13, day: 1, start: 0, end: 60 }, 'Choose a day of the year.'],
    [{ kind: 'monthly', daysOfMonth: [31], start: 0, end: 60 }, undefined],
    [
      { kind: 'monthly', daysOfMonth: [32], start: 0, end: 60 },
      'Type days of the month from 1 to 31, for example 1, 15.',
    ],
    [{ kind: 'weekly', days: [7], start: 0, end: 60 }, 'Choose at least one day of the week.'],
    [{ kind: 'weekly', days: [5], start: 60, end: 60 }, 'The start and the end must differ.'],
  ])('%j', (rule, expected) => {
    expect(check(rule)).toBe(expected);
  });
});

describe('hardTimesAt: one pass gives what the separate questions give', () => {
  const minute = fc.integer({ min: 0, max: 1439 });
  const rule: fc.Arbitrary<TriggerTimeRule> = fc.oneof(
    fc.record({
      kind: fc.constant('weekly' as const),
      days: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 7 }),
      start: minute,
      end: minute,
    }),
    fc.record({
      kind: fc.constant('monthly' as const),
      daysOfMonth: fc.uniqueArray(fc.integer({ min: 1, max: 31 }), { minLength: 1, maxLength: 4 }),
      start: minute,
      end: minute,
    }),
    fc.record({
      kind: fc.constant('yearly' as const),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
      start: minute,
      end: minute,
    }),
    fc.record({
      kind: fc.constant('once' as const),
      date: fc.constantFrom('2026-03-08', '2026-11-01', '2026-06-15'),
      start: minute,
      end: minute,
    }),
  );
  it('the windows on, the next transition and the state, across DST in several zones', () => {
    fc.assert(
      fc.property(
        fc.array(rule, { maxLength: 4 }),
        fc.integer({ min: Date.UTC(2026, 2, 1), max: Date.UTC(2026, 11, 1) }),
        fc.constantFrom(NY, LONDON, LORD_HOWE, KOLKATA),
        (rules, now, zone) => {
          const times = rules.map((r, i) => time(r, `t${i}`));
          const one = hardTimesAt(times, now, zone);
          expect(one.active).toEqual(activeWindows(times, now, zone));
          expect(one.next).toBe(nextTransition(times, now, zone));
          expect(one.state.on).toBe(one.active.length > 0);
        },
      ),
      { numRuns: 200 },
    );
  });
});
