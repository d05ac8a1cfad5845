import type { IDBPTransaction, StoreValue } from 'idb';
import { problem } from '@/utils/problems';
import { type SteadyDatabase, db as sharedDb } from './open';
import type { Settings, SteadyDB, StoreName } from './schema';
import {
  forCheck,
  isSealedStore,
  keepUnseen,
  leftovers,
  openAll,
  readKeyring,
  StaleKeysError,
  sameRecord,
  withKeyring,
  writeScope,
} from './sealing';
import { requests, write } from './transaction';
import { type Check, checkStamps, InvalidRecordError } from './validate';

type Value<S extends StoreName> = StoreValue<SteadyDB, S>;
type Key<S extends StoreName> = SteadyDB[S]['key'];

/** What a caller supplies: the record without its stamps (an id may be given). */
export type Draft<T> = Omit<T, 'id' | 'createdAt' | 'updatedAt'> & { id?: string };

export interface RepoOptions {
  /** The clock, so tests can pass one in. */
  now?: () => number;
  /** The database; the context's shared connection by default. */
  open?: () => Promise<SteadyDatabase>;
}

/**
 * The reads and writes every store shares: validated puts with stamps, gets, lists and
 * deletes. A record that fails its check is refused with InvalidRecordError and never written.
 * The person's words are sealed on the way in and opened on the way out (utils/db/sealing.ts):
 * every record a repository gives has its words open, or left out while Steady is locked.
 */
export function createRepo<S extends StoreName>(store: S, check: Check<Value<S>>, options: RepoOptions = {}) {
  const now = options.now ?? Date.now;
  const open = options.open ?? sharedDb;

  function validate(record: Value<S>): Value<S> {
    const problem = checkStamps(record) ?? check(record);
    if (problem) throw new InvalidRecordError(store, problem);
    return record;
  }

  /** A stored record (its words perhaps sealed) checked as its store checks it. */
  function validateStored(record: Value<S>): Value<S> {
    const found = checkStamps(record) ?? check(forCheck(store, record) as Value<S>);
    if (found) throw new InvalidRecordError(store, found);
    return record;
  }

  /**
   * Changes some fields of an existing record, read and written in one transaction (so two quick
   * changes cannot undo each other); a field given as undefined is cleared. Refuses if it is gone.
   */
  function update(id: Key<S>, changes: Partial<Draft<Value<S>>>): Promise<Value<S>> {
    return withKeyring(store, open, async (ring) => {
      const database = await open();
      const before = isSealedStore(store) ? await database.get(store, id as never) : undefined;
      const carried = await leftovers(ring, store, before);
      const sealed = { ...carried, ...(await ring.seal(store, changes)) };
      const tx = database.transaction(writeScope(store), 'readwrite');
      return write(tx, async () => {
        ring.check(await settingsIn(tx));
        const target = tx.objectStore(store);
        const existing = (await target.get(id as never)) as Value<S> | undefined;
        if (!existing) throw new InvalidRecordError(store, problem('record-gone'));
        // What was carried was read before: if the record changed since, read it again.
        if (Object.keys(carried).length > 0 && !sameRecord(existing, before)) throw new StaleKeysError();
        const stamps = { id, createdAt: existing.createdAt, updatedAt: now() };
        // The change is checked in the clear, with the record's other fields as they are stored.
        validateStored(cleared<Value<S>>({ ...existing, ...changes, ...stamps }));
        const record = cleared<Value<S>>({ ...existing, ...sealed, ...stamps });
        await target.put(record as never);
        return ring.open(store, record as Value<S>);
      });
    });
  }

  /** The settings, read in a write's transaction, for the keyring's check (none needed for a store without words). */
  async function settingsIn(tx: IDBPTransaction<SteadyDB, StoreName[], 'readwrite'>) {
    if (!isSealedStore(store)) return undefined;
    return (await tx.objectStore('settings').get('settings')) as Settings | undefined;
  }

  return {
    open,
    validate,
    validateStored,
    update,
    async get(id: Key<S>): Promise<Value<S> | undefined> {
      const database = await open();
      const record = await database.get(store, id as never);
      if (!record || !isSealedStore(store)) return record;
      return (await readKeyring(database)).open(store, record);
    },
    async list(): Promise<Value<S>[]> {
      const database = await open();
      const records = await database.getAll(store);
      if (!isSealedStore(store)) return records;
      return openAll(await readKeyring(database), store, records);
    },
    /** The person's words of `fields` sealed as they would be stored now (for a write made in a transaction of its own). */
    async seal<T extends object>(fields: T): Promise<T> {
      return (await readKeyring(await open())).seal(store, fields);
    },
    /**
     * Adds a record, or replaces the one with the same id (keeping its createdAt). `refuse`, if
     * given, reads the store's records (as stored) in the same transaction and throws to write
     * nothing: a check that two quick writes cannot both pass.
     */
    async put(draft: Draft<Value<S>>, refuse?: (stored: Value<S>[]) => void): Promise<Value<S>> {
      const id = draft.id ?? crypto.randomUUID();
      return withKeyring(store, open, async (ring) => {
        const time = now();
        validate({ ...draft, id, createdAt: time, updatedAt: time } as unknown as Value<S>);
        const sealed = await ring.seal(store, draft);
        const database = await open();
        const tx = database.transaction(writeScope(store), 'readwrite');
        return write(tx, async () => {
          ring.check(await settingsIn(tx));
          const target = tx.objectStore(store);
          refuse?.((await target.getAll()) as Value<S>[]);
          const existing = (await target.get(id as never)) as Value<S> | undefined;
          const record = keepUnseen(ring, store, existing, {
            ...sealed,
            id,
            createdAt: (existing as { createdAt?: number } | undefined)?.createdAt ?? time,
            updatedAt: time,
          } as unknown as Value<S>);
          await target.put(validateStored(record) as never);
          return ring.open(store, record as Value<S>);
        });
      });
    },
    /** Adds records in one transaction: all are checked first, and all are written or none. */
    async putAll(drafts: ReadonlyArray<Draft<Value<S>>>): Promise<Value<S>[]> {
      const time = now();
      const records = drafts.map((draft) =>
        validate({
          ...draft,
          id: draft.id ?? crypto.randomUUID(),
          createdAt: time,
          updatedAt: time,
        } as unknown as Value<S>),
      );
      return withKeyring(store, open, async (ring) => {
        const sealed = await Promise.all(records.map((record) => ring.seal(store, record)));
        const tx = (await open()).transaction(writeScope(store), 'readwrite');
        await write(tx, async () => {
          ring.check(await settingsIn(tx));
          const target = tx.objectStore(store);
          await requests(sealed.map((record) => () => target.put(record as never)));
        });
        return records;
      });
    },
    async remove(id: Key<S>): Promise<void> {
      const tx = (await open()).transaction(store, 'readwrite');
      await write(tx, () => tx.store.delete(id as never));
    },
  };
}

/** A record without the fields given as undefined (cleared). */
const cleared = <T>(record: object): T =>
  Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
