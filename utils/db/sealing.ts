import { type FieldBox, isFieldBox } from '@/utils/lock/box';
import type { OpenKeys } from '@/utils/lock/keys';
import type { SteadyDatabase } from './open';
import { type Lock, SEALED_FIELDS, type SealedStore, type Settings, type StoreName } from './schema';

/**
 * The person's words sealed at rest (SEALED_FIELDS), at the database's edge: every write seals
 * them before its transaction starts (WebCrypto cannot work inside one), every read opens them
 * after. A write checks in its own transaction that the lock is still the one it sealed for
 * (else it seals again), so no word is ever written in the clear under a lock, or sealed under
 * a lock that is gone.
 */

/**
 * Where the open keys are while Steady is open (storage.session), given by the commands: this
 * layer reads no browser API. Gives undefined while locked. Until one is given: always locked.
 */
export type KeyMemory = () => Promise<OpenKeys | undefined>;
let memory: KeyMemory = async () => undefined;

export function useKeyMemory(read: KeyMemory): void {
  memory = read;
}

type Mode = 'whole' | 'each';

export const isSealedStore = (store: StoreName): store is SealedStore => Object.hasOwn(SEALED_FIELDS, store);
export const fieldsOf = (store: SealedStore) => Object.entries(SEALED_FIELDS[store]) as Array<[string, Mode]>;

/** How new words are written under a lock: in the clear ('plain') or sealed under its public key. */
export const epochOf = (lock: Lock | undefined): string =>
  lock?.publicKey && lock.job !== 'open' ? `sealed:${lock.publicKey}` : 'plain';

/** The lock changed between sealing and writing: seal again. */
export class StaleKeysError extends Error {
  constructor() {
    super('The lock changed during a write');
    this.name = 'StaleKeysError';
  }
}

export interface Keyring {
  readonly epoch: string;
  /** Whether sealed words open here now (Steady is open, its keys in memory). */
  readonly opens: boolean;
  /** The fields with the person's words sealed (those already sealed stay as they are). */
  seal<T extends object>(store: StoreName, fields: T): Promise<T>;
  /** The record with its sealed words opened; those that cannot open now are left out. */
  open<T extends object>(store: StoreName, record: T): Promise<T>;
  /** In a write's transaction, with the stored settings: throws StaleKeysError if the lock is not the one sealed for. */
  check(settings: Settings | undefined): void;
}

/** Whether a record holds any sealed box. */
export function holdsBoxes(store: StoreName, record: object): boolean {
  if (!isSealedStore(store)) return false;
  const fields = record as Record<string, unknown>;
  return fieldsOf(store).some(([field, mode]) => {
    const value = fields[field];
    return mode === 'whole' ? isFieldBox(value) : Array.isArray(value) && value.some(isFieldBox);
  });
}

/** Whether a record holds any of the person's words in the clear. */
export function holdsPlainWords(store: StoreName, record: object): boolean {
  if (!isSealedStore(store)) return false;
  const fields = record as Record<string, unknown>;
  return fieldsOf(store).some(([field, mode]) => {
    const value = fields[field];
    if (value === undefined) return false;
    return mode === 'whole' ? !isFieldBox(value) : Array.isArray(value) && value.some((item) => !isFieldBox(item));
  });
}

/** The keyring that seals and opens with keys: loaded only when there are keys or boxes to use. */
const withKeys = () => import('./keyring');

/** The keyring without a lock: nothing to seal; a box left without its lock (none should be) is left out. */
const PLAIN: Keyring = {
  epoch: 'plain',
  opens: false,
  seal: async (_store, fields) => fields,
  open: async (store, record) =>
    holdsBoxes(store, record) ? (await withKeys()).keyringFor(undefined, undefined).open(store, record) : record,
  check(settings) {
    if (epochOf(settings?.lock) !== 'plain') throw new StaleKeysError();
  },
};

/** The keyring now: the stored lock, and the keys in memory if Steady is open. */
export async function readKeyring(database: SteadyDatabase): Promise<Keyring> {
  const settings = await database.get('settings', 'settings');
  const lock = settings?.lock;
  if (epochOf(lock) === 'plain' && !lock?.publicKey) return PLAIN;
  const [{ keyringFor }, open] = await Promise.all([withKeys(), lock?.publicKey ? memory() : undefined]);
  return keyringFor(lock, open);
}

