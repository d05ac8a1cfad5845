import { type CivilDate, DAY_MS, dateOfDay, dayOfDate, MINUTE_MS, SECOND_MS } from './calendar';
import { localDayNumber, zoneOffset } from './zone';

/** From a zone's wall clock to the instant it shows a time (zone.ts goes the other way). */

/**
 * What a wall-clock time that happens twice (a DST overlap) resolves to: its first occurrence
 * or its last. A time in a gap always resolves to the first instant after the gap.
 */
export type Occurrence = 'first' | 'last';

/**
 * The instant a wall-clock time on a date happens in a zone. `minutes` may be 1440 (the
 * next midnight). A time in a DST gap gives the first instant after the gap; a time that
 * happens twice gives its first occurrence, or its last with `occurrence: 'last'`.
 */
export function wallClockToEpoch(
  date: CivilDate,
  minutes: number,
  zone: string,
  occurrence: Occurrence = 'first',
): number {
  const naive = dayOfDate(date) * DAY_MS + minutes * MINUTE_MS;
  // At most one offset change within a day either side: try the offset before and after.
  const offsets = new Set([zoneOffset(naive - DAY_MS, zone), zoneOffset(naive + DAY_MS, zone)]);
  const candidates = [...offsets].map((offset) => naive - offset);
  const valid = candidates.filter((t) => zoneOffset(t, zone) === naive - t);
  if (valid.length > 0) return occurrence === 'first' ? Math.min(...valid) : Math.max(...valid);
  // In a gap: find the transition, the first instant whose offset differs, to the second.
  let lo = Math.min(...candidates);
  let hi = Math.max(...candidates);
  const before = zoneOffset(lo, zone);
  while (hi - lo > SECOND_MS) {
    const mid = lo + Math.floor((hi - lo) / (2 * SECOND_MS)) * SECOND_MS;
    if (zoneOffset(mid, zone) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** The first instant of a local day (a day number) in a zone: its midnight, or the end of a gap that swallowed it. */
export function dayStart(day: number, zone: string): number {
  return wallClockToEpoch(dateOfDay(day), 0, zone);
}

/**
 * The next instant after `now` at which the wall clock in `zone` shows `minutes` (0..1439): later
 * today, or else tomorrow. A time in a DST gap gives the first instant after the gap; a time that
 * happens twice, its first occurrence.
 */
export function nextWallClock(minutes: number, now: number, zone: string): number {
  const today = localDayNumber(now, zone);
  const at = wallClockToEpoch(dateOfDay(today), minutes, zone);
  return at > now ? at : wallClockToEpoch(dateOfDay(today + 1), minutes, zone);
}
