import { type CivilDate, DAY_MS, dateOfDay, dayOfDate, MINUTE_MS, SECOND_MS } from './calendar';

/**
 * The zone: the one place that reads the person's time zone from the environment, and the
 * mapping between instants (epoch ms) and the wall clock of a zone. Everything else receives
 * the zone as an input (tests/unit/house.test.ts fails a file outside utils/time that reads it).
 */

/** The person's current time zone (IANA), as the browser reports it where this runs. */
export function systemZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Throws RangeError for a zone the runtime does not know. */
function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The wall clock at an instant in a zone, to the second, as if it were UTC. */
function wallAsUtc(epoch: number, zone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatter(zone).formatToParts(epoch)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const d = new Date(0);
  d.setUTCFullYear(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1);
  d.setUTCHours(parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
  return d.getTime();
}

/** The zone's offset from UTC at an instant, in ms (New York in winter: -5 h). */
export function zoneOffset(epoch: number, zone: string): number {
  return wallAsUtc(epoch, zone) - (epoch - (((epoch % SECOND_MS) + SECOND_MS) % SECOND_MS));
}

/** The date and the minutes after midnight that the wall clock shows at an instant. */
export function localParts(epoch: number, zone: string): CivilDate & { minutes: number } {
  const d = new Date(wallAsUtc(epoch, zone));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    minutes: d.getUTCHours() * 60 + d.getUTCMinutes(),
  };
}

/** The local day at an instant in a zone, as a day number (days since 1970-01-01), for counting days. */
export function localDayNumber(epoch: number, zone: string): number {
  return dayOfDate(localParts(epoch, zone));
}

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
