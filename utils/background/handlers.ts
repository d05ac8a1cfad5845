import { isFromExtensionPage, isMessage, type Message, type Reply } from '@/utils/messages';
import { splitUrl } from '@/utils/triggers/matcher';
import { chooseOnWarning, openWarning } from './warning';

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

async function handle(message: Message, sender: Sender, enforceNow: () => Promise<void>): Promise<unknown> {
  switch (message.type) {
    case 'enforcement-changed':
      await enforceNow();
      return { ok: true } satisfies Reply<'enforcement-changed'>;
    case 'warning-open':
      return openWarning((message as Message<'warning-open'>).url, Date.now());
    case 'warning-choice':
      await chooseOnWarning(message as Message<'warning-choice'>, sender.tab?.id, Date.now(), enforceNow);
      return { ok: true } satisfies Reply<'warning-choice'>;
    default:
      return undefined;
  }
}

/**
 * The background's message listener. It answers only Steady's own extension pages and only
 * messages of the protocol; anything else gets no answer (undefined, synchronously).
 */
export function createMessageListener(ready: Promise<unknown>, enforceNow: () => Promise<void>) {
  return (message: unknown, sender: Sender): Promise<unknown> | undefined => {
    if (!isMessage(message) || message.type === 'guard-dismiss' || !isFromExtensionPage(sender)) return undefined;
    if (
      (message.type === 'warning-open' || message.type === 'warning-choice') &&
      !speaksForItsTab(sender, message.url)
    ) {
      return undefined;
    }
    return ready.then(() => handle(message, sender, enforceNow));
  };
}
