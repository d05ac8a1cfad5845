import { browser } from 'wxt/browser';
import { contactsRepo } from '@/utils/db/contacts';
import { eventsRepo } from '@/utils/db/events';
import { planRepo } from '@/utils/db/plan';
import type { TriggerSite, WarningChoice, WarningLevel } from '@/utils/db/schema';
import { settingsRepo } from '@/utils/db/settings';
import { sitesRepo } from '@/utils/db/sites';
import { urgesRepo } from '@/utils/db/urges';
import { GUARD_KEY, type GuardState } from '@/utils/guard-state';
import { type Message, sendToTab, type WarningView } from '@/utils/messages';
import { firstReachable } from '@/utils/reach-out';
import { createMatcher, splitUrl } from '@/utils/triggers/matcher';

async function siteFor(url: string): Promise<TriggerSite | undefined> {
  return createMatcher(await sitesRepo().list()).match(url);
}

/** The level a site's warning has now: the guard's derived copy knows about hard times. */
async function levelNow(site: TriggerSite): Promise<WarningLevel> {
  const state = (await browser.storage.local.get(GUARD_KEY))[GUARD_KEY] as GuardState | undefined;
  return state?.rules.find((rule) => rule.id === site.id)?.level ?? site.level;
}

/** What the warning page shows for `url` at `now`. */
export async function openWarning(url: string, now: number): Promise<WarningView> {
  const [site, settings, reasons, contact] = await Promise.all([
    siteFor(url),
    settingsRepo().get(),
    planRepo().get('reasons'),
    contactsRepo().list().then(firstReachable),
  ]);
  const variant = Math.floor(now / 60_000);
  const words = reasons?.items ?? [];
  const view: WarningView = {
    found: site !== undefined,
    level: site ? await levelNow(site) : 'gentle',
    pauseSeconds: settings.pauseSeconds,
    variant,
  };
  const ownWords = words[variant % Math.max(words.length, 1)];
  if (ownWords) view.ownWords = ownWords;
  if (contact) view.firstContact = contact;
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
 * time they set and lifts the warning from this tab (never on a firm warning); "leave" leaves;
 * "log this urge" logs it with the site as its trigger.
 */
export async function chooseOnWarning(
  request: Omit<Message<'warning-choice'>, 'type'>,
  tabId: number | undefined,
  now: number,
  enforceNow: () => Promise<void>,
): Promise<void> {
  const [site, settings] = await Promise.all([siteFor(request.url), settingsRepo().get()]);
  if (site) await recordEvent(site, request.choice, request.url, now, settings.recordPaths);
  switch (request.choice) {
    case 'continue': {
      const firm = site ? (await levelNow(site)) === 'firm' : false;
      if (firm) return;
      if (site) {
        await sitesRepo().update(site.id, { quietUntil: now + settings.quietMinutes * 60_000 });
        await enforceNow();
      }
      if (tabId !== undefined) await sendToTab(tabId, 'guard-dismiss', {}).catch(() => undefined);
      return;
    }
    case 'leave':
      if (tabId !== undefined) await leaveSite(tabId, request.canGoBack);
      return;
    case 'log-urge':
      await urgesRepo().put({
        at: now,
        ...(site ? { siteId: site.id, trigger: site.host } : {}),
        ...(request.intensity !== undefined ? { intensity: request.intensity } : {}),
      });
      return;
    default:
      return;
  }
}
