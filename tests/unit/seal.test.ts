import { describe, expect, it } from 'vitest';
import { isSealedBox, openText, type SealedBox, sealText } from '@/utils/lock/seal';

/** Few iterations: what is tested is the sealing, not the work factor (the default is tested below). */
const FAST = 1_000;
const SECRET = 'correct horse battery';

const flipByte = (base64: string, at = 0) => {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  bytes[at % bytes.length] = (bytes[at % bytes.length] as number) ^ 1;
  return btoa(String.fromCharCode(...bytes));
};

describe('sealing text with a secret', () => {
  it.each([
    ['plain words', 'I called Sam and it passed.'],
    ['an empty text', ''],
    ['every script and emoji', 'Día 3 · 今日は大丈夫 · Привет 😀 \u2028'],
    ['a large text', 'x'.repeat(300_000)],
  ])('opens what it sealed: %s', async (_case, text) => {
    const box = await sealText(text, SECRET, FAST);
    expect(isSealedBox(box)).toBe(true);
    if (text.length > 10) expect(JSON.stringify(box)).not.toContain(text.slice(0, 9));
    expect(await openText(box, SECRET)).toEqual({ ok: true, text });
  });

  it('seals the same text differently each time (its own salt and IV)', async () => {
    const [a, b] = await Promise.all([sealText('same', SECRET, FAST), sealText('same', SECRET, FAST)]);
    expect(a.kdf.salt).not.toBe(b.kdf.salt);
    expect(a.iv).not.toBe(b.iv);
    expect(a.data).not.toBe(b.data);
  });

  it('uses the passcode’s work factor unless told otherwise', async () => {
    const box = await sealText('x', SECRET);
    expect(box.kdf).toMatchObject({ name: 'PBKDF2-SHA256', iterations: 600_000 });
  }, 20_000);

  it('reads the secret as the same text however its accents were typed (NFC)', async () => {
    const box = await sealText('ok', 'caf\u00e9 de paso', FAST);
    expect(await openText(box, 'cafe\u0301 de paso')).toEqual({ ok: true, text: 'ok' });
  });

  const changed: Array<[string, (box: SealedBox) => unknown]> = [
    ['a byte of the sealed text', (box) => ({ ...box, data: flipByte(box.data, 3) })],
    ['its last byte (the tag)', (box) => ({ ...box, data: flipByte(box.data, -1 >>> 0) })],
    ['the IV', (box) => ({ ...box, iv: flipByte(box.iv) })],
    ['the salt', (box) => ({ ...box, kdf: { ...box.kdf, salt: flipByte(box.kdf.salt) } })],
    ['the count', (box) => ({ ...box, kdf: { ...box.kdf, iterations: box.kdf.iterations + 1 } })],
    ['cut short', (box) => ({ ...box, data: box.data.slice(0, -8) })],
  ];
  it.each(changed)('refuses a box whose %s was changed: never garbage', async (_case, change) => {
    const box = await sealText('My reasons: my daughter.', SECRET, FAST);
    expect(await openText(change(box), SECRET)).toEqual({ ok: false, problem: 'wrong-secret' });
  });

  it.each([
    ['another secret', 'correct horse battery!'],
    ['no secret', ''],
    ['the secret with different case', 'Correct horse battery'],
  ])('refuses %s', async (_case, secret) => {
    const box = await sealText('words', SECRET, FAST);
    expect(await openText(box, secret)).toEqual({ ok: false, problem: 'wrong-secret' });
  });

  it.each<[string, unknown]>([
    ['not an object', 'sealed'],
    ['null', null],
    ['another version', { v: 2, kdf: { name: 'PBKDF2-SHA256', salt: 'AA==', iterations: 1 }, iv: '', data: '' }],
    ['another kdf', { v: 1, kdf: { name: 'scrypt', salt: 'AA==', iterations: 1 }, iv: '', data: '' }],
    [
      'a count that would make the device work for hours',
      {
        v: 1,
        kdf: { name: 'PBKDF2-SHA256', salt: 'AAAAAAAAAAAAAAAAAAAAAA==', iterations: 1e12 },
        iv: 'AA',
        data: 'AA',
      },
    ],
    [
      'parts that are not base64',
      { v: 1, kdf: { name: 'PBKDF2-SHA256', salt: '!!', iterations: 1000 }, iv: '%%', data: '$$' },
    ],
    [
      'a salt too short to be Steady’s',
      {
        v: 1,
        kdf: { name: 'PBKDF2-SHA256', salt: 'AAAA', iterations: 1000 },
        iv: 'AAAAAAAAAAAAAAAA',
        data: 'A'.repeat(24),
      },
    ],
  ])('refuses what is not a box: %s', async (_case, value) => {
    expect(await openText(value, SECRET)).toEqual({ ok: false, problem: 'not-sealed' });
  });
});
