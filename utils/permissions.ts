import { browser } from 'wxt/browser';
import type { SitePattern } from '@/utils/db/schema';
import { originsFor } from '@/utils/triggers/site-pattern';

type Hosts = ReadonlyArray<Pick<SitePattern, 'host' | 'scope'>>;

/** Whether the browser gives Steady these origins (the browser's fact, asked every time, never stored). */
export async function hasOrigins(origins: string[]): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins });
  } catch {
    return false;
  }
}

/**
 * Whether the person has granted Steady access to a site's host. The browser owns this fact:
 * Steady asks it every time and never stores the answer.
 */
export const hasAccess = (site: Pick<SitePattern, 'host' | 'scope'>): Promise<boolean> => hasOrigins(originsFor(site));

/**
 * Asks the browser for origins, in one prompt. Call it synchronously inside the person's click or
 * Enter (browsers require a gesture): nothing may be awaited before it.
 */
export function requestOrigins(origins: readonly string[]): Promise<boolean> {
  try {
    return browser.permissions.request({ origins: [...new Set(origins)] }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

/** Asks the browser for sites' hosts, in one prompt (in the person's click, as requestOrigins). */
export const requestAccess = (sites: Hosts): Promise<boolean> => requestOrigins(sites.flatMap(originsFor));

/** The host of a match pattern (`*://HOST/*`). */
const hostOf = (origin: string): string => origin.split('/')[2] ?? origin;

/** Whether host pattern `outer` covers host pattern `inner` (`*.a.com` covers `a.com`, `www.a.com`, `*.b.a.com`). */
function covers(outer: string, inner: string): boolean {
  if (outer === inner) return true;
  if (!outer.startsWith('*.')) return false;
  const base = outer.slice(2);
  const bare = inner.replace(/^\*\./, '');
  return bare === base || bare.endsWith(`.${base}`);
}

/** Whether two match patterns share a host: giving one back could take the other with it. */
export const overlaps = (a: string, b: string): boolean => covers(hostOf(a), hostOf(b)) || covers(hostOf(b), hostOf(a));

/**
 * Gives back `released`, and any other host access the browser still gives Steady, except what
 * shares a host with `kept` (what the trigger sites and the engines turned on still need). A
 * browser that already had `*://*.google.com/*` keeps no separate grant for `*://www.google.com/*`,
 * so giving back the wider one would take the narrower with it: an origin that overlaps one still
 * needed stays, and goes once nothing needs it (the next time anything is given back).
 */
export async function releaseOrigins(released: readonly string[], kept: readonly string[]): Promise<void> {
  const { origins: granted = [] } = await browser.permissions.getAll().catch(() => ({ origins: [] as string[] }));
  const origins = [...new Set([...released, ...granted])].filter(
    (origin) => !kept.some((other) => overlaps(origin, other)),
  );
  // One at a time: access given at install (a test build) cannot be given back, and a browser
  // refuses a whole request that names one such origin.
  await Promise.all(origins.map((origin) => browser.permissions.remove({ origins: [origin] }).catch(() => false)));
}
