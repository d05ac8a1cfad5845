import { localDayNumber } from '@/utils/time/zone';
import { type Milestone, milestoneOn } from './milestones';

/**
 * The days counter and the progress that a lapse never erases. Pure: the clock and the zone are
 * inputs. Days are the person's local days (a DST change never adds or loses one), and only
 * completed days count: today is still going, so a lapse recorded now never lowers a figure.
 */
export interface Days {
  /** Completed days since the counter's start (the person restarts it only if they choose). */
  counter?: number;
  /** Completed days since recovery began on which no lapse was recorded. */
  total?: number;
  /** The longest run of completed days in a row with no lapse. */
  longest?: number;
  /** The counter's milestone today (30 days, a year), if today is one. */
  milestone?: Milestone;
}

export function countDays(
  starts: { recoveryStart?: number; counterStart?: number },
  lapses: readonly number[],
  now: number,
  zone: string,
): Days {
  const today = localDayNumber(now, zone);
  const days: Days = {};
  if (starts.counterStart !== undefined) {
    const start = localDayNumber(starts.counterStart, zone);
    days.counter = Math.max(0, today - start);
    const milestone = milestoneOn(start, today);
    if (milestone) days.milestone = milestone;
  }
  if (starts.recoveryStart === undefined) return days;
  const first = localDayNumber(starts.recoveryStart, zone);
  // The days with a lapse, among the completed days since recovery began.
  const lapseDays = [
    ...new Set(lapses.map((at) => localDayNumber(at, zone)).filter((day) => day >= first && day < today)),
  ].sort((a, b) => a - b);
  const completed = Math.max(0, today - first);
  days.total = completed - lapseDays.length;
  let longest = 0;
  let from = first;
  for (const day of [...lapseDays, today]) {
    longest = Math.max(longest, day - from);
    from = day + 1;
  }
  days.longest = longest;
  return days;
}
