import { browser } from 'wxt/browser';
import { type JobProgress, type JobResult, runLockJob } from '@/utils/db/lock-job';
import type { Lock } from '@/utils/db/schema';
import { settingsRepo } from '@/utils/db/settings';
import { InvalidRecordError } from '@/utils/db/validate';
import { createKeys, type OpenKeys, unwrapKeys, wrapKeys } from '@/utils/lock/keys';
import { ITERATIONS, passcodeMatches } from '@/utils/lock/passcode';
import { asLockProgress, isLocked, setUnlockedUntil, unlockedUntil } from '@/utils/lock/session';
import { sendToBackground } from '@/utils/messages';
import { problem } from '@/utils/problems';
import { STORAGE } from '@/utils/storage-keys';
import { attempt, type Done } from './run';

/**
 * The shortest passcode. Not a four-digit PIN: the hash makes each guess slow, but ten thousand
 * guesses still end, and the phone's PIN is known to whoever watched it typed.
 */
export const MIN_PASSCODE = 6;
/** How long Steady stays unlocked when the person does not say. */
export const DEFAULT_RELOCK_MINUTES = 15;

const refuse = (code: Parameters<typeof problem>[0]) => {
  throw new InvalidRecordError('settings', problem(code));
};

/** Whether a passcode is set, whether Steady is locked now, after how long it locks again, and until when it is open. */
export async function lockState(
  now = Date.now(),
): Promise<{ set: boolean; locked: boolean; relockMinutes: number; until: number; job?: Lock['job'] }> {
  const [settings, until] = await Promise.all([settingsRepo().get(), unlockedUntil()]);
  return {
    set: settings.lock !== undefined,
    locked: isLocked(settings, until, now),
    relockMinutes: settings.lock?.relockMinutes ?? DEFAULT_RELOCK_MINUTES,
    until,
    ...(settings.lock?.job ? { job: settings.lock.job } : {}),
  };
}

/**
 * Whether `passcode` opens the lock: with the words' keys unwrapped, or (a lock from before the
 * words were sealed) its verifier matched, with no keys yet.
 */
async function tryPasscode(passcode: string, lock: Lock): Promise<{ ok: boolean; keys?: OpenKeys }> {
  if (lock.wrapped && lock.publicKey) {
    const keys = await unwrapKeys(
      { salt: lock.salt, iterations: lock.iterations, wrapped: lock.wrapped, publicKey: lock.publicKey },
      passcode,
    );
    return keys ? { ok: true, keys } : { ok: false };
  }
  if (lock.hash) return { ok: await passcodeMatches(passcode, { ...lock, hash: lock.hash }) };
  return { ok: false };
}

/** A new lock for `passcode`: new keys (or `keys`, wrapped again), and the job of sealing what is written, if new. */
async function lockFor(passcode: string, relockMinutes: number, existing?: { keys: OpenKeys; lock: Lock }) {
  const made = existing?.lock.publicKey
    ? { open: existing.keys, publicKey: existing.lock.publicKey }
    : await createKeys();
  const wrapped = await wrapKeys(made.open, made.publicKey, passcode, ITERATIONS);
  const job = existing?.lock.publicKey ? existing.lock.job : 'seal';
  const lock: Lock = { ...wrapped, relockMinutes, ...(job ? { job } : {}) };
  return { lock, keys: made.open };
}

/**
 * Sets the passcode, or changes it (then `current`, the passcode now, must be given); Steady stays
 * unlocked for the time chosen. A new passcode seals every word already written, a batch at a
 * time (`onProgress` hears each record); a changed one only wraps the same keys again.
 */
