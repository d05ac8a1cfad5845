import { type Problem, problem } from '@/utils/problems';
import { DAY_MS, HOUR_MS } from '@/utils/time/calendar';
import { nextWallClock } from '@/utils/time/wall-clock';
import { parseClock } from '@/utils/triggers/time-input';

/** "Keep my sites firm until morning": the wall-clock time offered first (7:00). */
export const FIRM_DEFAULT_MINUTES = 7 * 60;

/** The longest a "firm until" can reach from when it is set: a day, and an hour more for a DST change. */
export const FIRM_LONGEST_MS = DAY_MS + HOUR_MS;

/** How long the options page waits before its "end it now" works: a short, quiet pause, no countdown. */
export const FIRM_END_PAUSE_MS = 20_000;

export type FirmUntilResult = { ok: true; until: number } | { ok: false; problem: Problem };

/**
 * The instant a "firm until" typed as a wall-clock time ("07:00") ends: the next time the clock
 * shows it in the person's zone (later tonight, or tomorrow), never more than a day away.
 */
export function firmUntilFrom(clock: string, now: number, zone: string): FirmUntilResult {
  const minutes = parseClock(clock.trim());
  if (minutes === undefined) return { ok: false, problem: problem('firm-time') };
  return { ok: true, until: nextWallClock(minutes, now, zone) };
}

/** Whether a stored "firm until" may be set at `now`: later than now and at most FIRM_LONGEST_MS away. */
export function isFirmUntilAllowed(until: number, now: number): boolean {
  return Number.isInteger(until) && until > now && until - now <= FIRM_LONGEST_MS;
}

/**
 * The "firm until" to store when the person asks for `until` at `now`: a firmness that holds
 * already is never shortened from the popup (only the options page ends it, after a pause).
 */
export function extendFirmUntil(current: number | undefined, until: number, now: number): number {
  return current !== undefined && current > now ? Math.max(current, until) : until;
}