/**
 * Runs a write with the keyring of now; when the lock changed before its transaction
 * (StaleKeysError), runs it again with the new one. A store without words needs no keyring.
 */
export async function withKeyring<T>(
  store: StoreName | readonly StoreName[],
  open: () => Promise<SteadyDatabase>,
  work: (ring: Keyring) => Promise<T>,
): Promise<T> {
  const stores: readonly StoreName[] = typeof store === 'string' ? [store] : store;
  for (let tries = 0; ; tries++) {
    const ring = stores.some(isSealedStore) ? await readKeyring(await open()) : PLAIN;
    try {
      return await work(ring);
    } catch (error) {
      if (!(error instanceof StaleKeysError) || tries >= 5) throw error;
    }
  }
}

/** The stores a write to `store` needs: with the settings, whose lock it checks. */
export function writeScope(store: StoreName): StoreName[] {
  return isSealedStore(store) && store !== 'settings' ? [store, 'settings'] : [store];
}

/** Reads many records' words open, a slice at a time. */
export async function openAll<T extends object>(ring: Keyring, store: StoreName, records: T[]): Promise<T[]> {
  if (!isSealedStore(store)) return records;
  const out: T[] = [];
  for (let i = 0; i < records.length; i += 2000) {
    out.push(...(await Promise.all(records.slice(i, i + 2000).map((record) => ring.open(store, record)))));
  }
  return out;
}

/**
 * A record as its store's check sees it: sealed words are checked before they are sealed, so
 * here a whole sealed field is left out and a sealed line stands as an empty one.
 */
export function forCheck(store: StoreName, record: object): object {
  if (!isSealedStore(store) || !holdsBoxes(store, record)) return record;
  const copy: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const [field, mode] of fieldsOf(store)) {
    const value = copy[field];
    if (mode === 'whole' && isFieldBox(value)) delete copy[field];
    else if (mode === 'each' && Array.isArray(value)) copy[field] = value.map((item) => (isFieldBox(item) ? '' : item));
  }
  return copy;
}

/**
 * A write made while the words cannot be opened never drops a sealed word it could not see: a
 * sealed field the new record leaves out keeps its box, and a sealed list keeps its sealed lines
 * before the new ones.
 */
export function keepUnseen<T extends object>(ring: Keyring, store: StoreName, existing: T | undefined, record: T): T {
  if (ring.opens || !existing || !isSealedStore(store)) return record;
  const before = existing as Record<string, unknown>;
  const after: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const [field, mode] of fieldsOf(store)) {
    const old = before[field];
    if (mode === 'whole') {
      if (after[field] === undefined && isFieldBox(old)) after[field] = old;
    } else if (Array.isArray(old) && old.some(isFieldBox)) {
      const fresh = Array.isArray(after[field]) ? (after[field] as unknown[]) : [];
      const boxes = old.filter(isFieldBox);
      after[field] = [...boxes, ...fresh.filter((item) => !boxes.includes(item as FieldBox))];
    }
  }
  return after as T;
}

/** The sealed fields of a record, as they are. */
function sealedFieldsOf(store: SealedStore, record: object): Record<string, unknown> {
  const fields = record as Record<string, unknown>;
  return Object.fromEntries(fieldsOf(store).flatMap(([field]) => (field in fields ? [[field, fields[field]]] : [])));
}

/**
 * What a change to a stored record must carry so the record is never half sealed: while the
 * words already written are being sealed (or opened) a batch at a time, a record not yet reached
 * has its words converted with the change. Empty when there is nothing to convert.
 */
export async function leftovers(ring: Keyring, store: StoreName, stored: object | undefined): Promise<object> {
  if (!stored || !isSealedStore(store)) return {};
  if (ring.epoch !== 'plain' && holdsPlainWords(store, stored)) return ring.seal(store, sealedFieldsOf(store, stored));
  if (ring.epoch === 'plain' && ring.opens && holdsBoxes(store, stored)) {
    return ring.open(store, sealedFieldsOf(store, stored));
  }
  return {};
}

/** Whether two stored records are the same (words sealed or not). */
export const sameRecord = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
