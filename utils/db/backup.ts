import { type IDBPObjectStore, type StoreValue, unwrap } from 'idb';
import { sameWord } from '@/utils/search/match';
import { patternKey } from '@/utils/triggers/site-pattern';
import { type SteadyDatabase, db as sharedDb } from './open';
import {
  type AllRecords,
  type HelpLine,
  type SearchWord,
  type Settings,
  STORE_NAMES,
  type SteadyDB,
  type StoreName,
  type TriggerSite,
} from './schema';
import { type Keyring, withKeyring } from './sealing';
import { DEFAULT_SETTINGS } from './settings';
import { write } from './transaction';

/**
 * The database side of export and import: every store read in one transaction, and a checked
 * file (utils/backup/validate.ts) written in one transaction, all or nothing.
 */

/** How an import treats what the device already holds. */
export const IMPORT_MODES = ['replace', 'add'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

/** What an import did to one store: records written from the file, and the device's records kept instead of the file's. */
export interface StoreCount {
  added: number;
  kept: number;
}
export type ImportCounts = Record<StoreName, StoreCount>;

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Every record of every store, read in one readonly transaction (so the stores agree with each
 * other), each store sorted by id: the same data always reads the same.
 */
export async function readAllRecords(open: () => Promise<SteadyDatabase> = sharedDb): Promise<AllRecords> {
  const tx = (await open()).transaction(STORE_NAMES, 'readonly');
  const lists = await Promise.all(STORE_NAMES.map((store) => tx.objectStore(store).getAll()));
  await tx.done;
  return Object.fromEntries(
    STORE_NAMES.map((store, i) => [store, (lists[i] as Array<{ id: string }>).sort(byId)]),
  ) as AllRecords;
}

/**
 * Writes checked records in one readwrite transaction over every store: all are written or none
 * (a failure aborts it, and the database is as it was).
 *
 * `replace`: every store is cleared, then holds exactly the file's records.
 * `add`: a record whose id the store already holds is passed over (the device's is kept), and so
 * is a trigger site the device already flags under another id (same host, scope and path), and a
 * search word the device already names (the same word folded, whatever the salt); the rest is
 * added. Settings and plan sections have fixed ids, so the device's stay. People and
 * crisis lines added from the file come after the device's own, in the file's order. Either way
 * the device keeps its own lock (keepDeviceLock).
 */
export async function writeAllRecords(
  records: AllRecords,
  mode: ImportMode,
  open: () => Promise<SteadyDatabase> = sharedDb,
): Promise<ImportCounts> {
  return withKeyring(STORE_NAMES, open, async (ring) => {
    // The file's words, sealed as the lock says, before the transaction (WebCrypto cannot work in one).
    const sealed = Object.fromEntries(
      await Promise.all(
        STORE_NAMES.map(async (store) => [
          store,
          await Promise.all((records[store] as object[]).map((record) => ring.seal(store, record))),
        ]),
      ),
    ) as AllRecords;
    // The file's search words in the clear, to know a word the device names under another salt.
    const words = new Map((records.searches as SearchWord[]).map((entry) => [entry.id, entry.word ?? '']));
    return writeSealed(sealed, mode, open, ring, words);
  });
}

async function writeSealed(
  records: AllRecords,
  mode: ImportMode,
  open: () => Promise<SteadyDatabase>,
  ring: Keyring,
  words: ReadonlyMap<string, string>,
): Promise<ImportCounts> {
  const tx = (await open()).transaction(STORE_NAMES, 'readwrite');
  return write(tx, async () => {
    ring.check(await tx.objectStore('settings').get('settings'));
    const counts = {} as ImportCounts;
    for (const store of STORE_NAMES) {
      const target = tx.objectStore(store);
      let fresh = records[store] as Array<StoreValue<SteadyDB, StoreName>>;
      if (store === 'settings') fresh = await keepDeviceLock(target, fresh as Settings[], mode);
      if (mode === 'replace') {
        await target.clear();
      } else {
        const existing = await target.getAll();
        const ids = new Set(existing.map((record) => record.id as string));
        const flagged = new Set(store === 'sites' ? (existing as TriggerSite[]).map(patternKey) : []);
        fresh = fresh.filter(
          (record) =>
            !ids.has(record.id) &&
            !(store === 'sites' && flagged.has(patternKey(record as TriggerSite))) &&
            !(store === 'searches' && named(existing as SearchWord[], words.get(record.id as string))),
        );
        if (store === 'contacts' || store === 'lines') fresh = after(existing as HelpLine[], fresh as HelpLine[]);
      }
      counts[store] = { added: fresh.length, kept: records[store].length - fresh.length };
      await addAll(target, fresh);
    }
    return counts;
  });
}

/** Whether the device already names `word` (a word from the file), under whichever salt its entry has. */
const named = (existing: readonly SearchWord[], word: string | undefined): boolean =>
  word !== undefined && word !== '' && existing.some((entry) => sameWord(entry, word));

/**
 * Adds records through the store's own requests, a thousand at a time, each batch awaited
 * inside the transaction. The plain requests (not one promise each) and the short queue keep
 * 100,000 records to about 2 s on fake-indexeddb (10 s at once: its queue slows with its length).
 * A request that fails aborts the transaction, and the batch's last request then fails too.
 */
async function addAll(store: IDBPObjectStore<SteadyDB, StoreName[], StoreName, 'readwrite'>, records: unknown[]) {
  const raw = unwrap(store) as IDBObjectStore;
  for (let i = 0; i < records.length; i += BATCH) {
    let last: IDBRequest | undefined;
    for (const record of records.slice(i, i + BATCH)) last = raw.add(record);
    if (!last) continue;
    const request = last;
    await new Promise<void>((resolve, reject) => {
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error ?? new Error('The import was stopped'));
    });
  }
}

const BATCH = 1000;

/**
 * The device keeps its own lock: a file's passcode (an earlier Steady exported it) is never
 * taken, and replacing everything keeps the passcode this device has, if any.
 */
async function keepDeviceLock(
  target: IDBPObjectStore<SteadyDB, StoreName[], StoreName, 'readwrite'>,
  fresh: readonly Settings[],
  mode: ImportMode,
): Promise<Settings[]> {
  const unlocked = fresh.map(({ lock: _, ...settings }) => settings as Settings);
  if (mode !== 'replace') return unlocked;
  const lock = ((await target.get('settings')) as Settings | undefined)?.lock;
  if (!lock) return unlocked;
  const now = Date.now();
  const base = unlocked[0] ?? ({ ...DEFAULT_SETTINGS, id: 'settings', createdAt: now, updatedAt: now } as Settings);
  return [{ ...base, lock }];
}

interface Ordered {
  id: string;
  order: number;
}

/** The file's people (or lines), numbered after the device's, in the file's order. */
function after<T extends Ordered>(existing: readonly T[], fresh: readonly T[]): T[] {
  const last = existing.reduce((max, record) => Math.max(max, record.order), -1);
  return [...fresh].sort((a, b) => a.order - b.order).map((record, i) => ({ ...record, order: last + 1 + i }));
}
