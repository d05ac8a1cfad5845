import type { Urge } from '@/utils/db/schema';
import { createLocalClock, type LocalClock, type LocalTime } from '@/utils/time/clock';
import { type Basis, createSpan } from './basis';

/**
 * Enough for a heatmap: at least 10 urges over at least 14 days. With fewer urges most of the
 * 168 cells hold 0 or 1 and one evening looks like a pattern; two weeks show every weekday at
 * least twice.
 */
export const HEATMAP_MIN_URGES = 10;
export const HEATMAP_MIN_DAYS = 14;

/** Urges by day of week and hour of day, on the person's wall clock. */
export interface UrgeHeatmap {
  /** counts[weekday][hour]: weekday 0 = Sunday .. 6 = Saturday, hour 0..23. */
  counts: number[][];
  /** The largest count in a cell (0 with no urges), for scaling the shades. */
  max: number;
  basis: Basis;
}

/** Counts urges into the heatmap one at a time (the local time read once by the caller). */
export function createUrgeHeatmap(clock: LocalClock) {
  const cells = new Array<number>(7 * 24).fill(0);
  const span = createSpan();
  return {
    add(urge: Pick<Urge, 'at'>, local: LocalTime) {
      span.add(urge.at);
      const cell = local.weekday * 24 + Math.floor(local.minutes / 60);
      cells[cell] = (cells[cell] ?? 0) + 1;
    },
    result(): UrgeHeatmap {
      const counts = Array.from({ length: 7 }, (_, weekday) => cells.slice(weekday * 24, weekday * 24 + 24));
      const days = span.days(clock);
      return {
        counts,
        max: Math.max(...cells),
        basis: {
          entries: span.entries,
          days,
          enough: span.entries >= HEATMAP_MIN_URGES && days >= HEATMAP_MIN_DAYS,
        },
      };
    },
  };
}

/** The heatmap of some urges in a zone. */
export function urgeHeatmap(urges: readonly Pick<Urge, 'at'>[], zone: string): UrgeHeatmap {
  const clock = createLocalClock(zone);
  const heatmap = createUrgeHeatmap(clock);
  for (const urge of urges) heatmap.add(urge, clock.at(urge.at));
  return heatmap.result();
}
