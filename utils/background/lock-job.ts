import { browser } from 'wxt/browser';
import { type JobResult, runLockJob } from '@/utils/db/lock-job';
import { settingsRepo } from '@/utils/db/settings';
import { setUnlockedUntil } from '@/utils/lock/session';
import { STORAGE } from '@/utils/storage-keys';

/** How often the count is written: each write is also an extension call, which keeps the worker awake. */
const PROGRESS_MS = 400;

let running: Promise<{ result: JobResult | 'stopped' }> | undefined;

/**
 * Runs the lock's job here in the worker, once at a time (a second ask shares the run), telling
 * its progress through storage.session. When the passcode's removal is done, the keys leave
 * memory. Never throws: a job cut off goes on at the next start of the worker.
 */
export function runLockJobHere(): Promise<{ result: JobResult | 'stopped' }> {
  running ??= (async () => {
    let last = 0;
    const progress = (count: number) => {
      if (Date.now() - last < PROGRESS_MS) return;
      last = Date.now();
      void browser.storage.session.set({ [STORAGE.lockProgress.key]: count }).catch(() => undefined);
    };
    try {
      await browser.storage.session.set({ [STORAGE.lockProgress.key]: 0 });
      const result = await runLockJob(progress);
      if (result === 'done' && (await settingsRepo().get()).lock === undefined) await setUnlockedUntil(0);
      return { result };
    } catch (error) {
      console.error('Steady will go on sealing later', error);
      return { result: 'stopped' as const };
    } finally {
      running = undefined;
    }
  })();
  return running;
}
