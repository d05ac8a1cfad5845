import { browser } from 'wxt/browser';
import type { WarningChoice, WarningLevel } from '@/utils/db/schema';

/**
 * Steady's one message protocol. Every message between its contexts is declared here,
 * with what it carries and what comes back.
 */
export interface Protocol {
  /** An extension page changed sites, times or settings: re-derive what is enforced. */
  'enforcement-changed': { request: Record<string, never>; response: { ok: true } };
  /**
   * From the warning (overlay) page, as it opens: what to show for this page. The overlay is
   * framed in a web page, where the browser may deny it IndexedDB (third-party storage
   * blocking), so the background reads the database for it.
   */
  'warning-open': { request: { url: string }; response: WarningView };
  /** From the warning page: the person's choice. Leave and continue act on the tab. */
  'warning-choice': {
    request: { url: string; choice: WarningChoice; canGoBack: boolean; intensity?: number };
    response: { ok: true };
  };
  /** From the background to the guard in a tab: remove the warning. */
  'guard-dismiss': { request: Record<string, never>; response: { ok: true } };
}

export type MessageType = keyof Protocol;
export type Message<T extends MessageType = MessageType> = { type: T } & Protocol[T]['request'];
export type Reply<T extends MessageType> = Protocol[T]['response'];

/** What the warning page shows for one page. */
export interface WarningView {
  /** False when no flagged site covers the page (any more): the warning lifts itself. */
  found: boolean;
  level: WarningLevel;
  pauseSeconds: number;
  /** Picks one of the alternating headings, so the screen does not become wallpaper. */
  variant: number;
  /** One of the person's own reasons for recovery, rotating; absent if they wrote none. */
  ownWords?: string;
  /** The first support person, with a checked link (tel:, sms:, mailto: or https:). */
  firstContact?: { name: string; href: string };
}

const TYPES: readonly MessageType[] = ['enforcement-changed', 'warning-open', 'warning-choice', 'guard-dismiss'];

/** True for a message of this protocol (anything else is ignored). */
export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' && value !== null && TYPES.includes((value as { type?: unknown }).type as MessageType)
  );
}

/** Builds a message; `data` is typed by the message's type. */
export function message<T extends MessageType>(type: T, data: Protocol[T]['request']): Message<T> {
  return { ...data, type } as Message<T>;
}

/** Sends a message to the background and waits for its reply. */
export function sendToBackground<T extends MessageType>(type: T, data: Protocol[T]['request']): Promise<Reply<T>> {
  return browser.runtime.sendMessage(message(type, data)) as Promise<Reply<T>>;
}

/** Sends a message to the top frame of a tab (the guard). */
export function sendToTab<T extends MessageType>(tabId: number, type: T, data: Protocol[T]['request']) {
  return browser.tabs.sendMessage(tabId, message(type, data), { frameId: 0 }) as Promise<Reply<T>>;
}

/** True when a sender is one of Steady's own extension pages (not a content script, not another extension). */
export function isFromExtensionPage(sender: { id?: string; url?: string }): boolean {
  return sender.id === browser.runtime.id && /^(chrome|moz)-extension:\/\//.test(sender.url ?? '');
}
