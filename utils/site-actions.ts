import { browser } from 'wxt/browser';
import { copy } from '@/utils/copy';
import type { SitePattern, TriggerSite } from '@/utils/db/schema';
import { sitesRepo } from '@/utils/db/sites';
import { InvalidRecordError } from '@/utils/db/validate';
import { sendToBackground } from '@/utils/messages';
import { originsFor, patternKey } from '@/utils/triggers/site-pattern';

/** Asks the browser for sites' hosts, in one prompt. Call it inside the person's click: browsers require it. */
export function requestAccess(patterns: ReadonlyArray<Pick<SitePattern, 'host' | 'scope'>>): Promise<boolean> {
  try {
    const origins = [...new Set(patterns.flatMap(originsFor))];
    return browser.permissions.request({ origins }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

/** Tells the background that what it enforces changed; it re-derives everything from the database. */
export function notifyChanged(): Promise<unknown> {
  return sendToBackground({ type: 'enforcement-changed' }).catch(() => undefined);
}

export type FlagResult =
  | { ok: false; message: string }
  | {
      ok: true;
      /** Resolves once the sites are stored (the list can show them). */
      saved: Promise<TriggerSite[]>;
      /** Resolves with the browser's answer to the permission request (may never, if the prompt stays open). */
      granted: Promise<boolean>;
    };

/**
 * Flags sites (one typed, or several pasted). Must be called synchronously in the person's
 * click or Enter: the permission for the hosts is requested before anything else is awaited.
 * Sites already on the list are passed over; if that leaves none, it says so.
 */
export function flagSites(patterns: readonly SitePattern[], existing: readonly TriggerSite[]): FlagResult {
  const known = new Set(existing.map(patternKey));
  const fresh = patterns.filter((pattern) => !known.has(patternKey(pattern)));
  if (fresh.length === 0) return { ok: false, message: copy.sites.duplicate };
  const granted = requestAccess(fresh);
  const saved = sitesRepo()
    .addAll(fresh)
    .finally(() => notifyChanged());
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

/** Changes how a site is handled (its level, or when it applies), then re-derives. */
export async function changeSite(
  site: TriggerSite,
  changes: Partial<Pick<TriggerSite, 'level' | 'when'>>,
): Promise<TriggerSite> {
  const updated = await sitesRepo().update(site.id, changes);
  await notifyChanged();
  return updated;
}
