import { browser } from 'wxt/browser';
import { settingsRepo } from '@/utils/db/settings';
import { sitesRepo } from '@/utils/db/sites';
import { timesRepo } from '@/utils/db/times';
import { deriveGuardState, GUARD_KEY } from '@/utils/guard/state';
import { hasAccess } from '@/utils/permissions';
import { hardTimeState } from '@/utils/triggers/schedule';
import { originsFor } from '@/utils/triggers/site-pattern';
import { showHardTimes } from './hard-times';
import { syncGuardRegistration } from './registration';

/** The person's current time zone, read where the background runs (never inside pure logic). */
export function currentZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * Re-derives everything the background enforces from the database and the browser's own
 * permissions: the hard-time badge, alarm and check-in; the guard's copy in storage.local; and
 * the content-script registration for the hosts Steady may act on. The same call serves install,
 * startup, wake-ups, alarms and every change: it is idempotent, keeps nothing in memory and
 * reads nothing it derived itself.
 */
export async function enforce(now = Date.now(), zone = currentZone()): Promise<void> {
  const [sites, times, settings] = await Promise.all([sitesRepo().list(), timesRepo().list(), settingsRepo().get()]);
  const hardTime = hardTimeState(times, now, zone);
  await showHardTimes(hardTime, times, settings, now, zone);
  const guardState = deriveGuardState(sites, { on: hardTime.on, firmer: settings.firmerDuringHardTimes }, settings);
  // Written only when it changed: every wake-up re-derives.
  const stored = (await browser.storage.local.get(GUARD_KEY))[GUARD_KEY];
  if (JSON.stringify(stored) !== JSON.stringify(guardState))
    await browser.storage.local.set({ [GUARD_KEY]: guardState });
  const granted = await Promise.all(sites.map(hasAccess));
  await syncGuardRegistration(sites.filter((_, i) => granted[i]).flatMap(originsFor));
}
