/**
 * SipHash-2-4 (Aumasson and Bernstein, 2012): a keyed 64-bit hash designed for short inputs, whose
 * output cannot be predicted without the key. Steady hashes the words a person names with a random
 * per-install key (the salt), so the guard's copy, in storage.local and in a web page's process,
 * holds no named word in the clear. It is synchronous, as the guard must decide before a page
 * paints (WebCrypto's digest is async). What it does not do: someone who has the salt can hash a
 * dictionary and find a short word. Pure; imports nothing.
 */

const MASK = 0xffff_ffff_ffff_ffffn;
const rotl = (x: bigint, b: bigint) => ((x << b) | (x >> (64n - b))) & MASK;

/** The 128-bit key as two 64-bit halves, from 32 hex digits. */
export function sipKey(hex: string): readonly [bigint, bigint] {
  if (!/^[0-9a-f]{32}$/.test(hex)) throw new Error('A SipHash key is 32 hex digits.');
  const half = (at: number) => {
    let value = 0n;
    // Little-endian bytes, as the reference reads the key.
    for (let i = 7; i >= 0; i--)
      value = (value << 8n) | BigInt(Number.parseInt(hex.slice(at + i * 2, at + i * 2 + 2), 16));
    return value;
  };
  return [half(0), half(16)];
}

/** SipHash-2-4 of `bytes` under `key`, as 16 hex digits (big-endian of the 64-bit result). */
export function sipHash(key: readonly [bigint, bigint], bytes: Uint8Array): string {
  const [k0, k1] = key;
  let v0 = k0 ^ 0x736f6d6570736575n;
  let v1 = k1 ^ 0x646f72616e646f6dn;
  let v2 = k0 ^ 0x6c7967656e657261n;
  let v3 = k1 ^ 0x7465646279746573n;
  const round = () => {
    v0 = (v0 + v1) & MASK;
    v1 = rotl(v1, 13n) ^ v0;
    v0 = rotl(v0, 32n);
    v2 = (v2 + v3) & MASK;
    v3 = rotl(v3, 16n) ^ v2;
    v0 = (v0 + v3) & MASK;
    v3 = rotl(v3, 21n) ^ v0;
    v2 = (v2 + v1) & MASK;
    v1 = rotl(v1, 17n) ^ v2;
    v2 = rotl(v2, 32n);
  };
  const length = bytes.length;
  const whole = length - (length % 8);
  const word = (at: number, count: number) => {
    let m = 0n;
    for (let i = count - 1; i >= 0; i--) m = (m << 8n) | BigInt(bytes[at + i] as number);
    return m;
  };
  for (let at = 0; at < whole; at += 8) {
    const m = word(at, 8);
    v3 ^= m;
    round();
    round();
    v0 ^= m;
  }
  const last = (BigInt(length & 0xff) << 56n) | word(whole, length - whole);
  v3 ^= last;
  round();
  round();
  v0 ^= last;
  v2 ^= 0xffn;
  round();
  round();
  round();
  round();
  return (v0 ^ v1 ^ v2 ^ v3).toString(16).padStart(16, '0');
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
