import { addReachOut } from '@/utils/db/reach-outs';
import { isBackgroundMessage, isFromExtensionPage, type Message, type Replies } from '@/utils/messages';
import { systemZone } from '@/utils/time/zone';
import { splitUrl } from '@/utils/triggers/matcher';
import { forgetEverything } from './enforce';
import { runLockJobHere } from './lock-job';
import { chooseOnWarning, exitOnWarning, openWarning, reachedOutOnWarning } from './warning';

type Sender = { id?: string; url?: string; tab?: { id?: number; url?: string } };

/**
 * True when a warning message speaks of the page its tab really shows. The warning page is
 * web-accessible, so a page could frame it with an address of its choosing; the browser tells
 * Steady a tab's address only on hosts the person flagged, and that host must be the one named.
 */
export function speaksForItsTab(sender: Sender, url: string): boolean {
  const tabHost = sender.tab?.url ? splitUrl(sender.tab.url)?.host : undefined;
  return tabHost !== undefined && tabHost === splitUrl(url)?.host;
}

async function handle(message: Message, tabId: number | undefined, enforceNow: () => Promise<void>): Promise<unknown> {
  switch (message.type) {
    case 'warning-exit':
      return exitOnWarning(message, tabId) satisfies Promise<Replies['warning-exit']>;
    case 'enforcement-changed':
      await enforceNow();
      return { ok: true } satisfies Replies['enforcement-changed'];
    case 'lock-job':
      return runLockJobHere() satisfies Promise<Replies['lock-job']>;
    case 'forget-everything':
      await forgetEverything();
      return { ok: true } satisfies Replies['forget-everything'];
    case 'warning-open':
      return openWarning(message.url, Date.now(), systemZone()) satisfies Promise<Replies['warning-open']>;
    case 'warning-choice':
      await chooseOnWarning(message, Date.now(), systemZone(), enforceNow);
      return { ok: true } satisfies Replies['warning-choice'];
    case 'warning-reached-out':
      await reachedOutOnWarning(message, Date.now(), systemZone());
      return { ok: true } satisfies Replies['warning-reached-out'];
    case 'reached-out':
      await addReachOut(message, message.from, Date.now());
      return { ok: true } satisfies Replies['reached-out'];
    default:
      return undefined;
  }
}

/**
 * The background's message listener. It answers only Steady's own extension pages and only
 * well-formed messages of the protocol; anything else gets no answer (undefined, synchronously).
 * Each answer opens the database afresh if it is not open (a failed open is tried again on the
 * next message, never remembered).
 */
export function createMessageListener(enforceNow: () => Promise<void>) {
  return (message: unknown, sender: Sender): Promise<unknown> | undefined => {
    if (!isBackgroundMessage(message) || !isFromExtensionPage(sender)) return undefined;
    if ('url' in message && !speaksForItsTab(sender, message.url)) return undefined;
    return handle(message, sender.tab?.id, enforceNow);
  };
}
