import { browser } from 'wxt/browser';
import type { SitePattern } from '@/utils/db/schema';
import { originsFor } from '@/utils/triggers/site-pattern';

type Hosts = ReadonlyArray<Pick<SitePattern, 'host' | 'scope'>>;

/**
 * Whether the person has granted Steady access to a site's host. The browser owns this fact:
 * Steady asks it every time and never stores the answer.
 */
export async function hasAccess(site: Pick<SitePattern, 'host' | 'scope'>): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: originsFor(site) });
  } catch {
    return false;
  }
}

/**
 * Asks the browser for sites' hosts, in one prompt. Call it synchronously inside the person's
 * click or Enter (browsers require a gesture): nothing may be awaited before it.
 */
export function requestAccess(sites: Hosts): Promise<boolean> {
  try {
    const origins = [...new Set(sites.flatMap(originsFor))];
    return browser.permissions.request({ origins }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

/** Gives back the hosts of `released` that none of `kept` still needs. */
export async function releaseAccess(released: Hosts, kept: Hosts): Promise<void> {
  const stillNeeded = new Set(kept.flatMap(originsFor));
  const origins = [...new Set(released.flatMap(originsFor))].filter((origin) => !stillNeeded.has(origin));
  // Permissions granted at install (a test build) cannot be removed; that is fine.
  if (origins.length > 0) await browser.permissions.remove({ origins }).catch(() => false);
}
