import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { countDays } from '@/utils/recovery/days';

const NY = 'America/New_York';
const at = (iso: string) => Date.parse(iso);

describe('the days counter', () => {
  it.each([
    [
      'the first day: nothing completed yet',
      '2026-03-01T09:00-05:00',
      [],
      '2026-03-01T22:00-05:00',
      { counter: 0, total: 0, longest: 0 },
    ],
    [
      'a week later',
      '2026-03-01T09:00-05:00',
      [],
      '2026-03-08T08:00-04:00',
      { counter: 7, total: 7, longest: 7, milestone: { days: 7 } },
    ],
    // 8 March 2026 is the US spring-forward day: it is still one day.
    [
      'across the spring-forward night',
      '2026-03-07T23:30-05:00',
      [],
      '2026-03-09T00:30-04:00',
      { counter: 2, total: 2, longest: 2 },
    ],
    [
      'across the fall-back night',
      '2026-10-31T23:30-04:00',
      [],
      '2026-11-02T00:30-05:00',
      { counter: 2, total: 2, longest: 2 },
    ],
    [
      'a lapse on day 10 of 30, counter not restarted',
      '2026-01-01T08:00-05:00',
      ['2026-01-11T21:00-05:00'],
      '2026-01-31T08:00-05:00',
      // 1–10 January, then 12–30 January.
      { counter: 30, total: 29, longest: 19, milestone: { days: 30 } },
    ],
    [
      'two lapses the same day count as one day',
      '2026-01-01T08:00-05:00',
      ['2026-01-11T01:00-05:00', '2026-01-11T23:00-05:00'],
      '2026-01-21T08:00-05:00',
      { counter: 20, total: 19, longest: 10 },
    ],
    [
      'a lapse before recovery began is not counted',
      '2026-01-10T08:00-05:00',
      ['2026-01-05T08:00-05:00'],
      '2026-01-20T08:00-05:00',
      { counter: 10, total: 10, longest: 10 },
    ],
  ] as const)('%s', (_name, start, lapses, now, expected) => {
    expect(countDays({ recoveryStart: at(start), counterStart: at(start) }, lapses.map(at), at(now), NY)).toEqual(
      expected,
    );
  });

  it('counts the person’s own days: the same instants are another count in another zone', () => {
    // In London both fall on 2 May; in Kolkata the second is already 3 May.
    const start = at('2026-05-01T23:00Z');
    const now = at('2026-05-02T20:00Z');
    expect(countDays({ counterStart: start }, [], now, 'Europe/London').counter).toBe(0);
    expect(countDays({ counterStart: start }, [], now, 'Asia/Kolkata').counter).toBe(1);
  });

  it('a restarted counter counts from the restart; the total and the longest stretch do not move', () => {
    const start = at('2026-01-01T08:00-05:00');
    const lapse = at('2026-01-21T08:00-05:00');
    const now = at('2026-01-31T08:00-05:00');
    expect(countDays({ recoveryStart: start, counterStart: lapse }, [lapse], now, NY)).toEqual({
      counter: 10,
      total: 29,
      longest: 20,
    });
  });

  it('shows nothing the person did not ask to count', () => {
    expect(countDays({}, [], Date.now(), NY)).toEqual({});
  });
});

const DAY = 86_400_000;
const ZONES = ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC'];

describe('a lapse never erases progress', () => {
  property.prop(
    [
      fc.integer({ min: 0, max: 400 }),
      fc.array(fc.integer({ min: 0, max: 400 * DAY }), { maxLength: 30 }),
      fc.integer({ min: 0, max: DAY - 1 }),
      fc.constantFrom(...ZONES),
    ],
    { numRuns: 2000 },
  )('a lapse recorded now never lowers the total or the longest stretch', (days, offsets, into, zone) => {
    const start = Date.UTC(2025, 0, 1, 12);
    const now = start + days * DAY + into;
    const lapses = offsets.map((o) => start + o).filter((t) => t <= now);
    const before = countDays({ recoveryStart: start, counterStart: start }, lapses, now, zone);
    const after = countDays({ recoveryStart: start, counterStart: start }, [...lapses, now], now, zone);
    expect(after.total).toBe(before.total);
    expect(after.longest).toBe(before.longest);
    expect(after.counter).toBe(before.counter);
  });

  /**
   * Only a guard against a hang, not a measure: 300 histories × 240 half-days take about 4.3 s on
   * a quiet 2-core machine, and went past Vitest's default 5 s once the other core was busy (CI).
   */
  const HANG_GUARD_MS = 60_000;
  property.prop([fc.array(fc.integer({ min: 0, max: 200 * DAY }), { maxLength: 20 }), fc.constantFrom(...ZONES)], {
    numRuns: 300,
  })(
    'over time the total and the longest stretch only grow',
    (offsets, zone) => {
      const start = Date.UTC(2025, 0, 1, 12);
      const lapses = offsets.map((o) => start + o);
      let last = { total: 0, longest: 0 };
      for (let t = start; t <= start + 120 * DAY; t += DAY / 2) {
        const days = countDays(
          { recoveryStart: start },
          lapses.filter((l) => l <= t),
          t,
          zone,
        );
        expect(days.total).toBeGreaterThanOrEqual(last.total);
        expect(days.longest).toBeGreaterThanOrEqual(last.longest);
        last = { total: days.total ?? 0, longest: days.longest ?? 0 };
      }
    },
    HANG_GUARD_MS,
  );
});
