import { deleteDB, type IDBPDatabase, type IDBPObjectStore, type IDBPTransaction, openDB } from 'idb';
import { DB_NAME, type SteadyDB, type StoreName } from './schema';

export type SteadyDatabase = IDBPDatabase<SteadyDB>;
type UpgradeTx = IDBPTransaction<SteadyDB, StoreName[], 'versionchange'>;

/**
 * The ordered migrations. Migration N (1-based) takes a database at version N-1 to N.
 * Never edit a migration that has shipped: add the next one, with its upgrade test.
 * A later step reaches an existing store through the upgrade transaction, and awaits nothing
 * but that transaction's own requests. A step that rewrites records sees them as they were
 * at its own version (typed loosely here, never through today's record types).
 */
export const migrations: ReadonlyArray<(db: SteadyDatabase, tx: UpgradeTx) => void | Promise<void>> = [
  // 1: the first stores.
  (db) => {
    db.createObjectStore('sites', { keyPath: 'id' });
    db.createObjectStore('times', { keyPath: 'id' });
    db.createObjectStore('urges', { keyPath: 'id' }).createIndex('by-at', 'at');
    db.createObjectStore('contacts', { keyPath: 'id' }).createIndex('by-order', 'order');
    db.createObjectStore('plan', { keyPath: 'id' });
    db.createObjectStore('checkins', { keyPath: 'id' });
    db.createObjectStore('lapses', { keyPath: 'id' }).createIndex('by-at', 'at');
    db.createObjectStore('settings', { keyPath: 'id' });
  },
  // 2: warning events for insights, and sites looked up by host.
  (db, tx) => {
    db.createObjectStore('events', { keyPath: 'id' }).createIndex('by-at', 'at');
    tx.objectStore('sites').createIndex('by-host', 'host');
  },
  // 3: a site's access is the browser's fact (its host permission), not a stored status.
  async (_db, tx) => {
    const sites = tx.objectStore('sites') as unknown as IDBPObjectStore<unknown, ['sites'], 'sites', 'versionchange'>;
    let cursor = await sites.openCursor();
    while (cursor) {
      const { status, ...site } = cursor.value as Record<string, unknown>;
      if (status !== undefined) await cursor.update(site);
      cursor = await cursor.continue();
    }
  },
  // 4: support people with several ways to reach them; the person's own crisis lines; reach outs.
  async (db, tx) => {
    db.createObjectStore('lines', { keyPath: 'id' }).createIndex('by-order', 'order');
    db.createObjectStore('reachOuts', { keyPath: 'id' }).createIndex('by-at', 'at');
    const contacts = tx.objectStore('contacts') as unknown as IDBPObjectStore<
      unknown,
      ['contacts'],
      'contacts',
      'versionchange'
    >;
    let cursor = await contacts.openCursor();
    while (cursor) {
      await cursor.update(contactFromVersion3(cursor.value as Record<string, unknown>));
      cursor = await cursor.continue();
    }
  },
  // 5: urges with a strength from 0 to 10 and several triggers; lapses likewise; the days counter.
  async (_db, tx) => {
    for (const name of ['urges', 'lapses', 'settings'] as const) {
      const store = tx.objectStore(name) as unknown as IDBPObjectStore<
        unknown,
        [typeof name],
        typeof name,
        'versionchange'
      >;
      let cursor = await store.openCursor();
      while (cursor) {
        const before = cursor.value as Record<string, unknown>;
        const after = name === 'settings' ? settingsFromVersion4(before) : recordFromVersion4(before);
        if (after !== before) await cursor.update(after);
        cursor = await cursor.continue();
      }
    }
  },
];

export const DB_VERSION = migrations.length;

/** A version-4 urge or lapse in version 5: `intensity` is the `strength`, one `trigger` is a list of one. */
export function recordFromVersion4(old: Record<string, unknown>): Record<string, unknown> {
  if (!('intensity' in old) && !('trigger' in old)) return old;
  const { intensity, trigger, ...rest } = old;
  return {
    ...rest,
    ...(intensity !== undefined ? { strength: intensity } : {}),
    ...(trigger !== undefined ? { triggers: [trigger] } : {}),
  };
}

/** Version-4 settings in version 5: the one start date becomes the recovery's start and the counter's, shown. */
export function settingsFromVersion4(old: Record<string, unknown>): Record<string, unknown> {
  if (!('sobrietyStart' in old)) return old;
  const { sobrietyStart, ...rest } = old;
  return sobrietyStart === undefined
    ? rest
    : { ...rest, recoveryStart: sobrietyStart, counterStart: sobrietyStart, showDays: true };
}

/**
 * A version-3 contact (one `method` and its `value`) as a version-4 one (a way per channel).
 * Phone numbers keep only their digits and a leading plus; a value that fits no channel (an
 * https link) is kept in the note, so nothing the person wrote is lost.
 */
export function contactFromVersion3(old: Record<string, unknown>): Record<string, unknown> {
  const { method, value, ...rest } = old;
  if (method === undefined && value === undefined) return old;
  const text = typeof value === 'string' ? value.trim() : '';
  const phone = text.replace(/[\s().-]/g, '');
  const keep = (note: string) => ({ ...rest, ways: {}, note: [rest.note, note].filter(Boolean).join('\n') });
  switch (method) {
    case 'call':
    case 'text':
      return /^\+[1-9]\d{6,14}$/.test(phone) ? { ...rest, ways: { [method]: phone }, preferred: method } : keep(text);
    case 'email':
      return { ...rest, ways: { email: text }, preferred: 'email' };
    default: {
      const whatsapp = /^https:\/\/wa\.me\/(\d{7,15})(?:[/?]|$)/.exec(text);
      if (whatsapp) return { ...rest, ways: { whatsapp: `+${whatsapp[1]}` }, preferred: 'whatsapp' };
      return keep(text);
    }
  }
}

/**
 * Opens Steady's database at `version` (the current one unless a test asks for an older),
 * running every migration the stored database has not had yet, in order.
 */
export function openSteadyDb(version = DB_VERSION, name = DB_NAME, onGone?: () => void): Promise<SteadyDatabase> {
  return openDB<SteadyDB>(name, version, {
    async upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion; v < (newVersion ?? version); v++) await migrations[v]?.(db, tx);
    },
    blocking(_current, _blockedVersion, event) {
      // A newer Steady (after an update) wants to upgrade: step aside so it can.
      (event.target as IDBDatabase).close();
      onGone?.();
    },
    terminated: onGone,
  });
}

let shared: Promise<SteadyDatabase> | undefined;

/** The context's one open connection, opened on first use. */
export function db(): Promise<SteadyDatabase> {
  shared ??= openSteadyDb(DB_VERSION, DB_NAME, resetDbConnection).catch((error) => {
    shared = undefined;
    throw error;
  });
  return shared;
}

/** Forgets the shared connection (tests reset IndexedDB between cases). */
export function resetDbConnection(): void {
  shared = undefined;
}

/** Closes this context's connection, if one is open (before the database is deleted). */
export async function closeDb(): Promise<void> {
  const open = shared;
  shared = undefined;
  if (open) (await open.catch(() => undefined))?.close();
}

/**
 * Deletes Steady's whole database. Other contexts' connections step aside when asked (their
 * `blocking` handler closes them), so the deletion never waits for a page to be closed.
 */
export async function deleteSteadyDb(name = DB_NAME): Promise<void> {
  await closeDb();
  await deleteDB(name);
}

/** Asks the browser not to evict Steady's data under storage pressure. Never throws. */
export async function askForPersistentStorage(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}
