import type { IDBPObjectStore, IDBPTransaction } from 'idb';
import type { SteadyDatabase } from './open';
import type { SteadyDB, StoreName } from './schema';
import { type OldRecord, RECORD_UPGRADES } from './upgrades';

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

/** Runs every migration from `oldVersion` to `newVersion`, in order, in the upgrade transaction. */
export async function migrate(
  db: SteadyDatabase,
  oldVersion: number,
  newVersion: number,
  tx: UpgradeTx,
): Promise<void> {
  for (let v = oldVersion; v < newVersion; v++) await migrations[v]?.(db, tx);
}
