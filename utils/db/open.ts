import { deleteDB, type IDBPDatabase, openDB } from 'idb';
import { DB_NAME, type SteadyDB } from './schema';

export type SteadyDatabase = IDBPDatabase<SteadyDB>;

/**
 * The database's version: the number of migrations in utils/db/migrations.ts (a test holds the
 * two equal). The migrations load only when the stored database is older, so a page opening an
 * up-to-date database never loads them.
 */
export const DB_VERSION = 6;

type Migrations = typeof import('./migrations');
let loaded: Migrations | undefined;

/** Loads the migrations unless the stored database is known to be at `version` already. */
async function migrationsFor(name: string, version: number): Promise<void> {
  if (loaded) return;
  try {
    const found = (await indexedDB.databases()).find((known) => known.name === name);
    if (found?.version !== undefined && found.version >= version) return;
  } catch {
    // Cannot tell: load them.
  }
  loaded = await import('./migrations');
}

/**
 * Opens Steady's database at `version` (the current one unless a test asks for an older),
 * running every migration the stored database has not had yet, in order.
 */
export async function openSteadyDb(version = DB_VERSION, name = DB_NAME, onGone?: () => void): Promise<SteadyDatabase> {
  await migrationsFor(name, version);
  try {
    return await openAt(version, name, onGone);
  } catch (error) {
    // The database turned out older than it said (another page may have opened it meanwhile at
    // an older version): the upgrade stepped aside, changing nothing. Load the migrations, again.
    if (!(error instanceof MigrationsNotLoadedError)) throw error;
    loaded = await import('./migrations');
    return openAt(version, name, onGone);
  }
}

class MigrationsNotLoadedError extends Error {}

async function openAt(version: number, name: string, onGone?: () => void): Promise<SteadyDatabase> {
  let stepAside = false;
  const opening = openDB<SteadyDB>(name, version, {
    async upgrade(db, oldVersion, newVersion, tx) {
      if (!loaded) {
        // Never upgrade without the migrations: abort the version change, which changes nothing.
        stepAside = true;
        tx.done.catch(() => undefined);
        tx.abort();
        return;
      }
      await loaded.migrate(db, oldVersion, newVersion ?? version, tx);
    },
    blocking(_current, _blockedVersion, event) {
      // A newer Steady (after an update) wants to upgrade: step aside so it can.
      (event.target as IDBDatabase).close();
      onGone?.();
    },
    terminated: onGone,
  });
  try {
    return await opening;
  } catch (error) {
    throw stepAside ? new MigrationsNotLoadedError() : error;
  }
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
