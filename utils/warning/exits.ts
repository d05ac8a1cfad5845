import { browser } from 'wxt/browser';
import { sendToBackground, sendToGuard } from '@/utils/messages';

/**
 * The warning page's exits. They never wait on the database: where the browser gives the framed
 * page its own tab (Chromium), the page acts on it itself; where it does not (Firefox gives a
 * framed extension page no `tabs`), the background acts on the sender's tab without opening the
 * database. A person is never held behind a cover.
 */

/**
 * Where "leave" goes: back if the tab has history, else the person's calm page (asked for only
 * then), else the tab closes.
 */
export async function leaveTab(
  tabId: number,
  canGoBack: boolean,
  safePage: () => Promise<string | undefined> | string | undefined = () => undefined,
): Promise<void> {
  if (canGoBack) {
    try {
      await browser.tabs.goBack(tabId);
      return;
    } catch {
      // No history after all: fall through to the calm page.
    }
  }
  const page = await Promise.resolve()
    .then(safePage)
    .catch(() => undefined);
  if (page && /^https?:\/\//.test(page)) await browser.tabs.update(tabId, { url: page });
  else await browser.tabs.remove(tabId);
}

/** The id of the tab this warning page is shown in, when the browser tells a framed page. */
async function ownTab(): Promise<number | undefined> {
  if (typeof browser.tabs?.getCurrent !== 'function') return undefined;
  return (await browser.tabs.getCurrent())?.id;
}

/** What the warning page knows of itself, for an exit. */
export interface WarningPage {
  url: string;
  token: string;
  canGoBack: boolean;
}

/**
 * Leave this site. The calm page is the one the background read from the settings for this
 * warning, if it has answered; where the background does the leaving, it reads the settings itself.
 */
export async function leave(page: WarningPage, safePage?: string): Promise<void> {
  const tabId = await ownTab();
  if (tabId !== undefined) return leaveTab(tabId, page.canGoBack, () => safePage);
  await sendToBackground({ type: 'warning-exit', exit: 'leave', ...page });
}

/** Continue: asks the guard in this tab to lift the warning with this token. Resolves to whether it did. */
export async function continueToSite(page: WarningPage): Promise<boolean> {
  const tabId = await ownTab();
  if (tabId !== undefined)
    return (await sendToGuard(tabId, { type: 'guard-continue', token: page.token }))?.lifted === true;
  return (await sendToBackground({ type: 'warning-exit', exit: 'continue', ...page }))?.lifted === true;
}

/** Asks the guard in this tab to read its rules again and decide (the background found no rule here). */
export async function recheck(page: WarningPage): Promise<void> {
  const tabId = await ownTab();
  if (tabId !== undefined) await sendToGuard(tabId, { type: 'guard-recheck', token: page.token });
  else await sendToBackground({ type: 'warning-exit', exit: 'recheck', ...page });
}
