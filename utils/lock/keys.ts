/**
 * The keys that seal the person's words at rest (WebCrypto only).
 *
 * - A random 256-bit **data key** seals words written while Steady is open (AES-GCM, a random
 *   96-bit IV each time).
 * - An ECDH P-256 key pair seals words written while it is locked, in the manner of HPKE: each
 *   write makes a fresh ephemeral pair; the shared secret with the **public key**, through
 *   HKDF-SHA256, is an AES-GCM key; only the **private key** can make that secret again.
 * - The data key and the private key are wrapped together (AES-GCM) under a key derived from the
 *   passcode (PBKDF2-HMAC-SHA256, the passcode's work factor, its own salt). A wrong passcode
 *   cannot unwrap them: the authentication tag refuses it. Changing the passcode wraps the same
 *   keys again; no record is sealed again.
 *
 * Every box is bound to what it holds (the store and the field, as AES-GCM's additional data),
 * so a box moved to another field does not open. A box that was changed, cut or moved is refused,
 * never opened into garbage.
 */

import type { FieldBox } from './box';

/** The keys unwrapped, as kept in memory (storage.session) while Steady is open: base64. */
export interface OpenKeys {
  /** The data key, 32 raw bytes. */
  dk: string;
  /** The private ECDH key, PKCS #8. */
  sk: string;
}

/** What is kept on disk of the keys: wrapped, and the public key in the clear. */
export interface WrappedKeys {
  /** 16 random bytes, base64: the passcode key's salt. */
  salt: string;
  iterations: number;
  /** The IV (12 bytes) and the sealed keys, base64. */
  wrapped: string;
  /** The public ECDH key, raw (65 bytes), base64. */
  publicKey: string;
}

const encoder = new TextEncoder();

export const toBase64 = (bytes: Uint8Array): string => {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
};
export const fromBase64 = (text: string): Uint8Array<ArrayBuffer> =>
  Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

const bytes = (value: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(value);

/** What the wrapped keys are bound to. */
const KEYS_LABEL = encoder.encode('steady:lock-keys:v1');
const FIELD_INFO = encoder.encode('steady:field:v1');

async function passcodeKey(passcode: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(passcode.normalize('NFC')), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** New keys: the open keys for memory, and the public key. */
export async function createKeys(): Promise<{ open: OpenKeys; publicKey: string }> {
  const dk = crypto.getRandomValues(new Uint8Array(32));
  const pair = (await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, [
    'deriveBits',
  ])) as CryptoKeyPair;
  const sk = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  const pk = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return { open: { dk: toBase64(dk), sk: toBase64(sk) }, publicKey: toBase64(pk) };
}

/** Wraps the open keys under a passcode (a fresh salt each time). */
export async function wrapKeys(
  keys: OpenKeys,
  publicKey: string,
  passcode: string,
  iterations: number,
): Promise<WrappedKeys> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await passcodeKey(passcode, salt, iterations);
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: KEYS_LABEL },
      key,
      encoder.encode(JSON.stringify([keys.dk, keys.sk, publicKey])),
    ),
  );
  const wrapped = new Uint8Array(iv.length + sealed.length);
  wrapped.set(iv);
  wrapped.set(sealed, iv.length);
  return { salt: toBase64(salt), iterations, wrapped: toBase64(wrapped), publicKey };
}

/** The open keys, or undefined when this passcode does not unwrap them (or they were changed). Never throws. */
export async function unwrapKeys(stored: WrappedKeys, passcode: string): Promise<OpenKeys | undefined> {
  try {
    const wrapped = fromBase64(stored.wrapped);
    const key = await passcodeKey(passcode, fromBase64(stored.salt), stored.iterations);
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: wrapped.subarray(0, 12), additionalData: KEYS_LABEL },
      key,
      wrapped.subarray(12),
    );
    const [dk, sk, publicKey] = JSON.parse(new TextDecoder().decode(plain)) as string[];
    // The public key is bound to the wrapped keys: one swapped on disk is refused.
    if (typeof dk !== 'string' || typeof sk !== 'string' || publicKey !== stored.publicKey) return undefined;
    return { dk, sk };
  } catch {
    return undefined;
  }
}

