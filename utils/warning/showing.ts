import type { WarningEvent } from '@/utils/db/schema';

/**
 * How long a warning of a site shown again, with no choice made on the last one, is the same
 * showing: a reload, a second tab, a page that moves in and out of a flagged path.
 */
export const SAME_SHOWING_MS = 60_000;

/**
 * Whether a warning of `siteId` shown at `now` is a new showing to record, given the events of
 * the last SAME_SHOWING_MS, newest first. It is not when the latest event of that site is a
 * showing with no choice after it: so a page that leaves and enters a flagged path in a loop
 * adds one record a minute at most, and any choice starts a new showing.
 */
export function isNewShowing(
  recent: readonly Pick<WarningEvent, 'at' | 'siteId' | 'choice'>[],
  siteId: string,
  now: number,
): boolean {
  const last = recent.find((event) => event.siteId === siteId && event.at > now - SAME_SHOWING_MS && event.at <= now);
  return last?.choice !== 'shown';
}