export function setPasscode(
  passcode: string,
  again: string,
  relockMinutes: number,
  current = '',
  onProgress?: JobProgress,
  job: JobRunner = finishJob,
): Promise<Done> {
  return attempt(async () => {
    const existing = (await settingsRepo().get()).lock;
    const opened = existing ? await tryPasscode(current, existing) : undefined;
    if (existing && !opened?.ok) refuse('lock-wrong');
    if (passcode.length < MIN_PASSCODE) refuse('lock-short');
    if (passcode !== again) refuse('lock-mismatch');
    const next = await lockFor(
      passcode,
      relockMinutes,
      existing && opened?.keys ? { keys: opened.keys, lock: existing } : undefined,
    );
    await settingsRepo().update({ lock: next.lock });
    await setUnlockedUntil(Date.now() + relockMinutes * 60_000, next.keys);
    await job(onProgress);
  });
}

/**
 * Runs the lock's job, if one is under way (the words being sealed or opened), to its end. A job
 * cut off (a tab closed) goes on from where it stopped, the next time any Steady page or the
 * background runs this. Never throws: what is left is done next time.
 */
export async function finishJob(onProgress?: JobProgress): Promise<JobResult | 'stopped'> {
  try {
    const result = await runLockJob(onProgress);
    if (result === 'done' && (await settingsRepo().get()).lock === undefined) await setUnlockedUntil(0);
    return result;
  } catch (error) {
    console.error('Steady will go on sealing later', error);
    return 'stopped';
  }
}

/** Runs the lock's job to its end: here (finishJob), or in the worker (jobInWorker). */
export type JobRunner = (onProgress?: JobProgress) => Promise<JobResult | 'stopped'>;

/**
 * Runs the lock's job in the background worker, so the page that asked stays responsive while
 * every word is sealed; `onProgress` hears the worker's count as it goes.
 */
export async function jobInWorker(onProgress?: JobProgress): Promise<JobResult | 'stopped'> {
  const heard = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const count = area === 'session' ? asLockProgress(changes[STORAGE.lockProgress.key]?.newValue) : undefined;
    if (count !== undefined) onProgress?.(count);
  };
  browser.storage.onChanged.addListener(heard);
  try {
    return (await sendToBackground({ type: 'lock-job' })).result;
  } catch {
    // The worker could not be reached: the page does it itself.
    return finishJob(onProgress);
  } finally {
    browser.storage.onChanged.removeListener(heard);
  }
}

/** Unlocks with the passcode, until the time the person chose; a wrong one changes nothing. */
export function unlock(passcode: string): Promise<Done> {
  return attempt(async () => {
    const { lock } = await settingsRepo().get();
    if (!lock) return;
    const opened = await tryPasscode(passcode, lock);
    if (!opened.ok) refuse('lock-wrong');
    if (opened.keys) return setUnlockedUntil(Date.now() + lock.relockMinutes * 60_000, opened.keys);
    // A lock from before the words were sealed: it gets its keys now, and the words are sealed.
    const next = await lockFor(passcode, lock.relockMinutes);
    await settingsRepo().update({ lock: next.lock });
    await setUnlockedUntil(Date.now() + lock.relockMinutes * 60_000, next.keys);
  });
}

/** Locks at once: the words' keys leave memory. */
export const lockNow = (): Promise<Done> => attempt(() => setUnlockedUntil(0));

/**
 * Takes the passcode away (it must be given): the words are opened again, a batch at a time, and
 * the lock goes when the last one is.
 */
export function removePasscode(passcode: string, onProgress?: JobProgress, job: JobRunner = finishJob): Promise<Done> {
  return attempt(async () => {
    const settings = await settingsRepo().get();
    const lock = settings.lock;
    if (!lock) return;
    const opened = await tryPasscode(passcode, lock);
    if (!opened.ok) refuse('lock-wrong');
    if (!opened.keys || !lock.publicKey) {
      await settingsRepo().update({ lock: undefined });
      return;
    }
    await settingsRepo().update({ lock: { ...lock, job: 'open' } });
    await setUnlockedUntil(Date.now() + lock.relockMinutes * 60_000, opened.keys);
    await job(onProgress);
  });
}
