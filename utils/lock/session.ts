import { browser } from 'wxt/browser';
import type { Settings } from '@/utils/db/schema';

/**
 * Whether Steady is unlocked is kept in storage.session: in memory only (gone when the browser
 * closes), and out of reach of content scripts. It holds one time, never the passcode.
 */
const UNLOCKED_UNTIL = 'unlockedUntil';

/** Until when Steady stays unlocked (0 when locked). */
export async function unlockedUntil(): Promise<number> {
  try {
    const value = (await browser.storage.session.get(UNLOCKED_UNTIL))[UNLOCKED_UNTIL];
    return typeof value === 'number' ? value : 0;
  } catch {
    return 0;
  }
}

/** Keeps Steady unlocked until `until` (0: locks it now). */
export async function setUnlockedUntil(until: number): Promise<void> {
  await browser.storage.session.set({ [UNLOCKED_UNTIL]: until });
}

/** Whether the person's words are behind the lock right now: a passcode is set and its time is up. */
export const isLocked = (settings: Pick<Settings, 'lock'>, until: number, now: number): boolean =>
  settings.lock !== undefined && until <= now;