/** The keys as WebCrypto keys, to seal and open with. */
export interface Keys {
  dataKey?: CryptoKey;
  privateKey?: CryptoKey;
  publicKey: CryptoKey;
}

export const importDataKey = (dk: string): Promise<CryptoKey> =>
  crypto.subtle.importKey('raw', fromBase64(dk), 'AES-GCM', false, ['encrypt', 'decrypt']);
export const importPrivateKey = (sk: string): Promise<CryptoKey> =>
  crypto.subtle.importKey('pkcs8', fromBase64(sk), { name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits']);
export const importPublicKey = (pk: string): Promise<CryptoKey> =>
  crypto.subtle.importKey('raw', fromBase64(pk), { name: 'ECDH', namedCurve: 'P-256' }, false, []);

/** The AES-GCM key a 'pk' box is sealed with: HKDF over the ECDH secret, salted with the ephemeral key. */
async function sharedKey(privateKey: CryptoKey, publicKey: CryptoKey, epk: Uint8Array<ArrayBuffer>) {
  const secret = await crypto.subtle.deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256);
  const material = await crypto.subtle.importKey('raw', secret, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: epk, info: FIELD_INFO },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** What a box is bound to: its place. */
const placeOf = (place: string) => encoder.encode(`steady:${place}`);

async function seal(value: unknown, place: string, key: CryptoKey): Promise<{ iv: Uint8Array; data: Uint8Array }> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: placeOf(place) },
    key,
    encoder.encode(JSON.stringify(value)),
  );
  return { iv, data: new Uint8Array(data) };
}

/**
 * Seals values, each at its place ("urges.note"): with the data key when it is there (Steady
 * is open), else with the public key (one ephemeral key for the lot).
 */
export async function sealValues(
  values: ReadonlyArray<[place: string, value: unknown]>,
  keys: Keys,
): Promise<FieldBox[]> {
  if (keys.dataKey) {
    const dataKey = keys.dataKey;
    return Promise.all(
      values.map(async ([place, value]) => ({ sealed: 1, k: 'dk', ...(await seal(value, place, dataKey)) })),
    );
  }
  const pair = (await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, [
    'deriveBits',
  ])) as CryptoKeyPair;
  const epk = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  const key = await sharedKey(pair.privateKey, keys.publicKey, epk);
  return Promise.all(
    values.map(async ([place, value]) => ({ sealed: 1, k: 'pk', epk, ...(await seal(value, place, key)) })),
  );
}

/** The private key's shared keys, by ephemeral key (each write's fields share one). */
const sharedKeys = new WeakMap<CryptoKey, Map<string, Promise<CryptoKey>>>();

/**
 * Opens a box at its place: the value, or undefined when these keys cannot open it (no private
 * key, another device's keys, a changed or moved box). Never throws.
 */
export async function openBox(box: FieldBox, place: string, keys: Keys): Promise<{ value: unknown } | undefined> {
  try {
    let key: CryptoKey | undefined = keys.dataKey;
    if (box.k === 'pk') {
      const privateKey = keys.privateKey;
      if (!privateKey || !box.epk) return undefined;
      const epk = bytes(box.epk);
      const cache = sharedKeys.get(privateKey) ?? new Map<string, Promise<CryptoKey>>();
      sharedKeys.set(privateKey, cache);
      const id = toBase64(epk);
      let shared = cache.get(id);
      if (!shared) {
        shared = importPublicKey(id).then((ephemeral) => sharedKey(privateKey, ephemeral, epk));
        cache.set(id, shared);
      }
      key = await shared;
    }
    if (!key) return undefined;
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: bytes(box.iv), additionalData: placeOf(place) },
      key,
      bytes(box.data),
    );
    return { value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain)) };
  } catch {
    return undefined;
  }
}
