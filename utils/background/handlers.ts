import { isFromExtensionPage, isMessage, type Message, type Reply } from '@/utils/messages';
import { chooseOnWarning, openWarning } from './warning';

type Sender = { id?: string; url?: string; tab?: { id?: number } };

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
    return ready.then(() => handle(message, sender, enforceNow));
  };
}
