/**
 * SipHash-2-4 (Aumasson and Bernstein, 2012): a keyed 64-bit hash designed for short inputs, whose
 * output cannot be predicted without the key. Steady hashes the words a person names with a random
 * per-install key (the salt), so the guard's copy, in storage.local and in a web page's process,
 * holds no named word in the clear. It is synchronous, as the guard must decide before a page
 * paints (WebCrypto's digest is async). What it does not do: someone who has the salt can hash a
 * dictionary and find a short word. Pure; imports nothing.
 */

/** The 128-bit key as four 32-bit words (k0 low, k0 high, k1 low, k1 high), from 32 hex digits. */
export type SipKey = readonly [number, number, number, number];

/** The key read from 32 hex digits (little-endian bytes, as the reference reads the key). */
export function sipKey(hex: string): SipKey {
  if (!/^[0-9a-f]{32}$/.test(hex)) throw new Error('A SipHash key is 32 hex digits.');
  const word = (at: number) => {
    let value = 0;
    for (let i = 3; i >= 0; i--) value = value * 256 + Number.parseInt(hex.slice(at + i * 2, at + i * 2 + 2), 16);
    return value >>> 0;
  };
  return [word(0), word(8), word(16), word(24)];
}

/** The state v0..v3, each as its high then its low 32 bits: one scratch, as every hash is synchronous. */
const V = new Uint32Array(8);

/** `rounds` SipRounds over V, each 64-bit lane as two 32-bit halves (plain numbers, no BigInt). */
function sipRounds(rounds: number): void {
  let v0h = V[0] as number;
  let v0l = V[1] as number;
  let v1h = V[2] as number;
  let v1l = V[3] as number;
  let v2h = V[4] as number;
  let v2l = V[5] as number;
  let v3h = V[6] as number;
  let v3l = V[7] as number;
  let t = 0;
  for (let r = 0; r < rounds; r++) {
    // v0 += v1; v1 = rotl(v1, 13) ^ v0; v0 = rotl(v0, 32)
    t = (v0l + v1l) >>> 0;
    v0h = (v0h + v1h + (t < v0l ? 1 : 0)) >>> 0;
    v0l = t;
    t = ((v1h << 13) | (v1l >>> 19)) >>> 0;
    v1l = (((v1l << 13) | (v1h >>> 19)) ^ v0l) >>> 0;
    v1h = (t ^ v0h) >>> 0;
    t = v0h;
    v0h = v0l;
    v0l = t;
    // v2 += v3; v3 = rotl(v3, 16) ^ v2
    t = (v2l + v3l) >>> 0;
    v2h = (v2h + v3h + (t < v2l ? 1 : 0)) >>> 0;
    v2l = t;
    t = ((v3h << 16) | (v3l >>> 16)) >>> 0;
    v3l = (((v3l << 16) | (v3h >>> 16)) ^ v2l) >>> 0;
    v3h = (t ^ v2h) >>> 0;
    // v0 += v3; v3 = rotl(v3, 21) ^ v0
    t = (v0l + v3l) >>> 0;
    v0h = (v0h + v3h + (t < v0l ? 1 : 0)) >>> 0;
    v0l = t;
    t = ((v3h << 21) | (v3l >>> 11)) >>> 0;
    v3l = (((v3l << 21) | (v3h >>> 11)) ^ v0l) >>> 0;
    v3h = (t ^ v0h) >>> 0;
    // v2 += v1; v1 = rotl(v1, 17) ^ v2; v2 = rotl(v2, 32)
    t = (v2l + v1l) >>> 0;
    v2h = (v2h + v1h + (t < v2l ? 1 : 0)) >>> 0;
    v2l = t;
    t = ((v1h << 17) | (v1l >>> 15)) >>> 0;
    v1l = (((v1l << 17) | (v1h >>> 15)) ^ v2l) >>> 0;
    v1h = (t ^ v2h) >>> 0;
    t = v2h;
    v2h = v2l;
    v2l = t;
  }
  V[0] = v0h;
  V[1] = v0l;
  V[2] = v1h;
  V[3] = v1l;
  V[4] = v2h;
  V[5] = v2l;
  V[6] = v3h;
  V[7] = v3l;
}

/** The little-endian 32-bit word of the bytes from `at` up to `end` (at most 4). */
function wordAt(bytes: Uint8Array, at: number, end: number): number {
  let w = 0;
  for (let i = Math.min(at + 3, end - 1); i >= at; i--) w = (w << 8) | (bytes[i] as number);
  return w >>> 0;
}

/** Mixes one 64-bit message word (high, low) into V: v3 ^= m, two rounds, v0 ^= m. */
function compress(mh: number, ml: number): void {
  V[6] = ((V[6] as number) ^ mh) >>> 0;
  V[7] = ((V[7] as number) ^ ml) >>> 0;
  sipRounds(2);
  V[0] = ((V[0] as number) ^ mh) >>> 0;
  V[1] = ((V[1] as number) ^ ml) >>> 0;
}

/** SipHash-2-4 of `bytes` under `key`, as 16 hex digits (the 64-bit result, most significant digit first). */
export function sipHash(key: SipKey, bytes: Uint8Array): string {
  const [k0l, k0h, k1l, k1h] = key;
  V[0] = (k0h ^ 0x736f6d65) >>> 0;
  V[1] = (k0l ^ 0x70736575) >>> 0;
  V[2] = (k1h ^ 0x646f7261) >>> 0;
  V[3] = (k1l ^ 0x6e646f6d) >>> 0;
  V[4] = (k0h ^ 0x6c796765) >>> 0;
  V[5] = (k0l ^ 0x6e657261) >>> 0;
  V[6] = (k1h ^ 0x74656462) >>> 0;
  V[7] = (k1l ^ 0x79746573) >>> 0;
  const length = bytes.length;
  const whole = length - (length % 8);
  for (let at = 0; at < whole; at += 8) compress(wordAt(bytes, at + 4, at + 8), wordAt(bytes, at, at + 4));
  // The last block: the bytes left, and the length's low byte in the top byte.
  const ml = wordAt(bytes, whole, Math.min(whole + 4, length));
  const mh = ((length - whole > 4 ? wordAt(bytes, whole + 4, length) : 0) | ((length & 0xff) << 24)) >>> 0;
  compress(mh, ml);
  V[5] = ((V[5] as number) ^ 0xff) >>> 0;
  sipRounds(4);
  const hi = ((V[0] as number) ^ (V[2] as number) ^ (V[4] as number) ^ (V[6] as number)) >>> 0;
  const lo = ((V[1] as number) ^ (V[3] as number) ^ (V[5] as number) ^ (V[7] as number)) >>> 0;
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}

const encoder = new TextEncoder();

/** The keyed hash of folded phrases under one salt (32 hex digits), its key read once. */
export function phraseHasher(salt: string): (phrase: string) => string {
  const key = sipKey(salt);
  return (phrase) => sipHash(key, encoder.encode(phrase));
}

/** The keyed hash of a folded phrase under a salt (32 hex digits). */
export const hashPhrase = (salt: string, phrase: string): string => phraseHasher(salt)(phrase);

/** Whether `value` is a salt: 32 hex digits. */
export const isSalt = (value: unknown): value is string => typeof value === 'string' && /^[0-9a-f]{32}$/.test(value);

/** A fresh random salt: 128 bits as 32 hex digits. */
export function newSalt(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
