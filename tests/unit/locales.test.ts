import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n';

/**
 * Every locale is complete, nothing is written twice, and no sentence lies unused: a key missing
 * from a locale, a key no code uses, or a message whose $1… differ from the English one fails.
 */

const messages = Object.fromEntries(
  await Promise.all(
    LOCALES.map(async (locale) => {
      const parsed = await parseMessagesFile(resolve('locales', `${locale}.yml`));
      return [
        locale,
        new Map(parsed.filter((m) => !m.key[0]?.startsWith('@@')).map((m) => [m.key.join('.'), m] as const)),
      ] as const;
    }),
  ),
);
const english = messages.en as NonNullable<typeof messages.en>;

/** Every key the code asks for: i18n.t('key' …) in the source, __MSG_key__ in the manifest. */
function keysInCode(): Set<string> {
  const used = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name)) {
        for (const match of readFileSync(path, 'utf8').matchAll(/i18n\.t\(\s*'([^']+)'/g)) used.add(match[1] as string);
      }
    }
  };
  for (const folder of ['entrypoints', 'components', 'utils']) walk(resolve(folder));
  for (const match of readFileSync(resolve('wxt.config.ts'), 'utf8').matchAll(/__MSG_(\w+)__/g)) {
    // Message names join nested keys with _: find the key they name.
    const name = match[1] as string;
    for (const key of english.keys()) if (key.replaceAll('.', '_') === name) used.add(key);
  }
  return used;
}

describe('locales', () => {
  it.each(LOCALES.filter((l) => l !== 'en'))('%s has every English key, and no other', (locale) => {
    const other = messages[locale] as NonNullable<typeof messages.en>;
    expect(
      [...english.keys()].filter((key) => !other.has(key)),
      'missing',
    ).toEqual([]);
    expect(
      [...other.keys()].filter((key) => !english.has(key)),
      'not in English',
    ).toEqual([]);
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s fills in the same values as English in every message', (locale) => {
    const other = messages[locale] as NonNullable<typeof messages.en>;
    const differ = [...english].filter(
      ([key, m]) => other.get(key) && other.get(key)?.substitutions !== m.substitutions,
    );
    expect(differ.map(([key]) => key)).toEqual([]);
  });

  it.each(LOCALES)('%s has no empty message', (locale) => {
    const empty = [...(messages[locale] ?? [])].filter(([, m]) =>
      m.type === 'plural' ? Object.values(m.plurals).some((v) => !String(v).trim()) : !String(m.message ?? '').trim(),
    );
    expect(empty.map(([key]) => key)).toEqual([]);
  });

  it('every key is used by the code, and the code asks for no key that is missing', () => {
    const used = keysInCode();
    expect(
      [...english.keys()].filter((key) => !used.has(key)),
      'unused',
    ).toEqual([]);
    expect(
      [...used].filter((key) => !english.has(key) && !key.startsWith('@@')),
      'asked for but missing',
    ).toEqual([]);
  });
});
