import type { Urge } from '@/utils/db/schema';
import { dayKey, mondayOf } from '@/utils/time/calendar';
import { createLocalClock, type LocalClock, type LocalTime } from '@/utils/time/clock';
import { type Basis, createSpan, meanOf } from './basis';

/**
 * Enough for a line of urge strength over the weeks: at least 10 rated urges in at least 4
 * different weeks. A trend needs several points, and a week's mean of one or two urges is mostly
 * noise.
 */
export const STRENGTH_MIN_RATED = 10;
export const STRENGTH_MIN_WEEKS = 4;

/** Strength is 0..10 in whole steps; the weekly median is read from a count per step. */
const STEPS = 11;

/** One local week (Monday to Sunday). */
export interface StrengthWeek {
  /** The week's Monday, YYYY-MM-DD. */
  week: string;
  /** Urges that week, rated or not. */
  urges: number;
  /** Urges that week with a strength. */
  rated: number;
  mean?: number;
  median?: number;
}

/** Urge strength week by week. */
export interface StrengthByWeek {
  /** Every week from the first with an urge to the last, quiet weeks included (urges: 0). */
  weeks: StrengthWeek[];
  /** Entries: the rated urges; days: from the first rated urge to the last. */
  basis: Basis;
}

/** The median of a histogram of whole strengths (the mean of the middle two for an even count). */
function histogramMedian(histogram: ArrayLike<number>, count: number): number {
  const nth = (n: number) => {
    let seen = 0;
    for (let step = 0; step < STEPS; step++) {
      seen += histogram[step] ?? 0;
      if (seen > n) return step;
    }
    return STEPS - 1;
  };
  return count % 2 === 1 ? nth((count - 1) / 2) : (nth(count / 2 - 1) + nth(count / 2)) / 2;
}

/** Weekly mean and median strength, one urge at a time (the local time read once by the caller). */
export function createStrengthByWeek(clock: LocalClock) {
  const weeks = new Map<number, { urges: number; rated: number; sum: number; histogram: Uint32Array }>();
  const span = createSpan();
  return {
    add(urge: Pick<Urge, 'at' | 'strength'>, local: LocalTime) {
      const monday = mondayOf(local.day);
      let week = weeks.get(monday);
      if (!week) {
        week = { urges: 0, rated: 0, sum: 0, histogram: new Uint32Array(STEPS) };
        weeks.set(monday, week);
      }
      week.urges++;
      const strength = urge.strength;
      if (strength === undefined || !(strength >= 0 && strength <= 10)) return;
      span.add(urge.at);
      week.rated++;
      week.sum += strength;
      const step = Math.round(strength);
      week.histogram[step] = (week.histogram[step] ?? 0) + 1;
    },
    result(): StrengthByWeek {
      const mondays = [...weeks.keys()].sort((a, b) => a - b);
      const rows: StrengthWeek[] = [];
      let ratedWeeks = 0;
      const first = mondays[0];
      const last = mondays[mondays.length - 1];
      if (first !== undefined && last !== undefined) {
        for (let monday = first; monday <= last; monday += 7) {
          const week = weeks.get(monday);
          const row: StrengthWeek = { week: dayKey(monday), urges: week?.urges ?? 0, rated: week?.rated ?? 0 };
          if (week && week.rated > 0) {
            ratedWeeks++;
            row.mean = meanOf(week.sum, week.rated);
            row.median = histogramMedian(week.histogram, week.rated);
          }
          rows.push(row);
        }
      }
      return {
        weeks: rows,
        basis: {
          entries: span.entries,
          days: span.days(clock),
          enough: span.entries >= STRENGTH_MIN_RATED && ratedWeeks >= STRENGTH_MIN_WEEKS,
        },
      };
    },
  };
}

/** Urge strength over the local weeks (Monday first). */
export function strengthByWeek(urges: readonly Pick<Urge, 'at' | 'strength'>[], zone: string): StrengthByWeek {
  const clock = createLocalClock(zone);
  const counter = createStrengthByWeek(clock);
  for (const urge of urges) counter.add(urge, clock.at(urge.at));
  return counter.result();
}
