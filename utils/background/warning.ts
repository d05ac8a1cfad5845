import { browser } from 'wxt/browser';
import { eventsRepo } from '@/utils/db/events';
import { planRepo } from '@/utils/db/plan';
import type { TriggerSite, WarningChoice } from '@/utils/db/schema';
import { settingsRepo } from '@/utils/db/settings';
import { sitesRepo } from '@/utils/db/sites';
import { sendToTab, type WarningView } from '@/utils/messages';
import { createMatcher, splitUrl } from '@/utils/triggers/matcher';

async function siteFor(url: string): Promise<TriggerSite | undefined> {
  return createMatcher(await sitesRepo().list()).match(url);
}

/** What the warning page shows for `url` at `now`. */
export async function openWarning(url: string, now: number): Promise<WarningView> {
  const [site, settings, reasons] = await Promise.all([siteFor(url), settingsRepo().get(), planRepo().get('reasons')]);
  const variant = Math.floor(now / 60_000);
  const words = reasons?.items ?? [];
  const view: WarningView = {
    found: site !== undefined,
    level: site?.level ?? 'gentle',
    pauseSeconds: settings.pauseSeconds,
    variant,
  };
  const ownWords = words[variant % Math.max(words.length, 1)];
  if (ownWords) view.ownWords = ownWords;
  if (site) await recordEvent(site, 'shown', url, now, settings.recordPaths);
  return view;
}

async function recordEvent(site: TriggerSite, choice: WarningChoice, url: string, at: number, withPath: boolean) {
  const path = withPath ? splitUrl(url)?.path : undefined;
  await eventsRepo().put({ at, siteId: site.id, host: site.host, choice, ...(path ? { path } : {}) });
}

/**
 * Where "leave" takes the person: back if the tab has history, else the safe page they
 * picked, else the tab closes.
 */
export async function leaveSite(tabId: number, canGoBack: boolean): Promise<void> {
  if (canGoBack) {
    try {
      await browser.tabs.goBack(tabId);
      return;
    } catch {
      // No history after all: fall through to the safe page.
    }
  }
  const { safePage } = await settingsRepo().get();
  if (safePage) await browser.tabs.update(tabId, { url: safePage });
  else await browser.tabs.remove(tabId);
}

/**
 * Records the person's choice on a warning and acts on it: "continue" quiets the site for the
 * time they set and lifts the warning from this tab; "leave" leaves.
 */
export async function chooseOnWarning(
  request: { url: string; choice: WarningChoice; canGoBack: boolean },
  tabId: number | undefined,
  now: number,
  enforceNow: () => Promise<void>,
): Promise<void> {
  const [site, settings] = await Promise.all([siteFor(request.url), settingsRepo().get()]);
  if (site) await recordEvent(site, request.choice, request.url, now, settings.recordPaths);
  if (request.choice === 'continue') {
    // A firm warning has no "continue" while it is on.
    if (site && site.level !== 'firm') {
      await sitesRepo().update(site.id, { quietUntil: now + settings.quietMinutes * 60_000 });
      await enforceNow();
    }
    if (tabId !== undefined && site?.level !== 'firm') {
      await sendToTab(tabId, 'guard-dismiss', {}).catch(() => undefined);
    }
  } else if (request.choice === 'leave' && tabId !== undefined) {
    await leaveSite(tabId, request.canGoBack);
  }
}
