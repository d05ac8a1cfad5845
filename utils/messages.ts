import { browser } from 'wxt/browser';
import {
  CHANNELS,
  type Channel,
  REACH_PLACES,
  type ReachPlace,
  WARNING_CHOICES,
  type WarningChoice,
  type WarningLevel,
} from '@/utils/db/schema';
import type { PersonToReach, ReachOut } from '@/utils/reach-out/available';

/**
 * Steady's one message protocol. Every message between its contexts is declared here, with
 * what it carries and what comes back; the types are a discriminated union, so a handler that
 * switches on `type` needs no casts.
 */

/** Messages from Steady's own pages to the background. */
export type BackgroundMessage =
  /** Something the background enforces changed: re-derive it from the database. */
  | { type: 'enforcement-changed' }
  /**
   * The person is deleting everything: stop enforcing (no registration, alarm, badge or check-in)
   * and forget every derived copy and the unlocked time, before the database goes.
   */
  | { type: 'forget-everything' }
  /**
   * The passcode was set or is being removed: seal (or open) the words already written, here in
   * the worker, so the page that asked stays free; progress goes to storage.session as it goes.
   */
  | { type: 'lock-job' }
  /** From the warning page as it opens: what to show for this page (it may not open IndexedDB itself). */
  | { type: 'warning-open'; url: string }
  /**
   * From the warning page: the person's choice. The page has already acted on leave and continue;
   * the background records the choice, quiets the rules on continue, and logs an urge.
   */
  | {
      type: 'warning-choice';
      url: string;
      choice: WarningChoice;
      /** With "log this urge": how strong (0–10), and after riding it out, how strong then and for how long. */
      strength?: number;
      strengthAfter?: number;
      rodeSeconds?: number;
    }
  /**
   * From the warning page, where the browser gives a framed page no tabs (Firefox): leave,
   * continue or read the rules again, done by the background on the sender's tab, never waiting
   * on the database. No address travels with "leave": the calm page comes from the settings.
   */
  | {
      type: 'warning-exit';
      exit: 'leave' | 'continue' | 'recheck';
      url: string;
      token: string;
      canGoBack: boolean;
    }
  /** From the warning page: the person reached out (to whom, which way), to be recorded. */
  | { type: 'warning-reached-out'; url: string; contactId?: string; lineId?: string; channel: Channel }
  /**
   * From the popup, the options page or the reach out page: the person reached out (to whom,
   * which way), to be recorded by the background. Sent in the click itself: the popup closes as
   * the link it followed opens, and a write of its own could go with it.
   */
  | { type: 'reached-out'; from: PageReachPlace; contactId?: string; lineId?: string; channel: Channel };

/** Where a reach out is recorded from by its own page (the warning has a message of its own, checked against its tab). */
export type PageReachPlace = Exclude<ReachPlace, 'warning'>;

/** Messages from the warning page to the guard in its own tab (never through the web page). */
export type GuardMessage =
  /** The person chose to continue on the warning with this token. */
  | { type: 'guard-continue'; token: string }
  /** The background found no rule for this warning's page: read the rules again and decide. */
  | { type: 'guard-recheck'; token: string };

export type Message = BackgroundMessage | GuardMessage;
export type MessageType = Message['type'];

/** What comes back for each message. */
export interface Replies {
  'enforcement-changed': { ok: true };
  'forget-everything': { ok: true };
  'lock-job': { result: 'none' | 'done' | 'locked' | 'stopped' };
  'warning-open': WarningView;
  'warning-choice': { ok: true };
  'warning-reached-out': { ok: true };
  'reached-out': { ok: true };
  'warning-exit': { ok: true; lifted?: boolean };
  'guard-continue': { lifted: boolean };
  'guard-recheck': { ok: true };
}

/** What the warning page shows for one page, beyond what the guard told it. */
export interface WarningView {
  /** False when no rule warns on the page (any more): the guard then reads its rules again. */
  found: boolean;
  level: WarningLevel;
  /** Seconds before "continue" on a pause-level check-in, counted from when it showed (with friction, what is left of the visit's pause). */
  pauseSeconds: number;
  /** One of the person's own reasons for recovery, rotating; absent if they wrote none. */
  ownWords?: string;
  /** Who to reach now and how, every person with every way, and the words prefilled. */
  reach: { first?: ReachOut; people: PersonToReach[]; message: string };
  /** Where "leave" goes when the tab has no history (the person's calm page). */
  safePage?: string;
}

const isText = (value: unknown, max = 10_000): value is string => typeof value === 'string' && value.length <= max;
const isToken = (value: unknown): value is string => isText(value, 100) && value.length > 0;

/** Who was reached (a person or a line, exactly one, by id) and which way. */
function isReachOut(message: Partial<Record<string, unknown>>): boolean {
  return (
    CHANNELS.includes(message.channel as Channel) &&
    [message.contactId, message.lineId].filter((id) => id !== undefined).length === 1 &&
    [message.contactId, message.lineId].every((id) => id === undefined || isToken(id))
  );
}

/** True for a well-formed message to the background (anything else is ignored). */
export function isBackgroundMessage(value: unknown): value is BackgroundMessage {
  const message = value as Partial<Record<string, unknown>> | null;
  if (typeof message !== 'object' || message === null) return false;
  switch (message.type) {
    case 'enforcement-changed':
    case 'forget-everything':
    case 'lock-job':
      return true;
    case 'warning-open':
      return isText(message.url);
    case 'warning-choice':
      return (
        isText(message.url) &&
        WARNING_CHOICES.includes(message.choice as WarningChoice) &&
        [message.strength, message.strengthAfter, message.rodeSeconds].every(
          (n) => n === undefined || Number.isInteger(n),
        )
      );
    case 'warning-exit':
      return (
        isText(message.url) &&
        ['leave', 'continue', 'recheck'].includes(message.exit as string) &&
        isToken(message.token) &&
        typeof message.canGoBack === 'boolean'
      );
    case 'warning-reached-out':
      return isText(message.url) && isReachOut(message);
    case 'reached-out':
      return message.from !== 'warning' && REACH_PLACES.includes(message.from as ReachPlace) && isReachOut(message);
    default:
      return false;
  }
}

/** True for a well-formed message to the guard. */
export function isGuardMessage(value: unknown): value is GuardMessage {
  const message = value as Partial<Record<string, unknown>> | null;
  return (
    typeof message === 'object' &&
    message !== null &&
    (message.type === 'guard-continue' || message.type === 'guard-recheck') &&
    isToken(message.token)
  );
}

/** Sends a message to the background and waits for its reply. */
export function sendToBackground<M extends BackgroundMessage>(message: M): Promise<Replies[M['type']]> {
  return browser.runtime.sendMessage(message) as Promise<Replies[M['type']]>;
}

/** Sends a message to the guard in a tab's top frame. */
export function sendToGuard<M extends GuardMessage>(tabId: number, message: M): Promise<Replies[M['type']]> {
  return browser.tabs.sendMessage(tabId, message, { frameId: 0 }) as Promise<Replies[M['type']]>;
}

/** True when a sender is one of Steady's own extension pages (not a content script, not another extension). */
export function isFromExtensionPage(sender: { id?: string; url?: string }): boolean {
  return sender.id === browser.runtime.id && /^(chrome|moz)-extension:\/\//.test(sender.url ?? '');
}
