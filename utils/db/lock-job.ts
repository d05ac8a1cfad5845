import { type SteadyDatabase, db as sharedDb } from './open';
import { SEALED_FIELDS, type SealedStore, type Settings } from './schema';
import {
  holdsBoxes,
  holdsPlainWords,
  type Keyring,
  readKeyring,
  StaleKeysError,
  sameRecord,
  writeScope,
} from './sealing';
import { requests, write } from './transaction';

/**
 * Sealing the words already written when a passcode is set, and opening them when it is taken
 * away, a batch at a time (settings.lock.job says which is under way). Each record is written
 * whole in one transaction, so none is ever half sealed; a batch cut off (a tab closed, the
 * worker stopped) leaves its records as they were, and the job goes on from wherever it is run
 * next. A record a person changed meanwhile is read again on the next pass.
 */

const SEALED_STORES = Object.keys(SEALED_FIELDS) as SealedStore[];
/** Records read and written at once: small enough that a page stays responsive between batches. */
export const JOB_BATCH = 250;

/** Passes over everything before the job gives up until it is run next. */
const MAX_PASSES = 20;

export type JobResult = 'none' | 'done' | 'locked';

/** How far the job is: records converted, of those found to convert so far. */
export type JobProgress = (converted: number) => void;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** One pass over a store: returns how many records needed converting (converted or found changed). */
async function pass(
  database: SteadyDatabase,
  store: SealedStore,
  job: 'seal' | 'open',
  ring: Keyring,
  progress: () => void,
): Promise<number> {
  const needs = (record: object) => (job === 'seal' ? holdsPlainWords(store, record) : holdsBoxes(store, record));
  let found = 0;
  let after: IDBValidKey | undefined;
  for (;;) {
    const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
    const page = (await database.getAll(store, range as never, JOB_BATCH)) as Array<{ id: IDBValidKey }>;
    if (page.length === 0) return found;
    after = page[page.length - 1]?.id;
    const todo = page.filter(needs);
    if (todo.length > 0) {
      found += todo.length;
      const converted = await Promise.all(
        todo.map((record) => (job === 'seal' ? ring.seal(store, record) : ring.open(store, record))),
      );
      const tx = database.transaction(writeScope(store), 'readwrite');
      await write(tx, async () => {
        ring.check((await tx.objectStore('settings').get('settings')) as Settings | undefined);
        const target = tx.objectStore(store);
        // The batch's records as they are now, in one request; one changed since it was read is
        // left for the next pass.
        const first = todo[0]?.id as IDBValidKey;
        const last = todo[todo.length - 1]?.id as IDBValidKey;
        const now = new Map(
          ((await target.getAll(IDBKeyRange.bound(first, last) as never)) as Array<{ id: IDBValidKey }>).map(
            (record) => [record.id, record],
          ),
        );
        await requests(
          converted.flatMap((record, i) =>
            sameRecord(now.get((todo[i] as { id: IDBValidKey }).id), todo[i])
              ? [() => target.put(record as never)]
              : [],
          ),
        );
      });
      for (let i = 0; i < todo.length; i++) progress();
    }
    if (page.length < JOB_BATCH) return found;
    await nextTask();
  }
}

/**
 * Runs the lock's job, if one is under way, to its end: 'done', 'none' (no job), or 'locked'
 * (opening needs the keys: Steady must be unlocked first). When the passcode's removal is done,
 * the lock itself is taken away, in the transaction that finds nothing left to open.
 */
export async function runLockJob(
  onProgress: JobProgress = () => undefined,
  open: () => Promise<SteadyDatabase> = sharedDb,
): Promise<JobResult> {
  let converted = 0;
  const progress = () => onProgress(++converted);
  for (let tries = 0; ; tries++) {
    const database = await open();
    const lock = (await database.get('settings', 'settings'))?.lock;
    const job = lock?.job;
    if (!lock || !job) return 'none';
    const ring = await readKeyring(database);
    if (job === 'open' && !ring.opens) return 'locked';
    try {
      // Pass after pass until one finds nothing: a change made meanwhile never adds work (new
      // words are written as the lock says), so the passes end.
      for (let passes = 1; ; passes++) {
        let found = 0;
        for (const store of SEALED_STORES) found += await pass(database, store, job, ring, progress);
        if (found === 0) break;
        // Only a person changing the same records faster than they are sealed could keep it going.
        if (passes >= MAX_PASSES) throw new Error(`The lock's job found work after ${passes} passes`);
      }
      const tx = database.transaction('settings', 'readwrite');
      const finished = await write(tx, async () => {
        const settings = await tx.store.get('settings');
        if (!settings?.lock || settings.lock.job !== job || settings.lock.publicKey !== lock.publicKey) return false;
        const { job: _, ...rest } = settings.lock;
        await tx.store.put(
          job === 'seal' ? { ...settings, lock: rest } : (({ lock: _lock, ...unlocked }) => unlocked)(settings),
        );
        return true;
      });
      if (finished) return 'done';
    } catch (error) {
      if (!(error instanceof StaleKeysError) || tries >= 5) throw error;
    }
  }
}
