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

/** Gives back the origins of `released` that `kept` does not name. */
export async function releaseOrigins(released: readonly string[], kept: readonly string[]): Promise<void> {
  const stillNeeded = new Set(kept);
  const origins = [...new Set(released)].filter((origin) => !stillNeeded.has(origin));
  // Permissions granted at install (a test build) cannot be removed; that is fine.
  if (origins.length > 0) await browser.permissions.remove({ origins }).catch(() => false);
}

/** Gives back the hosts of `released` that none of `kept` still needs. */
export const releaseAccess = (released: Hosts, kept: Hosts): Promise<void> =>
  releaseOrigins(released.flatMap(originsFor), kept.flatMap(originsFor));
