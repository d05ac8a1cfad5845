import { ITERATIONS } from './passcode';

/**
 * Sealing text with a secret the person chooses (WebCrypto only): a key derived from it with
 * PBKDF2-HMAC-SHA256 (the passcode's work factor, its own random salt) seals the text with
 * AES-GCM (a random 96-bit IV each time). AES-GCM authenticates: a wrong secret, a changed byte
 * or a cut-off box is refused, never opened into garbage. What says how the box was made (its
 * version, salt and count) is bound to it as additional data, so it cannot be changed either.
 */

/** A sealed text, as it is written into a file: every binary part in base64. */
export interface SealedBox {
  v: 1;
  kdf: { name: 'PBKDF2-SHA256'; salt: string; iterations: number };
  iv: string;
  data: string;
}

/** Why a box cannot be opened: it is not one, or this secret does not open it (or it was changed). */
export type OpenProblem = 'not-sealed' | 'wrong-secret';

export type Opened = { ok: true; text: string } | { ok: false; problem: OpenProblem };

const toBase64 = (bytes: Uint8Array): string => {
  let text = '';
  // In slices: String.fromCharCode(...bytes) overflows the stack on a large file.
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
};
const fromBase64 = (text: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** The most work a box may ask of this device: a file cannot make Steady count for hours. */
const MAX_ITERATIONS = 10_000_000;

async function keyFrom(secret: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(secret.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** What is bound to the sealed bytes: everything in the box but the bytes themselves. */
const header = (box: Pick<SealedBox, 'v' | 'kdf' | 'iv'>) =>
  new TextEncoder().encode(JSON.stringify([box.v, box.kdf.name, box.kdf.salt, box.kdf.iterations, box.iv]));

/** Seals `text` with `secret`. */
export async function sealText(text: string, secret: string, iterations = ITERATIONS): Promise<SealedBox> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const box = {
    v: 1 as const,
    kdf: { name: 'PBKDF2-SHA256' as const, salt: toBase64(salt), iterations },
    iv: toBase64(iv),
  };
  const key = await keyFrom(secret, salt, iterations);
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: header(box) },
    key,
    new TextEncoder().encode(text),
  );
  return { ...box, data: toBase64(new Uint8Array(data)) };
}

/** Whether `value` has the shape of a box (its bytes are checked only by opening it). */
export function isSealedBox(value: unknown): value is SealedBox {
  const box = value as SealedBox | undefined;
  return (
    typeof box === 'object' &&
    box !== null &&
    box.v === 1 &&
    typeof box.kdf === 'object' &&
    box.kdf !== null &&
    box.kdf.name === 'PBKDF2-SHA256' &&
    typeof box.kdf.salt === 'string' &&
    Number.isInteger(box.kdf.iterations) &&
    box.kdf.iterations >= 1 &&
    box.kdf.iterations <= MAX_ITERATIONS &&
    typeof box.iv === 'string' &&
    typeof box.data === 'string'
  );
}

/** Opens a box with `secret`: the text, or why not. Never throws, never gives garbage. */
export async function openText(box: unknown, secret: string): Promise<Opened> {
  if (!isSealedBox(box)) return { ok: false, problem: 'not-sealed' };
  let salt: Uint8Array<ArrayBuffer>;
  let iv: Uint8Array<ArrayBuffer>;
  let data: Uint8Array<ArrayBuffer>;
  try {
    salt = fromBase64(box.kdf.salt);
    iv = fromBase64(box.iv);
    data = fromBase64(box.data);
  } catch {
    return { ok: false, problem: 'not-sealed' };
  }
  if (salt.length < 16 || iv.length !== 12 || data.length < 16) return { ok: false, problem: 'not-sealed' };
  try {
    const key = await keyFrom(secret, salt, box.kdf.iterations);
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: header(box) }, key, data);
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(plain) };
  } catch {
    return { ok: false, problem: 'wrong-secret' };
  }
}
