import { describe, expect, it } from 'vitest';
import { dayBounds, inRange, type Period, periodRange, shiftDay } from '@/utils/history/period';

const at = (iso: string) => Date.parse(iso);
const iso = (epoch: number | undefined) => (epoch === undefined ? undefined : new Date(epoch).toISOString());

describe('periodRange: the last days, today included, on the wall clock of the person’s zone', () => {
  it.each<[string, Period['choice'], string, string, string, string, string, string]>([
    // name, choice, now, zone, from, to, fromDay, toDay
    [
      'last 7 days in UTC',
      'last-7',
      '2026-06-15T12:00:00Z',
      'UTC',
      '2026-06-09T00:00:00.000Z',
      '2026-06-16T00:00:00.000Z',
      '2026-06-09',
      '2026-06-16',
    ],
    [
      'just after local midnight, today is the new day',
      'last-7',
      '2026-06-15T04:00:00Z',
      'America/New_York',
      '2026-06-09T04:00:00.000Z',
      '2026-06-16T04:00:00.000Z',
      '2026-06-09',
      '2026-06-16',
    ],
    [
      'just before local midnight, today is still the old day',
      'last-7',
      '2026-06-15T03:59:59Z',
      'America/New_York',
      '2026-06-08T04:00:00.000Z',
      '2026-06-15T04:00:00.000Z',
      '2026-06-08',
      '2026-06-15',
    ],
    [
      'across spring forward in New York (8 March): six days of 24 h and one of 23 h',
      'last-7',
      '2026-03-10T17:00:00Z',
      'America/New_York',
      '2026-03-04T05:00:00.000Z',
      '2026-03-11T04:00:00.000Z',
      '2026-03-04',
      '2026-03-11',
    ],
    [
      'across fall back in New York (1 November): one day of 25 h',
      'last-7',
      '2026-11-03T17:00:00Z',
      'America/New_York',
      '2026-10-28T04:00:00.000Z',
      '2026-11-04T05:00:00.000Z',
      '2026-10-28',
      '2026-11-04',
    ],
    [
      'starting on the day Santiago skips its midnight (6 September): the day starts at 01:00',
      'last-7',
      '2026-09-12T15:00:00Z',
      'America/Santiago',
      '2026-09-06T04:00:00.000Z',
      '2026-09-13T03:00:00.000Z',
      '2026-09-06',
      '2026-09-13',
    ],
    [
      'last 30 days across Europe’s spring forward (29 March)',
      'last-30',
      '2026-04-10T10:00:00Z',
      'Europe/Berlin',
      '2026-03-11T23:00:00.000Z',
      '2026-04-10T22:00:00.000Z',
      '2026-03-12',
      '2026-04-11',
    ],
    [
      'last 90 days, half-hour zone',
      'last-90',
      '2026-06-15T12:00:00Z',
      'Asia/Kolkata',
      '2026-03-17T18:30:00.000Z',
      '2026-06-15T18:30:00.000Z',
      '2026-03-18',
      '2026-06-16',
    ],
  ])('%s', (_name, choice, now, zone, from, to, fromDay, toDay) => {
    const result = periodRange({ choice }, at(now), zone);
    if (!result.ok) throw new Error('refused');
    expect({ ...result.range, from: iso(result.range.from), to: iso(result.range.to) }).toEqual({
      from,
      to,
      fromDay,
      toDay,
    });
  });

  it('all: no bounds', () => {
    expect(periodRange({ choice: 'all', from: '2026-01-01' }, at('2026-06-15T12:00:00Z'), 'UTC')).toEqual({
      ok: true,
      range: {},
    });
  });
});

describe('periodRange: dates the person chose, both days included', () => {
  const NY = 'America/New_York';
  it.each<[string, Period, string | undefined, string | undefined, string | undefined, string | undefined]>([
    [
      'one day, the spring-forward day (23 h)',
      { choice: 'dates', from: '2026-03-08', to: '2026-03-08' },
      '2026-03-08T05:00:00.000Z',
      '2026-03-09T04:00:00.000Z',
      '2026-03-08',
      '2026-03-09',
    ],
    [
      'one day, the fall-back day (25 h)',
      { choice: 'dates', from: '2026-11-01', to: '2026-11-01' },
      '2026-11-01T04:00:00.000Z',
      '2026-11-02T05:00:00.000Z',
      '2026-11-01',
      '2026-11-02',
    ],
    [
      'only a start: open after it',
      { choice: 'dates', from: '2026-03-01' },
      '2026-03-01T05:00:00.000Z',
      undefined,
      '2026-03-01',
      undefined,
    ],
    [
      'only an end: open before it',
      { choice: 'dates', to: '2026-02-28' },
      undefined,
      '2026-03-01T05:00:00.000Z',
      undefined,
      '2026-03-01',
    ],
    ['neither: all of it', { choice: 'dates', from: '', to: '' }, undefined, undefined, undefined, undefined],
    [
      'a leap day, to the end of the year',
      { choice: 'dates', from: '2028-02-29', to: '2028-12-31' },
      '2028-02-29T05:00:00.000Z',
      '2029-01-01T05:00:00.000Z',
      '2028-02-29',
      '2029-01-01',
    ],
  ])('%s', (_name, period, from, to, fromDay, toDay) => {
    const result = periodRange(period, 0, NY);
    if (!result.ok) throw new Error('refused');
    expect(iso(result.range.from)).toBe(from);
    expect(iso(result.range.to)).toBe(to);
    expect(result.range.fromDay).toBe(fromDay);
    expect(result.range.toDay).toBe(toDay);
  });

  it.each<[string, Period, string, 'from' | 'to']>([
    ['a start not on the calendar', { choice: 'dates', from: '2026-02-30', to: '2026-03-02' }, 'history-date', 'from'],
    ['an end not on the calendar', { choice: 'dates', from: '2026-02-01', to: '2026-13-01' }, 'history-date', 'to'],
    ['an end that is not a date at all', { choice: 'dates', to: 'tomorrow' }, 'history-date', 'to'],
    ['an end before the start', { choice: 'dates', from: '2026-03-09', to: '2026-03-08' }, 'history-dates-order', 'to'],
  ])('refuses %s, and says which field', (_name, period, code, field) => {
    expect(periodRange(period, 0, NY)).toEqual({ ok: false, problem: { code }, field });
  });
});

