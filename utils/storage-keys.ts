/**
 * Every key Steady keeps in `browser.storage`, declared once: its area, the version of the shape
 * of its value (its reader refuses another), and (in STORAGE_READERS) the function that reads it back. Nothing else
 * spells a key; tests/unit/house-storage.test.ts fails a storage call whose key is not from here,
 * and a reader that is missing or takes anything for its value.
 *
 * storage.local holds copies the background derives from the database for what cannot wait for
 * it (the guard at document_start, the warning page framed in a web page); storage.session what
 * lives only while the browser runs. Plain data, importing nothing: the guard reads it too.
 */
export interface StorageKey {
  area: 'local' | 'session';
  key: string;
  /** The version of the value's shape; a value of another version is read as none. */
  version: number;
}

export const STORAGE = {
  /** The guard's copy of the site rules and how check-ins behave now. */
  guard: { area: 'local', key: 'guard', version: 2 },
  /** Quiet times the guard gave itself on "continue" (rule id → until), before the background's copy has them. */
  guardQuiet: { area: 'local', key: 'guardQuiet', version: 1 },
  /** The crisis lines and country, for the pages that show them before the background answers. */
  help: { area: 'local', key: 'help', version: 1 },
  /** The hard-time windows already nudged about (window key → its end). */
  checkedIn: { area: 'local', key: 'hardTimes.checkedIn', version: 1 },
  /** Until when Steady stays unlocked. */
  unlockedUntil: { area: 'session', key: 'unlockedUntil', version: 1 },
  /** The words' keys, unwrapped, while Steady is unlocked (utils/lock/keys.ts): in memory only. */
  openKeys: { area: 'session', key: 'openKeys', version: 1 },
  /** How many records the worker's lock job has sealed or opened so far (utils/background/lock-job.ts). */
  lockProgress: { area: 'session', key: 'lockProgress', version: 1 },
  /** The worker's marker: left by a start of the worker in this browser session, so a wake-up is told from a cold start. */
  worker: { area: 'session', key: 'worker', version: 1 },
} as const satisfies Record<string, StorageKey>;

/**
 * The exported function that reads each key's value back (`file#name`): beside the table, apart
 * from it, so the pages' bundles leave these names out (only the house test reads them).
 */
export const STORAGE_READERS: Record<keyof typeof STORAGE, `${string}.ts#${string}`> = {
  guard: 'utils/guard/state.ts#asGuardState',
  guardQuiet: 'utils/guard/state.ts#asQuietTimes',
  help: 'utils/help-copy.ts#asHelpCopy',
  checkedIn: 'utils/background/hard-times.ts#asCheckedIn',
  unlockedUntil: 'utils/lock/session.ts#unlockedUntil',
  openKeys: 'utils/lock/session.ts#openKeys',
  lockProgress: 'utils/lock/session.ts#asLockProgress',
  worker: 'utils/background/wake.ts#asWorkerMarker',
};

/** Keys an earlier Steady wrote to storage.local and this one removes (site statuses, before version 3). */
export const RETIRED_LOCAL_KEYS: readonly string[] = ['siteStatus'];
