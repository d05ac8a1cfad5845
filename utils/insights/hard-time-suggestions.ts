import type { TriggerTime, TriggerTimeRule, Urge } from '@/utils/db/schema';
import { DAY_MS, END_OF_DAY_MINUTES, weekdayOf } from '@/utils/time/calendar';
import { createLocalClock, type LocalClock } from '@/utils/time/clock';
import { windowsBetween } from '@/utils/triggers/schedule';

/**
 * Where urges cluster on the wall clock and no hard time covers them, offer the band as a weekly
 * hard time: 5 or more urges in the same two-hour band on the same weekday over the last four
 * weeks (issue #12), on at least two different days, so one hard evening is not read as a
 * weekly pattern.
 */
export const BAND_HOURS = 2;
export const BAND_MIN_URGES = 5;
export const BAND_MIN_WEEKS = 2;
/** The last four weeks: today and the 27 local days before it, so each weekday comes four times. */
export const BAND_LOOKBACK_DAYS = 28;

const HOURS_A_WEEK = 7 * 24;
/** A band that ends at midnight ends at 23:59, the schedule's "end of the day" (it stays on its day). */

/** A weekly hard-time rule, the kind suggested. */
export type WeeklyRule = Extract<TriggerTimeRule, { kind: 'weekly' }>;

/** A weekly hard time Steady could offer, with the urges behind it. */
export interface HardTimeSuggestion {
  kind: 'hard-time';
  /** Stable across days (the weekday and the band), for dismissals. */
  key: string;
  rule: WeeklyRule;
  evidence: {
    /** Urges in the band on that weekday, over the lookback, that no hard time covered. */
    urges: number;
    /** How many of the lookback's weeks (that weekday's dates) they fell in. */
    weeks: number;
    lookbackDays: number;
  };
}

/** The band of BAND_HOURS hours starting at `start` (0..23) as a weekly rule on one weekday. */
export function bandRule(weekday: number, start: number): WeeklyRule {
  const end = start + BAND_HOURS;
  return {
    kind: 'weekly',
    days: [weekday],
    start: start * 60,
    end: end === 24 ? END_OF_DAY_MINUTES : (end % 24) * 60,
  };
}

/** The instants covered by any window, as merged [start, end) pairs in order. */
function coveredSpans(times: readonly TriggerTime[], from: number, to: number, zone: string): number[] {
  const spans: number[] = [];
  for (const window of windowsBetween(times, from, to, zone)) {
    const last = spans.length - 1;
    if (spans.length > 0 && window.start <= (spans[last] as number))
      spans[last] = Math.max(spans[last] as number, window.end);
    else spans.push(window.start, window.end);
  }
  return spans;
}

/** Whether `at` lies in one of the merged spans (binary search). */
function isCovered(spans: readonly number[], at: number): boolean {
  let lo = 0;
  let hi = spans.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[2 * mid] as number) > at) hi = mid - 1;
    else if ((spans[2 * mid + 1] as number) <= at) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * Bands of hours on one weekday where urges that no hard time covered came BAND_MIN_URGES times
 * or more over the last BAND_LOOKBACK_DAYS local days, strongest first, none overlapping
 * another (of overlapping bands with as many urges, the one the urges sit in the middle of).
 * The band is wall-clock: an urge at 21:30 is in the 21:00–23:00 band on either side of a DST
 * change, and a band may cross midnight (23:00–01:00 counts an urge at 00:30 on the day it
 * started). Coverage is read from the person's times with the schedule's own rules, as they
 * stand now (a hard time added today covers the urges of the weeks before it).
 */
export function suggestHardTimes(
  urges: readonly Pick<Urge, 'at'>[],
  times: readonly TriggerTime[],
  now: number,
  zone: string,
  clock: LocalClock = createLocalClock(zone),
): HardTimeSuggestion[] {
  const today = clock.day(now);
  const firstDay = today - (BAND_LOOKBACK_DAYS - 1);
  // Wide enough for any offset; the local day decides below.
  const earliest = now - (BAND_LOOKBACK_DAYS + 1) * DAY_MS;
  const recent: number[] = [];
  let from = now;
  for (const urge of urges) {
    if (urge.at < earliest || urge.at > now || clock.day(urge.at) < firstDay) continue;
    recent.push(urge.at);
    if (urge.at < from) from = urge.at;
  }
  if (recent.length < BAND_MIN_URGES) return [];
  const spans = times.length > 0 ? coveredSpans(times, from, now + 1, zone) : [];

  // For each band (its weekday × 24 + its first hour): the local days it started on, one entry
  // an urge, and the urges' minutes after the band's start, summed.
  const bands = new Map<number, { days: number[]; minutes: number }>();
  for (const at of recent) {
    if (isCovered(spans, at)) continue;
    const local = clock.at(at);
    const hour = Math.floor(local.minutes / 60);
    for (let back = 0; back < BAND_HOURS; back++) {
      const start = hour - back;
      const day = start < 0 ? local.day - 1 : local.day;
      if (day < firstDay) continue;
      const key = weekdayOf(day) * 24 + ((start + 24) % 24);
      const band = bands.get(key) ?? { days: [], minutes: 0 };
      band.days.push(day);
      band.minutes += back * 60 + (local.minutes % 60);
      bands.set(key, band);
    }
  }

  const middle = (BAND_HOURS * 60) / 2;
  const candidates = [...bands]
    .map(([key, { days, minutes }]) => ({
      key,
      urges: days.length,
      weeks: new Set(days).size,
      // How far the urges' mean lies from the band's middle: of two bands with the same urges,
      // the one they sit in the middle of.
      offCentre: Math.abs(minutes / days.length - middle),
    }))
    .filter((band) => band.urges >= BAND_MIN_URGES && band.weeks >= BAND_MIN_WEEKS)
    .sort((a, b) => b.urges - a.urges || b.weeks - a.weeks || a.offCentre - b.offCentre || a.key - b.key);
  const taken = new Set<number>();
  const found: HardTimeSuggestion[] = [];
  for (const band of candidates) {
    const hours = Array.from({ length: BAND_HOURS }, (_, i) => (band.key + i) % HOURS_A_WEEK);
    if (hours.some((hour) => taken.has(hour))) continue;
    for (const hour of hours) taken.add(hour);
    const weekday = Math.floor(band.key / 24);
    const rule = bandRule(weekday, band.key % 24);
    found.push({
      kind: 'hard-time',
      key: `hard-time:${weekday}:${rule.start}-${rule.end}`,
      rule,
      evidence: { urges: band.urges, weeks: band.weeks, lookbackDays: BAND_LOOKBACK_DAYS },
    });
  }
  return found;
}