describe('dayBounds: a local day is every instant its wall clock shows, however long', () => {
  it.each<[string, string, string, string, string, number]>([
    ['an ordinary day', '2026-06-15', 'America/New_York', '2026-06-15T04:00:00.000Z', '2026-06-16T04:00:00.000Z', 24],
    [
      'spring forward at 02:00',
      '2026-03-08',
      'America/New_York',
      '2026-03-08T05:00:00.000Z',
      '2026-03-09T04:00:00.000Z',
      23,
    ],
    [
      'fall back at 02:00',
      '2026-11-01',
      'America/New_York',
      '2026-11-01T04:00:00.000Z',
      '2026-11-02T05:00:00.000Z',
      25,
    ],
    [
      'midnight skipped (Santiago): the day starts at 01:00',
      '2026-09-06',
      'America/Santiago',
      '2026-09-06T04:00:00.000Z',
      '2026-09-07T03:00:00.000Z',
      23,
    ],
    [
      'the day before a skipped midnight ends where the next begins',
      '2026-09-05',
      'America/Santiago',
      '2026-09-05T04:00:00.000Z',
      '2026-09-06T04:00:00.000Z',
      24,
    ],
    [
      'midnight back to 23:00 (Santiago): the day before has 25 h',
      '2026-04-04',
      'America/Santiago',
      '2026-04-04T03:00:00.000Z',
      '2026-04-05T04:00:00.000Z',
      25,
    ],
    [
      'a half-hour change (Lord Howe)',
      '2026-10-04',
      'Australia/Lord_Howe',
      '2026-10-03T13:30:00.000Z',
      '2026-10-04T13:00:00.000Z',
      23.5,
    ],
    [
      'a day the zone skipped (Samoa, 30 December 2011) is empty',
      '2011-12-30',
      'Pacific/Apia',
      '2011-12-30T10:00:00.000Z',
      '2011-12-30T10:00:00.000Z',
      0,
    ],
  ])('%s', (_name, key, zone, start, end, hours) => {
    const bounds = dayBounds(key, zone);
    expect(bounds?.map(iso)).toEqual([start, end]);
    expect(((bounds?.[1] ?? 0) - (bounds?.[0] ?? 0)) / 3_600_000).toBe(hours);
  });

  it('is undefined for a day not on the calendar', () => expect(dayBounds('2026-02-29', 'UTC')).toBeUndefined());
});

describe('inRange: [from, to)', () => {
  const range = { from: 100, to: 200 };
  it.each([
    [99, false],
    [100, true],
    [199, true],
    [200, false],
  ])('%d → %s', (instant, inside) => expect(inRange(range, instant)).toBe(inside));
  it('open bounds take everything', () => expect(inRange({}, -1)).toBe(true));
  it('an instant one millisecond before New York’s spring-forward day is not in it', () => {
    const result = periodRange({ choice: 'dates', from: '2026-03-08', to: '2026-03-08' }, 0, 'America/New_York');
    if (!result.ok) throw new Error('refused');
    expect(inRange(result.range, at('2026-03-08T04:59:59.999Z'))).toBe(false);
    expect(inRange(result.range, at('2026-03-08T05:00:00.000Z'))).toBe(true);
    expect(inRange(result.range, at('2026-03-09T03:59:59.999Z'))).toBe(true);
    expect(inRange(result.range, at('2026-03-09T04:00:00.000Z'))).toBe(false);
  });
});

describe('shiftDay', () => {
  it.each([
    ['2026-03-01', -1, '2026-02-28'],
    ['2028-03-01', -1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-02-30', 1, undefined],
  ])('%s %+d → %s', (key, n, shifted) => expect(shiftDay(key, n)).toBe(shifted));
});
