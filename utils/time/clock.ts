import { DAY_MS, HOUR_MS, MINUTE_MS, weekdayOf } from './calendar';
import { zoneOffset } from './zone';

/**
 * The wall clock in one zone, fast enough to read for every record of a long history.
 *
 * `localParts` asks `Intl` for every instant (`formatToParts`, about 8 µs in Node 20, 12 µs on
 * a busy machine); insights read the clock for up to a hundred thousand urges. Here the zone's
 * offset is asked once per day of history instead (at UTC midnights, with the cheaper
 * `format` of a `longOffset` time-zone name), and the wall clock is found by arithmetic. Where
 * two midnights differ, an offset change lies between them: that day is probed hour by hour,
 * and an instant in the hour of the change is asked of `Intl` itself. The result is the same as
 * `localParts` for every instant, provided no zone changes its offset and back again within a
 * day (none does; tests/unit/insights-clock.test.ts compares the two across DST changes in many
 * zones). tests/bench/insights.bench.ts measures both ways over 100,000 urges.
 */

/** Where an instant falls on the person's wall clock. */
export interface LocalTime {
  /** The local date as a day number (days since 1970-01-01). */
  day: number;
  /** Minutes after local midnight, 0..1439. */
  minutes: number;
  /** 0 = Sunday .. 6 = Saturday, as in weekly hard times. */
  weekday: number;
}

/** Reads the wall clock of one zone; made by `createLocalClock`. */
export interface LocalClock {
  readonly zone: string;
  /** The wall clock at an instant (epoch ms). */
  at(epoch: number): LocalTime;
  /** The local day (day number) at an instant. */
  day(epoch: number): number;
}

/** "GMT", "GMT+05:30", "GMT-04:56:02": a `longOffset` time-zone name, at the end of the formatted date. */
const LONG_OFFSET = /GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** The zone's offset at an instant in ms, read from its `longOffset` name; `zoneOffset`'s reading when that fails. */
function offsetReader(zone: string): (epoch: number) => number {
  const format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
  return (epoch) => {
    const match = LONG_OFFSET.exec(format.format(epoch));
    if (!match) return zoneOffset(epoch, zone);
    if (!match[1]) return 0;
    const ms = (Number(match[2]) * 3600 + Number(match[3]) * 60 + Number(match[4] ?? 0)) * 1000;
    return match[1] === '-' ? -ms : ms;
  };
}

/** A clock for `zone` (throws RangeError for a zone the runtime does not know). */
export function createLocalClock(zone: string): LocalClock {
  const read = offsetReader(zone);
  // The offset at each UTC midnight read (by day index), and for each day index the offset
  // through that whole UTC day, or NaN when it changes within it. Small integer keys: fast maps.
  const midnights = new Map<number, number>();
  const days = new Map<number, number>();
  const hours = new Map<number, number>();
  const cached = (cache: Map<number, number>, index: number, unit: number) => {
    let offset = cache.get(index);
    if (offset === undefined) {
      offset = read(index * unit);
      cache.set(index, offset);
    }
    return offset;
  };
  const offsetAt = (epoch: number): number => {
    const index = Math.floor(epoch / DAY_MS);
    let offset = days.get(index);
    if (offset === undefined) {
      const start = cached(midnights, index, DAY_MS);
      offset = start === cached(midnights, index + 1, DAY_MS) ? start : Number.NaN;
      days.set(index, offset);
    }
    if (!Number.isNaN(offset)) return offset;
    const hour = Math.floor(epoch / HOUR_MS);
    const start = cached(hours, hour, HOUR_MS);
    return start === cached(hours, hour + 1, HOUR_MS) ? start : zoneOffset(epoch, zone);
  };
  const day = (epoch: number) => Math.floor((epoch + offsetAt(epoch)) / DAY_MS);
  return {
    zone,
    day,
    at(epoch) {
      const wall = epoch + offsetAt(epoch);
      const local = Math.floor(wall / DAY_MS);
      return { day: local, minutes: Math.floor((wall - local * DAY_MS) / MINUTE_MS), weekday: weekdayOf(local) };
    },
  };
}
