/**
 * The optional passcode, kept only as a salted PBKDF2 hash (WebCrypto), never in the clear.
 *
 * The work factor: 600,000 iterations of PBKDF2-HMAC-SHA256, the OWASP Password Storage Cheat
 * Sheet's recommendation (2023) for this hash. A passcode is short and may be a PIN, so the
 * cost of each guess is what protects it if someone copies the browser's profile; at this count
 * one guess takes a few hundred milliseconds on a laptop, which a person unlocking once does not
 * feel, and an attacker trying ten thousand four-digit PINs does. The count is stored with the
 * hash, so it can be raised later without locking anyone out.
 */
export const ITERATIONS = 600_000;

/** What is stored of a passcode. */
export interface PasscodeHash {
  /** 16 random bytes, base64. */
  salt: string;
  /** 32 bytes of PBKDF2-HMAC-SHA256, base64. */
  hash: string;
  iterations: number;
}

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function derive(passcode: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passcode.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256);
  return new Uint8Array(bits);
}

/** Hashes a new passcode with a fresh salt. */
export async function hashPasscode(passcode: string, iterations = ITERATIONS): Promise<PasscodeHash> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { salt: toBase64(salt), hash: toBase64(await derive(passcode, salt, iterations)), iterations };
}

/** Whether a passcode is the one stored, compared without an early exit. */
export async function passcodeMatches(passcode: string, stored: PasscodeHash): Promise<boolean> {
  const expected = fromBase64(stored.hash);
  const got = await derive(passcode, fromBase64(stored.salt), stored.iterations);
  let difference = expected.length ^ got.length;
  for (let i = 0; i < Math.min(expected.length, got.length); i++)
    difference |= (expected[i] as number) ^ (got[i] as number);
  return difference === 0;
}
