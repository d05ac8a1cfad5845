import { deleteDB, type IDBPDatabase, type IDBPObjectStore, type IDBPTransaction, openDB } from 'idb';
import { DB_NAME, type SteadyDB, type StoreName } from './schema';
import { type OldRecord, RECORD_UPGRADES } from './upgrades';

export type SteadyDatabase = IDBPDatabase<SteadyDB>;
type UpgradeTx = IDBPTransaction<SteadyDB, StoreName[], 'versionchange'>;

/**
 * The ordered migrations. Migration N (1-based) takes a database at version N-1 to N.
 * Never edit a migration that has shipped: add the next one, with its upgrade test.
 * A later step reaches an existing store through the upgrade transaction, and awaits nothing
 * but that transaction's own requests. A step that rewrites records does it through
 * RECORD_UPGRADES (utils/db/upgrades.ts), which sees them as they were at its own version
 * (typed loosely, never through today's record types); an import of an older export runs the
 * same steps.
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
  (_db, tx) => upgradeStoredRecords(tx, 3),
  // 4: support people with several ways to reach them; the person's own crisis lines; reach outs.
  async (db, tx) => {
    db.createObjectStore('lines', { keyPath: 'id' }).createIndex('by-order', 'order');
    db.createObjectStore('reachOuts', { keyPath: 'id' }).createIndex('by-at', 'at');
    await upgradeStoredRecords(tx, 4);
  },
  // 5: urges with a strength from 0 to 10 and several triggers; lapses likewise; the days counter.
  (_db, tx) => upgradeStoredRecords(tx, 5),
  // 6: the words the person named for searches.
  (db) => {
    db.createObjectStore('searches', { keyPath: 'id' });
  },
];

export const DB_VERSION = migrations.length;

/**
 * Runs `version`'s record upgrades (RECORD_UPGRADES) over every record its stores hold, store
 * by store, through the upgrade transaction; a record the step leaves as it is is not written.
 */
async function upgradeStoredRecords(tx: UpgradeTx, version: number): Promise<void> {
  for (const [name, upgrade] of Object.entries(RECORD_UPGRADES[version] ?? {})) {
    const store = tx.objectStore(name as StoreName) as unknown as IDBPObjectStore<
      unknown,
      [string],
      string,
      'versionchange'
    >;
    let cursor = await store.openCursor();
    while (cursor) {
      const before = cursor.value as OldRecord;
      const after = upgrade(before);
      if (after !== before) await cursor.update(after);
      cursor = await cursor.continue();
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
