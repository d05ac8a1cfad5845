import { browser } from 'wxt/browser';
import { finishJob } from '@/utils/commands/lock';
import type { JobResult } from '@/utils/db/lock-job';
import { STORAGE } from '@/utils/storage-keys';

/** How often the count is written: each write is also an extension call, which keeps the worker awake. */
const PROGRESS_MS = 400;

let running: Promise<{ result: JobResult | 'stopped' }> | undefined;

/**
 * Runs the lock's job here in the worker, once at a time (a second ask shares the run), telling
 * its progress through storage.session: finishJob, as a page runs it. Never throws: a job cut off
 * goes on at the next start of the worker.
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
      await browser.storage.session.set({ [STORAGE.lockProgress.key]: 0 }).catch(() => undefined);
      return { result: await finishJob(progress) };
    } finally {
      running = undefined;
    }
  })();
  return running;
}
