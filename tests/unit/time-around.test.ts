import { describe, expect, it } from 'vitest';
import { activeWindows } from '@/utils/triggers/schedule';
import { timeAroundNow } from '@/utils/triggers/time-around';

const NY = 'America/New_York';
const TOKYO = 'Asia/Tokyo';
const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

describe('timeAroundNow: the hard time a lapse offers', () => {
  it.each([
    // [what, instant with its offset, zone, weekday (0 = Sunday), start, end]
    ['a Friday afternoon', '2026-01-16T15:20-05:00', NY, 5, '14:00', '17:00'],
    [
      'just after midnight: the hour before is the day before’s, the weekday today’s',
      '2026-01-17T00:10-05:00',
      NY,
      6,
      '23:00',
      '02:00',
    ],
    ['late at night: the window crosses midnight', '2026-01-16T23:30-05:00', NY, 5, '22:00', '01:00'],
    ['the weekday of the zone, not of UTC', '2026-01-16T20:00-05:00', TOKYO, 6, '09:00', '12:00'],
    ['on the spring-forward night, on the wall clock', '2026-03-08T03:30-04:00', NY, 0, '02:00', '05:00'],
    ['on the fall-back night, the second 01:30', '2026-11-01T01:30-05:00', NY, 0, '00:00', '03:00'],
  ])('%s', (_what, iso, zone, weekday, start, end) => {
    const rule = timeAroundNow(Date.parse(iso), zone);
    expect(rule.kind).toBe('weekly');
    if (rule.kind !== 'weekly') return;
    expect({ days: rule.days, start: hhmm(rule.start), end: hhmm(rule.end) }).toEqual({ days: [weekday], start, end });
  });

  it.each([
    ['2026-01-16T15:20-05:00', NY],
    ['2026-01-16T23:59-05:00', NY],
    ['2026-07-04T12:00+09:00', TOKYO],
  ])('is on at the moment it was offered (%s, %s)', (iso, zone) => {
    const now = Date.parse(iso);
    const time = { id: 't', label: 'x', rule: timeAroundNow(now, zone), createdAt: 0, updatedAt: 0 };
    expect(activeWindows([time], now, zone)).toHaveLength(1);
  });
});
