import type { StoreValue } from 'idb';
import { problem } from '@/utils/problems';
import { checkRecord } from './checks';
import { type SteadyDatabase, db as sharedDb } from './open';
import type { Settings, SteadyDB, StoreName } from './schema';
import { forCheck, isSealedStore, leftovers, StaleKeysError, sameRecord, withKeyring, writeScope } from './sealing';
import { requests, write } from './transaction';
import { InvalidRecordError } from './validate';

/** The stores kept in time order through their 'by-at' index. */
export type TimedStore = 'urges' | 'events' | 'reachOuts' | 'lapses';

/** Bounds, both included; either may be left out. */
export interface Bounds<K> {
  lower?: K;
  upper?: K;
}

function keyRange<K extends number | string>({ lower, upper }: Bounds<K>): IDBKeyRange | null | 'empty' {
  if (lower !== undefined && upper !== undefined) return lower > upper ? 'empty' : IDBKeyRange.bound(lower, upper);
  if (lower !== undefined) return IDBKeyRange.lowerBound(lower);
  if (upper !== undefined) return IDBKeyRange.upperBound(upper);
  return null;
}

/**
 * Hands a timed store's records to `visit`, newest first, within `bounds` on their time, until
 * `visit` returns false. One read-only transaction; `visit` must not wait on anything.
 */
export async function walkNewest<S extends TimedStore>(
  store: S,
  bounds: Bounds<number>,
  visit: (record: StoreValue<SteadyDB, S>) => boolean,
  open: () => Promise<SteadyDatabase> = sharedDb,
): Promise<void> {
  const range = keyRange(bounds);
  if (range === 'empty') return;
  const index = (await open()).transaction(store).store.index('by-at' as never);
  let cursor = await index.openCursor(range, 'prev');
  while (cursor && visit(cursor.value as StoreValue<SteadyDB, S>)) cursor = await cursor.continue();
}

/**
 * Hands the daily check-ins to `visit`, latest day first, within `bounds` on their day
 * (YYYY-MM-DD: the days sort as their keys do), until `visit` returns false.
 */
export async function walkCheckIns(
  bounds: Bounds<string>,
  visit: (checkIn: StoreValue<SteadyDB, 'checkins'>) => boolean,
  open: () => Promise<SteadyDatabase> = sharedDb,
): Promise<void> {
  const range = keyRange(bounds);
  if (range === 'empty') return;
  let cursor = await (await open()).transaction('checkins').store.openCursor(range, 'prev');
  while (cursor && visit(cursor.value)) cursor = await cursor.continue();
}

/**
 * Changes some fields of a stored record in one transaction; a field given as undefined is
 * cleared. Refused, with nothing written, when the record is gone or the result fails its
 * store's check. Its id and createdAt stay; updatedAt is now.
 */
export async function amendRecord<S extends StoreName>(
  store: S,
  id: SteadyDB[S]['key'],
  changes: Partial<StoreValue<SteadyDB, S>>,
  now = Date.now(),
  open: () => Promise<SteadyDatabase> = sharedDb,
): Promise<StoreValue<SteadyDB, S>> {
  return withKeyring(store, open, async (ring) => {
    const database = await open();
    const before = isSealedStore(store) ? await database.get(store, id as never) : undefined;
    const carried = await leftovers(ring, store, before);
    const sealed = { ...carried, ...(await ring.seal(store, changes)) };
    const tx = database.transaction(writeScope(store), 'readwrite');
    const record = await write(tx, async () => {
      if (isSealedStore(store)) ring.check((await tx.objectStore('settings').get('settings')) as Settings | undefined);
      const target = tx.objectStore(store);
      const existing = await target.get(id as never);
      if (!existing) throw new InvalidRecordError(store, problem('record-gone'));
      if (Object.keys(carried).length > 0 && !sameRecord(existing, before)) throw new StaleKeysError();
      const stamps = { id: existing.id, createdAt: existing.createdAt, updatedAt: now };
      // The change is checked in the clear; the record is written with its words sealed.
      const found = checkRecord(store, forCheck(store, withoutCleared({ ...existing, ...changes, ...stamps })));
      if (found) throw new InvalidRecordError(store, found);
      const record = withoutCleared({ ...existing, ...sealed, ...stamps });
      await target.put(record as never);
      return record;
    });
    return ring.open(store, record as unknown as StoreValue<SteadyDB, S>);
  });
}

const withoutCleared = (record: object): Record<string, unknown> =>
  Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));

/**
 * Removes records of one store in one transaction, and resolves with the ones that were there
 * (to put back as they were). Refused when none of them is there any more. Nothing else is
 * touched.
 */
export async function takeOut<S extends StoreName>(
  store: S,
  ids: ReadonlyArray<SteadyDB[S]['key']>,
  open: () => Promise<SteadyDatabase> = sharedDb,
): Promise<StoreValue<SteadyDB, S>[]> {
  const tx = (await open()).transaction(store, 'readwrite');
  return write(tx, async () => {
    const found = (await requests(ids.map((id) => () => tx.store.get(id as never)))).filter(
      (record): record is NonNullable<typeof record> => record !== undefined,
    );
    if (found.length === 0) throw new InvalidRecordError(store, problem('record-gone'));
    await requests(found.map((record) => () => tx.store.delete(record.id as never)));
    return found as StoreValue<SteadyDB, S>[];
  });
}

/**
 * Puts records back exactly as they were (their ids and stamps too), in one transaction, each
 * checked first as its repository would: one refused, none is written.
 */
export async function putBack<S extends StoreName>(
  store: S,
  records: ReadonlyArray<StoreValue<SteadyDB, S>>,
  open: () => Promise<SteadyDatabase> = sharedDb,
): Promise<void> {
  await swapRecords(store, [], records, open);
}

/**
 * Takes some records of one store out and puts others in, in one transaction: each new record
 * checked first as its repository would (one refused, nothing changes), and all or nothing.
 */
export async function swapRecords<S extends StoreName>(
  store: S,
  out: ReadonlyArray<SteadyDB[S]['key']>,
  into: ReadonlyArray<StoreValue<SteadyDB, S>>,
  open: () => Promise<SteadyDatabase> = sharedDb,
): Promise<void> {
  for (const record of into) {
    const found = checkRecord(store, forCheck(store, record));
    if (found) throw new InvalidRecordError(store, found);
  }
  await withKeyring(store, open, async (ring) => {
    // Records put back as they were, their words as the lock says now.
    const records = await Promise.all(
      into.map((record) =>
        ring.epoch !== 'plain' ? ring.seal(store, record) : ring.opens ? ring.open(store, record) : record,
      ),
    );
    const tx = (await open()).transaction(writeScope(store), 'readwrite');
    await write(tx, async () => {
      if (isSealedStore(store)) ring.check((await tx.objectStore('settings').get('settings')) as Settings | undefined);
      const target = tx.objectStore(store);
      await requests<unknown>([
        ...out.map((id) => () => target.delete(id as never)),
        ...records.map((record) => () => target.put(record as never)),
      ]);
    });
  });
}
