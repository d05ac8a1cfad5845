import type { LocalClock } from '@/utils/time/clock';

/**
 * What a figure rests on, shown beside it: how many entries, over how many of the person's
 * days (from the first entry's local day to the last's, both counted), and whether that is
 * enough to show the figure at all (each pattern states its threshold).
 */
export interface Basis {
  entries: number;
  days: number;
  enough: boolean;
}

/** Counts entries and keeps the earliest and latest instant among them. */
export interface Span {
  add(at: number): void;
  readonly entries: number;
  /** Local days from the first entry to the last, both counted; 0 with no entries. */
  days(clock: LocalClock): number;
}

/** A span with no entries yet. */
export function createSpan(): Span {
  let entries = 0;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  return {
    add(at) {
      entries++;
      if (at < first) first = at;
      if (at > last) last = at;
    },
    get entries() {
      return entries;
    },
    days: (clock) => (entries === 0 ? 0 : clock.day(last) - clock.day(first) + 1),
  };
}

/** The mean of `sum` over `count`, or undefined for none. */
export const meanOf = (sum: number, count: number): number | undefined => (count > 0 ? sum / count : undefined);
