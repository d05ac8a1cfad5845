import type { SitePattern, TriggerSite } from '@/utils/db/schema';
import { sitesRepo } from '@/utils/db/sites';
import { hasAccess, requestAccess } from '@/utils/permissions';
import { problem } from '@/utils/problems';
import { originsFor, patternKey } from '@/utils/triggers/site-pattern';
import { giveBack } from './access';
import { attempt, type Done, tellBackground } from './run';

/** The person's trigger sites, oldest first. */
export const listSites = (): Promise<TriggerSite[]> => sitesRepo().list();

/** Whether the browser gives Steady access to each site, by id (the browser's fact, asked now). */
export async function siteAccess(sites: readonly TriggerSite[]): Promise<Record<string, boolean>> {
  return Object.fromEntries(await Promise.all(sites.map(async (site) => [site.id, await hasAccess(site)] as const)));
}

export type FlagStarted =
  | { ok: false; problem: ReturnType<typeof problem> }
  | {
      ok: true;
      /** The sites stored (all or none, in one transaction). */
      saved: Promise<Done<TriggerSite[]>>;
      /** The browser's answer to the permission request (it may never come while the prompt is open). */
      granted: Promise<boolean>;
    };

/**
 * Flags sites (one typed, or several pasted). Call it synchronously in the person's click or
 * Enter: the permission for the hosts is requested before anything is awaited. Sites already on
 * the list are passed over; if that leaves none, it says so. The background is told once; when
 * access is granted it hears it from the browser itself.
 */
export function flagSites(patterns: readonly SitePattern[], existing: readonly TriggerSite[]): FlagStarted {
  const known = new Set(existing.map(patternKey));
  const fresh = patterns.filter((pattern) => !known.has(patternKey(pattern)));
  if (fresh.length === 0) return { ok: false, problem: problem('site-duplicate') };
  const granted = requestAccess(fresh);
  const saved = attempt(async () => {
    const added = await sitesRepo().addAll(fresh);
    await tellBackground();
    return added;
  });
  return { ok: true, saved, granted };
}

/** Asks for a site's access again (call it in the person's click). */
export const allowSite = (site: TriggerSite): Promise<boolean> => requestAccess([site]);

/** Takes a site off the list and gives back its host access if no other site or engine needs it. */
export function removeSite(site: TriggerSite): Promise<Done> {
  return attempt(async () => {
    await sitesRepo().remove(site.id);
    await giveBack(originsFor(site));
    await tellBackground();
    return undefined;
  });
}

/** Changes how a site is handled (its level, or when it applies). */
export function changeSite(
  site: Pick<TriggerSite, 'id'>,
  changes: Partial<Pick<TriggerSite, 'level' | 'when'>>,
): Promise<Done<TriggerSite>> {
  return attempt(async () => {
    const updated = await sitesRepo().update(site.id, changes);
    await tellBackground();
    return updated;
  });
}
