import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { dayFromKey, dayKey, mondayOf, weekdayOf } from '@/utils/time/calendar';
import { createLocalClock } from '@/utils/time/clock';
import { localParts } from '@/utils/time/zone';

const MINUTE = 60_000;
const HOUR = 3_600_000;

/** The same reading from `localParts` (one Intl call an instant), the reference. */
function reference(epoch: number, zone: string) {
  const parts = localParts(epoch, zone);
  const key = `${String(parts.year).padStart(4, '0')}-${String(parts.month).padStart(2, '0')}-${String(parts.day).padStart(2, '0')}`;
  return { key, minutes: parts.minutes, weekday: new Date(`${key}T00:00Z`).getUTCDay() };
}

/** The zone's offset at an instant (whole minutes), from the reference reading. */
function offset(epoch: number, zone: string) {
  const { key, minutes } = reference(epoch, zone);
  return Date.parse(`${key}T00:00Z`) + minutes * MINUTE - Math.floor(epoch / MINUTE) * MINUTE;
}

function reading(clock: ReturnType<typeof createLocalClock>, epoch: number) {
  const local = clock.at(epoch);
  expect(clock.day(epoch)).toBe(local.day);
  return { key: dayKey(local.day), minutes: local.minutes, weekday: local.weekday };
}

describe('the local clock reads the wall clock as localParts does', () => {
  // Instants written with their offsets; each is a DST change or just beside one.
  it.each([
    ['America/New_York', '2026-03-08T01:59:59-05:00', '2026-03-08', 119],
    ['America/New_York', '2026-03-08T03:00-04:00', '2026-03-08', 180],
    ['America/New_York', '2026-11-01T01:30-04:00', '2026-11-01', 90],
    ['America/New_York', '2026-11-01T01:30-05:00', '2026-11-01', 90],
    ['Europe/London', '2026-03-29T00:59-00:00', '2026-03-29', 59],
    ['Europe/London', '2026-03-29T02:00+01:00', '2026-03-29', 120],
    ['Europe/London', '2026-10-25T01:30+01:00', '2026-10-25', 90],
    ['Europe/London', '2026-10-25T01:30+00:00', '2026-10-25', 90],
    ['Australia/Lord_Howe', '2026-04-05T01:45+11:00', '2026-04-05', 105],
    ['Australia/Lord_Howe', '2026-04-05T01:45+10:30', '2026-04-05', 105],
    ['Australia/Lord_Howe', '2026-10-04T01:59+10:30', '2026-10-04', 119],
    ['Australia/Lord_Howe', '2026-10-04T02:30+11:00', '2026-10-04', 150],
    ['Asia/Kolkata', '2026-01-04T23:59+05:30', '2026-01-04', 1439],
    ['Asia/Kolkata', '2026-01-05T00:15+05:30', '2026-01-05', 15],
  ])('%s at %s is %s, minute %i', (zone, iso, key, minutes) => {
    const epoch = Date.parse(iso);
    expect(reading(createLocalClock(zone), epoch)).toEqual({ ...reference(epoch, zone), key, minutes });
  });

  it.each([
    ['America/New_York', 6],
    ['Europe/London', 6],
    ['Australia/Lord_Howe', 6],
    ['Asia/Kolkata', 0],
    ['Asia/Kathmandu', 0],
    ['Pacific/Chatham', 6],
    ['America/St_Johns', 6],
  ])(
    '%s: every 7 minutes for a day either side of each of its %i offset changes in 2025–2027',
    { timeout: 30_000 },
    (zone, changes) => {
      const clock = createLocalClock(zone);
      let found = 0;
      for (let day = Date.UTC(2025, 0, 1); day < Date.UTC(2028, 0, 1); day += 24 * HOUR) {
        if (offset(day, zone) === offset(day + 24 * HOUR, zone)) continue;
        // The offset changed on this day: read it, and the days either side, every 7 minutes.
        found++;
        for (let u = day - 24 * HOUR; u < day + 48 * HOUR; u += 7 * MINUTE) {
          expect(reading(clock, u)).toEqual(reference(u, zone));
        }
      }
      expect(found).toBe(changes);
    },
  );

  property.prop(
    [
      fc.constantFrom(
        'America/New_York',
        'Europe/London',
        'Australia/Lord_Howe',
        'Asia/Kolkata',
        'Pacific/Apia',
        'Africa/Casablanca',
        'Antarctica/Troll',
        'Asia/Tehran',
        'America/Santiago',
        'Europe/Dublin',
      ),
      fc.array(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }), { minLength: 1, maxLength: 50 }),
    ],
    { numRuns: 200 },
  )('any instants in any order, from one clock', (zone, instants) => {
    const clock = createLocalClock(zone);
    for (const epoch of instants) expect(reading(clock, epoch)).toEqual(reference(epoch, zone));
  });
});

describe('days and weeks', () => {
  it.each([
    ['2026-03-02', 1, '2026-03-02'],
    ['2026-03-08', 0, '2026-03-02'],
    ['2026-03-09', 1, '2026-03-09'],
    ['2026-01-01', 4, '2025-12-29'],
    ['1970-01-01', 4, '1969-12-29'],
  ])('%s is weekday %i, in the week of Monday %s', (key, weekday, monday) => {
    const day = dayFromKey(key) as number;
    expect(dayKey(day)).toBe(key);
    expect(weekdayOf(day)).toBe(weekday);
    expect(dayKey(mondayOf(day))).toBe(monday);
  });

  it.each(['2026-02-30', '2026-13-01', '26-01-01', ''])('%s is not a day', (key) => {
    expect(dayFromKey(key)).toBeUndefined();
  });
});
