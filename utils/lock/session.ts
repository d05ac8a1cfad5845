import { browser } from 'wxt/browser';
import type { Settings } from '@/utils/db/schema';
import { STORAGE } from '@/utils/storage-keys';
import type { OpenKeys } from './keys';

/**
 * Whether Steady is unlocked is kept in storage.session: in memory only (gone when the browser
 * closes), and out of reach of content scripts. It holds one time, never the passcode.
 */
const UNLOCKED_UNTIL = STORAGE.unlockedUntil.key;
/** The words' keys, unwrapped, while Steady is open (utils/lock/keys.ts): in memory only, never on disk. */
const OPEN_KEYS = STORAGE.openKeys.key;

/** Until when Steady stays unlocked (0 when locked). */
export async function unlockedUntil(): Promise<number> {
  try {
    const value = (await browser.storage.session.get(UNLOCKED_UNTIL))[UNLOCKED_UNTIL];
    return typeof value === 'number' ? value : 0;
  } catch {
    return 0;
  }
}

/** Keeps Steady unlocked until `until` (0: locks it now), with the words' keys, if there are any, in memory until then. */
export async function setUnlockedUntil(until: number, keys?: OpenKeys): Promise<void> {
  if (until > 0 && keys) await browser.storage.session.set({ [UNLOCKED_UNTIL]: until, [OPEN_KEYS]: keys });
  else {
    await browser.storage.session.remove(OPEN_KEYS);
    await browser.storage.session.set({ [UNLOCKED_UNTIL]: until });
  }
}

/**
 * The words' keys while Steady is open; undefined once it is locked (the keys are then taken out
 * of memory, if the time ran out with no Steady page open to do it).
 */
export async function openKeys(now = Date.now()): Promise<OpenKeys | undefined> {
  try {
    const stored = await browser.storage.session.get([UNLOCKED_UNTIL, OPEN_KEYS]);
    const keys = stored[OPEN_KEYS] as OpenKeys | undefined;
    if (!keys) return undefined;
    const until = stored[UNLOCKED_UNTIL];
    if (typeof until === 'number' && until > now) return keys;
    await browser.storage.session.remove(OPEN_KEYS);
    return undefined;
  } catch {
    return undefined;
  }
}

/** Whether the person's words are behind the lock right now: a passcode is set and its time is up. */
export const isLocked = (settings: Pick<Settings, 'lock'>, until: number, now: number): boolean =>
  settings.lock !== undefined && until <= now;

/**
 * Calls `changed` when the lock may have changed: at once when any page locks or unlocks Steady
 * (storage.session, seen by every open Steady page), and at the very minute `until` runs out.
 * Returns what stops watching.
 */
export function watchLock(until: number | undefined, changed: () => void, now = Date.now()): () => void {
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'session' && UNLOCKED_UNTIL in changes) changed();
  };
  browser.storage.onChanged.addListener(onChanged);
  // Timers fire late, never early: a moment after the time, Steady is locked.
  const timer = until && until > now ? setTimeout(changed, Math.min(until - now + 50, 2 ** 31 - 1)) : undefined;
  return () => {
    browser.storage.onChanged.removeListener(onChanged);
    clearTimeout(timer);
  };
}

/** How many records the worker's lock job has sealed or opened so far, as stored, or undefined. */
export function asLockProgress(value: unknown): number | undefined {
  return Number.isInteger(value) && (value as number) >= 0 ? (value as number) : undefined;
}
