import type { StoreValue } from 'idb';
import { problem } from '@/utils/problems';
import { type SteadyDatabase, db as sharedDb } from './open';
import type { SteadyDB, StoreName } from './schema';
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
 */
export function createRepo<S extends StoreName>(store: S, check: Check<Value<S>>, options: RepoOptions = {}) {
  const now = options.now ?? Date.now;
  const open = options.open ?? sharedDb;

  function validate(record: Value<S>): Value<S> {
    const problem = checkStamps(record) ?? check(record);
    if (problem) throw new InvalidRecordError(store, problem);
    return record;
  }

  /**
   * Changes an existing record as `change` says, read and written in one transaction (so two
   * quick changes cannot undo each other); refuses if it is gone.
   */
  async function amend(id: Key<S>, change: (existing: Value<S>) => Value<S>): Promise<Value<S>> {
    const database = await open();
    const tx = database.transaction(store, 'readwrite');
    return write(tx, async () => {
      const existing = (await tx.store.get(id as never)) as Value<S> | undefined;
      if (!existing) throw new InvalidRecordError(store, problem('record-gone'));
      const record = validate({ ...change(existing), id, updatedAt: now() } as Value<S>);
      await tx.store.put(record as never);
      return record;
    });
  }

  return {
    open,
    validate,
    amend,
    async get(id: Key<S>): Promise<Value<S> | undefined> {
      return (await open()).get(store, id as never);
    },
    async list(): Promise<Value<S>[]> {
      return (await open()).getAll(store);
    },
    /** Adds a record, or replaces the one with the same id (keeping its createdAt). */
    async put(draft: Draft<Value<S>>): Promise<Value<S>> {
      const database = await open();
      const time = now();
      const id = draft.id ?? crypto.randomUUID();
      const tx = database.transaction(store, 'readwrite');
      return write(tx, async () => {
        const existing = (await tx.store.get(id as never)) as Value<S> | undefined;
        const record = validate({
          ...draft,
          id,
          createdAt: (existing as { createdAt?: number } | undefined)?.createdAt ?? time,
          updatedAt: time,
        } as unknown as Value<S>);
        await tx.store.put(record as never);
        return record;
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
      const tx = (await open()).transaction(store, 'readwrite');
      await write(tx, () => requests(records.map((record) => () => tx.store.put(record as never))));
      return records;
    },
    /** Changes some fields of an existing record; refuses if it is gone. */
    update(id: Key<S>, changes: Partial<Draft<Value<S>>>): Promise<Value<S>> {
      return amend(id, (existing) => ({ ...existing, ...changes }) as Value<S>);
    },
    async remove(id: Key<S>): Promise<void> {
      const tx = (await open()).transaction(store, 'readwrite');
      await write(tx, () => tx.store.delete(id as never));
    },
  };
}
