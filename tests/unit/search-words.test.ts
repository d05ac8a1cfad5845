import { describe, expect, it } from 'vitest';
import { entryForms, foldedWords, foldText, pluralsOf } from '@/utils/search/fold';
import { hashPhrase, sipHash, sipKey } from '@/utils/search/keyed-hash';

describe('folding: case, accents and width, in any script', () => {
  it.each([
    ['English, capitals', 'Elm STREET', 'elm street'],
    ['Spanish accents', 'Camión, Peña, ÁGUILA', 'camion, pena, aguila'],
    ['Spanish ñ and ü', 'Niño pingüino', 'nino pinguino'],
    ['Turkish dotted capital İ', 'İSTANBUL', 'istanbul'],
    ['Turkish dotless ı', 'ıstanbul', 'istanbul'],
    ['Turkish i written plainly', 'Istanbul', 'istanbul'],
    ['full-width Latin', 'ＨＥＲＯＩＮ ｆｅｎｔａｎｙｌ', 'heroin fentanyl'],
    ['full-width digits', 'Ｍａｉｎ　１２', 'main 12'],
    ['Cyrillic', 'ГЕРОИН', 'героин'],
    ['Cyrillic ё and й lose their marks', 'Ёлка Йод', 'елка иод'],
    ['German ß', 'Straße', 'strasse'],
    ['Greek final sigma', 'ΟΔΟΣ οδός', 'οδοσ οδοσ'],
    ['a ligature', 'ﬁx', 'fix'],
  ])('%s: %s → %s', (_name, text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it.each([
    ['elm+street', ['elm', 'street']],
    ['  Elm-Street!  ', ['elm', 'street']],
    ['dealer’s place', ['dealer', 's', 'place']],
    ['', []],
    ['?!', []],
    ['улица Ленина 5', ['улица', 'ленина', '5']],
  ])('the words of “%s”', (text, words) => {
    expect(foldedWords(text)).toEqual(words);
  });
});

describe('plurals, English and Spanish', () => {
  it.each([
    ['car', 'cars'],
    ['box', 'boxes'],
    ['party', 'parties'],
    ['luz', 'luces'],
    ['leaf', 'leaves'],
    ['knife', 'knives'],
    ['camion', 'camiones'],
    ['casa', 'casas'],
  ])('%s → %s is among its forms', (word, plural) => {
    expect(pluralsOf(word)).toContain(plural);
  });

  it('a phrase changes its last word only, and without plurals is the phrase alone', () => {
    expect(entryForms('Elm Street', true)).toContain('elm streets');
    expect(entryForms('Elm Street', true)).not.toContain('elms street');
    expect(entryForms('Elm Street', false)).toEqual(['elm street']);
    expect(entryForms('  ', true)).toEqual([]);
  });
});

describe('the keyed hash (SipHash-2-4)', () => {
  // The reference vectors (Aumasson and Bernstein, vectors.h): key 00..0f, message 00..len-1.
  const key = sipKey('000102030405060708090a0b0c0d0e0f');
  const message = (length: number) => Uint8Array.from({ length }, (_, i) => i);
  it.each([
    [0, '726fdb47dd0e0e31'],
    [1, '74f839c593dc67fd'],
    [7, 'ab0200f58b01d137'],
    [8, '93f5f5799a932462'],
    [15, 'a129ca6149be45e5'],
    [63, '958a324ceb064572'],
  ])('a message of %i bytes hashes to %s', (length, hex) => {
    expect(sipHash(key, message(length))).toBe(hex);
  });

  it('another salt gives another hash, and the hash never holds the word', () => {
    const a = hashPhrase('00112233445566778899aabbccddeeff', 'elm street');
    const b = hashPhrase('ffeeddccbbaa99887766554433221100', 'elm street');
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(a).not.toBe(b);
    expect(hashPhrase('00112233445566778899aabbccddeeff', 'elm street')).toBe(a);
  });

  it('refuses a key that is not 32 hex digits', () => {
    expect(() => sipKey('xyz')).toThrow();
  });
});
