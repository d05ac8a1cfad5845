import { browser } from 'wxt/browser';
import { copy } from '@/utils/copy';
import type { SitePattern, TriggerSite } from '@/utils/db/schema';
import { sitesRepo } from '@/utils/db/sites';
import { InvalidRecordError } from '@/utils/db/validate';
import { sendToBackground } from '@/utils/messages';
import { describePattern, originsFor, parseSiteInput, patternKey } from '@/utils/triggers/site-pattern';

/** Asks the browser for a site's host. Call it inside the person's click: browsers require it. */
export function requestAccess(pattern: Pick<SitePattern, 'host' | 'scope'>): Promise<boolean> {
  try {
    return browser.permissions.request({ origins: originsFor(pattern) }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

/** Tells the background that what it enforces changed; it re-derives everything from the database. */
export function notifyChanged(): Promise<unknown> {
  return sendToBackground('enforcement-changed', {}).catch(() => undefined);
}

export type FlagResult =
  | { ok: false; message: string }
  | {
      ok: true;
      /** Resolves once the site is stored (the list can show it). */
      saved: Promise<TriggerSite>;
      /** Resolves with the browser's answer to the permission request (may never, if the prompt stays open). */
      granted: Promise<boolean>;
    };

/**
 * Flags a site from what the person typed. Must be called synchronously in their click or
 * Enter: the permission for the host is requested before anything else is awaited.
 */
export function flagSite(text: string, existing: readonly TriggerSite[]): FlagResult {
  const parsed = parseSiteInput(text);
  if (!parsed.ok) return parsed;
  if (existing.some((site) => patternKey(site) === patternKey(parsed.pattern))) {
    return { ok: false, message: copy.sites.duplicate };
  }
  const granted = requestAccess(parsed.pattern);
  const saved = sitesRepo()
    .add(parsed.pattern)
    .then(async (site) => {
      await notifyChanged();
      return site;
    });
  const settled = Promise.all([saved, granted]).then(async ([, ok]) => {
    if (ok) await notifyChanged();
    return ok;
  });
  return { ok: true, saved, granted: settled };
}

/** Takes a site off the list and gives back its host permission if no other site needs it. */
export async function removeSite(site: TriggerSite, all: readonly TriggerSite[]): Promise<void> {
  await sitesRepo().remove(site.id);
  const stillNeeded = new Set(all.filter((other) => other.id !== site.id).flatMap(originsFor));
  const release = originsFor(site).filter((origin) => !stillNeeded.has(origin));
  if (release.length > 0) {
    // Permissions granted at install (a test build) cannot be removed; that is fine.
    await browser.permissions.remove({ origins: release }).catch(() => false);
  }
  await notifyChanged();
}

/** The message shown for an error from the data layer, in plain words. */
export function messageFor(error: unknown): string {
  return error instanceof InvalidRecordError ? error.message : copy.errors.generic;
}

export { describePattern };
