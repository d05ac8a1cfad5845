import { type Problem, problem } from '@/utils/problems';
import { isEngineId } from '@/utils/search/engine-ids';
import { parseDate } from '@/utils/time/calendar';
import { MAX_MESSAGE } from './contacts';
import { createRepo, type RepoOptions } from './repo';
import type { Lock, Settings } from './schema';
import { isInt, isObject, isOptionalText, isText, isTime } from './validate';

type SettingsFields = Omit<Settings, 'id' | 'createdAt' | 'updatedAt'>;

/** Set-aside suggestions kept at most (older ones are pruned first). */
export const MAX_DISMISSED = 200;

/** What a person starts with. */
export const DEFAULT_SETTINGS: SettingsFields = {
  quietMinutes: 15,
  pauseSeconds: 10,
  recordPaths: false,
  checkIns: true,
  firmerDuringHardTimes: false,
};

export function checkSettings(settings: Settings): Problem | undefined {
  if (settings.id !== 'settings') return problem('settings-one');
  if (!isInt(settings.quietMinutes, 1, 24 * 60)) return problem('settings-quiet');
  if (!isInt(settings.pauseSeconds, 5, 60)) return problem('settings-pause');
  if (settings.safePage !== undefined && !(isText(settings.safePage, 2000) && /^https?:\/\//.test(settings.safePage))) {
    return problem('settings-safe-page');
  }
  for (const start of [settings.recoveryStart, settings.counterStart]) {
    if (start !== undefined && !isTime(start)) return problem('settings-start');
  }
  if (settings.firmUntil !== undefined && !isTime(settings.firmUntil)) return problem('settings-firm-until');
  for (const flag of [settings.showDays, settings.dailyCheckIn, settings.frictionGrows]) {
    if (flag !== undefined && typeof flag !== 'boolean') return problem('settings-flag');
  }
  const setAside = settings.checkInSetAside;
  if (setAside !== undefined && !(typeof setAside === 'string' && parseDate(setAside))) {
    return problem('settings-flag');
  }
  for (const flag of ['recordPaths', 'checkIns', 'firmerDuringHardTimes'] as const) {
    if (typeof settings[flag] !== 'boolean') return problem('settings-flag');
  }
  if (settings.welcomed !== undefined && typeof settings.welcomed !== 'boolean') return problem('settings-flag');
  if (
    settings.country !== undefined &&
    !(typeof settings.country === 'string' && /^[A-Z]{2}$/.test(settings.country))
  ) {
    return problem('settings-country');
  }
  if (!isOptionalText(settings.reachMessage, MAX_MESSAGE)) return problem('settings-message');
  const dismissed = settings.dismissed;
  if (
    dismissed !== undefined &&
    !(
      Array.isArray(dismissed) &&
      dismissed.length <= MAX_DISMISSED &&
      dismissed.every(
        (entry) =>
          typeof entry === 'object' &&
          entry !== null &&
          isText(entry.key, 300) &&
          isTime(entry.at) &&
          Object.keys(entry).length === 2,
      )
    )
  ) {
    return problem('settings-dismissed');
  }
  if (settings.lock !== undefined && !isLock(settings.lock)) return problem('settings-lock');
  const engines = settings.searchEngines;
  if (
    engines !== undefined &&
    !(Array.isArray(engines) && engines.every(isEngineId) && new Set(engines).size === engines.length)
  ) {
    return problem('settings-one');
  }
  if (settings.searchSalt !== undefined && !/^[0-9a-f]{32}$/.test(String(settings.searchSalt))) {
    return problem('settings-one');
  }
  return undefined;
}

/** The one settings record, with defaults for anything not yet chosen. */
export function settingsRepo(options: RepoOptions = {}) {
  const repo = createRepo('settings', checkSettings, options);
  return {
    async get(): Promise<Settings> {
      const stored = await repo.get('settings');
      return { id: 'settings', createdAt: 0, updatedAt: 0, ...DEFAULT_SETTINGS, ...stored } as Settings;
    },
    async update(changes: Partial<SettingsFields>): Promise<Settings> {
      const stored = await repo.get('settings');
      if (stored) return repo.update('settings', changes);
      return repo.put({ ...DEFAULT_SETTINGS, ...changes, id: 'settings' });
    },
  };
}

/** A lock: its keys wrapped with their public key, or (from before the words were sealed) a verifier, never both. */
function isLock(lock: Lock): boolean {
  if (!isObject(lock)) return false;
  const keyed = lock.wrapped !== undefined || lock.publicKey !== undefined;
  return (
    isText(lock.salt, 100) &&
    isInt(lock.iterations, 100_000, 10_000_000) &&
    isInt(lock.relockMinutes, 1, 24 * 60) &&
    (keyed
      ? lock.hash === undefined && isText(lock.wrapped, 1000) && isText(lock.publicKey, 200)
      : isText(lock.hash, 100) && lock.job === undefined) &&
    (lock.job === undefined || lock.job === 'seal' || lock.job === 'open')
  );
}
