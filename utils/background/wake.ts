import { browser } from 'wxt/browser';
import { STORAGE } from '@/utils/storage-keys';

/**
 * Telling a wake-up from a cold start (as uBlock Origin Lite does with `process.wakeupRun`). The
 * browser stops an idle worker after about 30 s and starts it again for the next event; nothing
 * the background enforces changes while it sleeps without an event of its own (a command's
 * message, a permission, the hard-time alarm), and those re-derive. So a start of the worker
 * re-derives everything only when it is cold: the first in this browser session (storage.session
 * is empty then, and after an update or a "delete everything"), or in another zone than the
 * last one that did (the person travelled: hard times are on their wall clock).
 */
export interface WorkerMarker {
  v: typeof STORAGE.worker.version;
  /** The zone the worker last re-derived in. */
  zone: string;
}

/** The marker as read from storage.session, or undefined when there is none of this version. */
export function asWorkerMarker(value: unknown): WorkerMarker | undefined {
  const marker = value as WorkerMarker | undefined;
  return marker?.v === STORAGE.worker.version && typeof marker.zone === 'string' ? marker : undefined;
}

/** How this start of the worker began, read from the marker: a wake-up in this session and zone, or cold. */
export async function workerStart(zone: string): Promise<'wake' | 'cold'> {
  try {
    const marker = asWorkerMarker((await browser.storage.session.get(STORAGE.worker.key))[STORAGE.worker.key]);
    return marker?.zone === zone ? 'wake' : 'cold';
  } catch {
    return 'cold';
  }
}

/** Leaves the marker, once a cold start has re-derived, so the next start in this session is a wake-up. */
export async function markWorkerStarted(zone: string): Promise<void> {
  const marker: WorkerMarker = { v: STORAGE.worker.version, zone };
  await browser.storage.session.set({ [STORAGE.worker.key]: marker }).catch(() => undefined);
}

/**
 * At every start of the worker: re-derives (with `rederive`, which resolves when done) only when
 * this start is cold, then leaves the marker. A failed re-derive leaves none, so the next start
 * tries again.
 */
export async function onWorkerStart(zone: string, rederive: () => Promise<void>): Promise<'wake' | 'cold'> {
  const kind = await workerStart(zone);
  if (kind === 'wake') return kind;
  await rederive();
  await markWorkerStarted(zone);
  return kind;
}
