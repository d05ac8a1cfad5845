import { browser } from 'wxt/browser';
import { sendToGuard } from '@/utils/messages';

/**
 * The warning page's exits, acted on by the page itself in its own tab: they never wait on the
 * background or the database, so a person is never held behind a cover.
 */

/** The id of the tab this warning page is shown in. */
async function ownTab(): Promise<number | undefined> {
  return (await browser.tabs.getCurrent())?.id;
}

/** Leave: back if the tab has history, else the person's calm page, else the tab closes. */
export async function leave(canGoBack: boolean, safePage?: string): Promise<void> {
  const tabId = await ownTab();
  if (tabId === undefined) return;
  if (canGoBack) {
    try {
      await browser.tabs.goBack(tabId);
      return;
    } catch {
      // No history after all: fall through to the calm page.
    }
  }
  if (safePage) await browser.tabs.update(tabId, { url: safePage });
  else await browser.tabs.remove(tabId);
}

/** Continue: asks the guard in this tab to lift the warning with this token. Resolves to whether it did. */
export async function continueToSite(token: string): Promise<boolean> {
  const tabId = await ownTab();
  if (tabId === undefined) return false;
  return (await sendToGuard(tabId, { type: 'guard-continue', token }))?.lifted === true;
}

/** Asks the guard in this tab to read its rules again and decide (the background found no rule here). */
export async function recheck(token: string): Promise<void> {
  const tabId = await ownTab();
  if (tabId !== undefined) await sendToGuard(tabId, { type: 'guard-recheck', token });
}
