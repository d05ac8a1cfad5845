import { useKeyMemory } from '@/utils/db/sealing';
import { InvalidRecordError } from '@/utils/db/validate';
import { sendToBackground } from '@/utils/messages';
import type { Problem } from '@/utils/problems';

// The repositories open the person's words with the keys kept in memory while Steady is open
// (asked for only when there is a lock with keys: a page without one never loads the lock's code).
useKeyMemory(async () => (await import('@/utils/lock/session')).openKeys());

/** What a command returns: done (with what it made), or the problem that stopped it (nothing was changed). */
export type Done<T = void> = { ok: true; value: T } | { ok: false; problem: Problem };

/** Runs a command's work; a refusal or any other failure becomes a problem the page can show. */
export async function attempt<T>(work: () => Promise<T>): Promise<Done<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof InvalidRecordError) return { ok: false, problem: error.problem };
    console.error('Steady could not do that', error);
    return { ok: false, problem: { code: 'unknown' } };
  }
}

/** Tells the background, once, that what it enforces changed: it re-derives everything from the database. */
export function tellBackground(): Promise<void> {
  return sendToBackground({ type: 'enforcement-changed' }).then(
    () => undefined,
    () => undefined,
  );
}
