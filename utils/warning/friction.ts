import type { WarningEvent } from '@/utils/db/schema';
import { SAME_SHOWING_MS } from './showing';

/**
 * Friction that does not wear off (a setting, off by default): the pause before "continue" grows
 * with the day's continues on that site. The person's own pause times these steps: for a 5 s
 * pause, 5, 10, 20 and then 30 s; never longer than FRICTION_LONGEST_S.
 */
export const FRICTION_STEPS = [1, 2, 4, 6] as const;

/** The longest pause friction makes, in seconds (or the person's own pause, if longer). */
export const FRICTION_LONGEST_S = 60;

/** The pause before "continue" after `continuesToday` continues on the site today. */
export function frictionSeconds(pauseSeconds: number, continuesToday: number): number {
  const step = FRICTION_STEPS[Math.min(Math.max(continuesToday, 0), FRICTION_STEPS.length - 1)] ?? 1;
  return Math.max(pauseSeconds, Math.min(pauseSeconds * step, FRICTION_LONGEST_S));
}

/**
 * The seconds still to wait before "continue" on a check-in of `siteId` shown at `now`, given the
 * day's events (any order; those before `dayStart` or after `now` are not counted). The pause counts
 * from the start of the visit: a check-in shown again within a showing (a reload, a second cover,
 * no choice made since; utils/warning/showing.ts) waits only what is left of it, so a pause that
 * has run once is never shown twice for one visit, and a reload never starts it again.
 */
export function pauseLeft(
  events: readonly Pick<WarningEvent, 'at' | 'siteId' | 'choice'>[],
  siteId: string,
  now: number,
  dayStart: number,
  pauseSeconds: number,
): number {
  const ofSite = events.filter((event) => event.siteId === siteId && event.at <= now);
  const continues = ofSite.filter((event) => event.choice === 'continue' && event.at >= dayStart).length;
  const pause = frictionSeconds(pauseSeconds, continues);
  const last = ofSite.reduce<(typeof ofSite)[number] | undefined>((a, b) => (a && a.at >= b.at ? a : b), undefined);
  const visitStart = last?.choice === 'shown' && last.at > now - SAME_SHOWING_MS ? last.at : now;
  return Math.max(0, Math.ceil(pause - (now - visitStart) / 1000));
}
