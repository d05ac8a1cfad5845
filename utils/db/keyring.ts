import type { FieldBox } from '@/utils/lock/box';
import { isFieldBox } from '@/utils/lock/box';
import {
  importDataKey,
  importPrivateKey,
  importPublicKey,
  type Keys,
  type OpenKeys,
  openBox,
  sealValues,
} from '@/utils/lock/keys';
import type { Lock, Settings, StoreName } from './schema';
import { epochOf, fieldsOf, holdsBoxes, isSealedStore, type Keyring, StaleKeysError } from './sealing';

/**
 * The keyring that seals and opens the person's words with WebCrypto keys (utils/lock/keys.ts).
 * sealing.ts loads it only when a lock has keys, or a stored box must be left out, so a popup
 * without a passcode never loads the keys' code.
 */

const keyCache = new Map<string, Promise<CryptoKey>>();
function cached(id: string, make: () => Promise<CryptoKey>): Promise<CryptoKey> {
  let key = keyCache.get(id);
  if (!key) {
    if (keyCache.size > 20) keyCache.clear();
    key = make();
    keyCache.set(id, key);
    key.catch(() => keyCache.delete(id));
  }
  return key;
}

const place = (store: StoreName, field: string) => `${store}.${field}`;

/** The keyring for a lock and the keys in memory. */
export function keyringFor(lock: Lock | undefined, open: OpenKeys | undefined): Keyring {
  const epoch = epochOf(lock);
  const publicKey = lock?.publicKey;
  const opens = publicKey !== undefined && open !== undefined;
  let keys: Promise<Keys> | undefined;
  const keysNow = (): Promise<Keys> => {
    keys ??= (async () => ({
      publicKey: await cached(`pk:${publicKey}`, () => importPublicKey(publicKey ?? '')),
      ...(open
        ? {
            dataKey: await cached(`dk:${open.dk}`, () => importDataKey(open.dk)),
            privateKey: await cached(`sk:${open.sk}`, () => importPrivateKey(open.sk)),
          }
        : {}),
    }))();
    return keys;
  };

  return {
    epoch,
    opens,
    async seal<T extends object>(store: StoreName, fields: T): Promise<T> {
      if (epoch === 'plain' || !isSealedStore(store)) return fields;
      const found: Array<{ field: string; index: number; value: unknown }> = [];
      const record = fields as Record<string, unknown>;
      for (const [field, mode] of fieldsOf(store)) {
        const value = record[field];
        if (value === undefined) continue;
        if (mode === 'whole') {
          if (!isFieldBox(value)) found.push({ field, index: -1, value });
        } else if (Array.isArray(value)) {
          value.forEach((item, index) => {
            if (!isFieldBox(item)) found.push({ field, index, value: item });
          });
        }
      }
      if (found.length === 0) return fields;
      const boxes = await sealValues(
        found.map(({ field, value }) => [place(store, field), value]),
        await keysNow(),
      );
      const sealed: Record<string, unknown> = { ...record };
      found.forEach(({ field, index }, i) => {
        if (index < 0) sealed[field] = boxes[i];
        else {
          if (sealed[field] === record[field]) sealed[field] = [...(record[field] as unknown[])];
          (sealed[field] as unknown[])[index] = boxes[i];
        }
      });
      return sealed as T;
    },
    async open<T extends object>(store: StoreName, record: T): Promise<T> {
      if (!isSealedStore(store) || !holdsBoxes(store, record)) return record;
      const opened: Record<string, unknown> = { ...(record as Record<string, unknown>) };
      const ready = publicKey && open ? await keysNow() : undefined;
      const openOne = async (box: FieldBox, field: string) =>
        ready ? await openBox(box, place(store, field), ready) : undefined;
      for (const [field, mode] of fieldsOf(store)) {
        const value = opened[field];
        if (mode === 'whole' && isFieldBox(value)) {
          const result = await openOne(value, field);
          if (result) opened[field] = result.value;
          else delete opened[field];
        } else if (mode === 'each' && Array.isArray(value) && value.some(isFieldBox)) {
          const items = await Promise.all(
            value.map(async (item) => (isFieldBox(item) ? await openOne(item, field) : { value: item })),
          );
          opened[field] = items.flatMap((item) => (item ? [item.value] : []));
        }
      }
      return opened as T;
    },
    check(settings: Settings | undefined) {
      if (epochOf(settings?.lock) !== epoch) throw new StaleKeysError();
    },
  };
}
