import { browser } from 'wxt/browser';
import type { TriggerSite } from '@/utils/db/schema';
import { settingsRepo } from '@/utils/db/settings';
import { sitesRepo } from '@/utils/db/sites';
import { deriveGuardState, GUARD_KEY, type HardTimeNow, STATUS_KEY } from '@/utils/guard-state';
import { originsFor } from '@/utils/triggers/site-pattern';
import { applyHardTimes } from './hard-times';
import { syncGuardRegistration } from './registration';

/** The person's current time zone, read where the background runs (never inside pure logic). */
export function currentZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Whether a hard time is on now, and whether warnings go firmer during it. */
export async function hardTimeNow(now: number, zone: string): Promise<HardTimeNow> {
  const [{ on }, settings] = await Promise.all([applyHardTimes(now, zone), settingsRepo().get()]);
  return { on, firmer: settings.firmerDuringHardTimes };
}

/** Whether the person has granted Steady access to a site's host. */
export async function hasAccess(site: Pick<TriggerSite, 'host' | 'scope'>): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: originsFor(site) });
  } catch {
    return false;
  }
}

/**
 * Re-derives everything the background enforces from the database: each site's status from
 * the permissions the browser holds, the hard-time badge, alarm and check-in, the guard's copy
 * in storage.local, and the content-script registration. The same call serves install,
 * startup, wake-ups, alarms and every change: it is idempotent and keeps nothing in memory.
 */
export async function enforce(now = Date.now(), zone = currentZone()): Promise<void> {
  const hardTime = await hardTimeNow(now, zone);
  const repo = sitesRepo();
  const sites = await repo.list();
  const checked = await Promise.all(
    sites.map(async (site) => {
      const status = (await hasAccess(site)) ? 'active' : 'needs-permission';
      if (status === site.status) return site;
      // The site may have been removed meanwhile: then it is simply gone.
      return repo.update(site.id, { status }).catch(() => undefined);
    }),
  );
  const current = checked.filter((site): site is TriggerSite => site !== undefined);
  // Written only when they changed: every wake-up re-derives, and open pages listen for changes.
  const derived: Record<string, unknown> = {
    [GUARD_KEY]: deriveGuardState(current, hardTime),
    [STATUS_KEY]: Object.fromEntries(current.map((site) => [site.id, site.status])),
  };
  const stored = await browser.storage.local.get(Object.keys(derived));
  const changed = Object.fromEntries(
    Object.entries(derived).filter(([key, value]) => JSON.stringify(stored[key]) !== JSON.stringify(value)),
  );
  if (Object.keys(changed).length > 0) await browser.storage.local.set(changed);
  const matches = current.filter((site) => site.status === 'active').flatMap(originsFor);
  await syncGuardRegistration(matches);
}
