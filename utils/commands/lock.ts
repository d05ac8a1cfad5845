import { settingsRepo } from '@/utils/db/settings';
import { InvalidRecordError } from '@/utils/db/validate';
import { hashPasscode, passcodeMatches } from '@/utils/lock/passcode';
import { isLocked, setUnlockedUntil, unlockedUntil } from '@/utils/lock/session';
import { problem } from '@/utils/problems';
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
): Promise<{ set: boolean; locked: boolean; relockMinutes: number; until: number }> {
  const [settings, until] = await Promise.all([settingsRepo().get(), unlockedUntil()]);
  return {
    set: settings.lock !== undefined,
    locked: isLocked(settings, until, now),
    relockMinutes: settings.lock?.relockMinutes ?? DEFAULT_RELOCK_MINUTES,
    until,
  };
}

/**
 * Sets the passcode, or changes it (then `current`, the passcode now, must be given); Steady stays
 * unlocked for the time chosen.
 */
export function setPasscode(passcode: string, again: string, relockMinutes: number, current = ''): Promise<Done> {
  return attempt(async () => {
    const existing = (await settingsRepo().get()).lock;
    if (existing && !(await passcodeMatches(current, existing))) refuse('lock-wrong');
    if (passcode.length < MIN_PASSCODE) refuse('lock-short');
    if (passcode !== again) refuse('lock-mismatch');
    await settingsRepo().update({ lock: { ...(await hashPasscode(passcode)), relockMinutes } });
    await setUnlockedUntil(Date.now() + relockMinutes * 60_000);
  });
}

/** Unlocks with the passcode, until the time the person chose; a wrong one changes nothing. */
export function unlock(passcode: string): Promise<Done> {
  return attempt(async () => {
    const { lock } = await settingsRepo().get();
    if (!lock) return;
    if (!(await passcodeMatches(passcode, lock))) refuse('lock-wrong');
    await setUnlockedUntil(Date.now() + lock.relockMinutes * 60_000);
  });
}

/** Locks at once. */
export const lockNow = (): Promise<Done> => attempt(() => setUnlockedUntil(0));

/** Takes the passcode away (it must be given). */
export function removePasscode(passcode: string): Promise<Done> {
  return attempt(async () => {
    const settings = await settingsRepo().get();
    if (settings.lock && !(await passcodeMatches(passcode, settings.lock))) refuse('lock-wrong');
    await settingsRepo().update({ lock: undefined });
  });
}
