import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RETIRED_LOCAL_KEYS, STORAGE, STORAGE_READERS } from '@/utils/storage-keys';
import { ROOT, sources } from '../imports';

/**
 * storage.local and storage.session are a protocol between Steady's contexts (the background
 * writes, the guard and the pages read): every key is declared in utils/storage-keys.ts with its
 * version and reader, and no code spells one itself (issue #19).
 */

const ENTRIES = Object.entries(STORAGE);

describe('the storage keys', () => {
  it('are unique, retired ones included', () => {
    const keys = [
      ...ENTRIES.map(([, entry]) => `${entry.area}:${entry.key}`),
      ...RETIRED_LOCAL_KEYS.map((k) => `local:${k}`),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(ENTRIES)('%s names a reader that is there', async (key) => {
    const [file, name] = STORAGE_READERS[key as keyof typeof STORAGE].split('#') as [string, string];
    const module = (await import(/* @vite-ignore */ join(ROOT, file))) as Record<string, unknown>;
    expect(typeof module[name], `${file} exports no function ${name}`).toBe('function');
  });

  it.each([
    ['guard', { v: STORAGE.guard.version + 1, rules: [] }],
    ['help', { v: STORAGE.help.version + 1, lines: [] }],
    ['worker', { v: STORAGE.worker.version + 1, zone: 'UTC' }],
  ] as const)('the %s reader refuses a value of another version', async (name, value) => {
    const [file, reader] = STORAGE_READERS[name].split('#') as [string, string];
    const module = (await import(/* @vite-ignore */ join(ROOT, file))) as Record<string, (value: unknown) => unknown>;
    expect(module[reader]?.(value)).toBeUndefined();
  });
});

/** A storage call that spells its key: a string, or an object with a plain property name. */
const SPELLED = /storage\.(local|session)\.(get|set|remove)\(\s*(\[\s*)?(['"`]|\{\s*[A-Za-z_$][\w$]*\s*:)/;

describe('no code spells a storage key', () => {
  it('the check catches a spelled key', () => {
    expect(SPELLED.test("browser.storage.local.get('guard')")).toBe(true);
    expect(SPELLED.test('browser.storage.session.set({ worker: 1 })')).toBe(true);
    expect(SPELLED.test("browser.storage.local.remove(['siteStatus'])")).toBe(true);
    expect(SPELLED.test('browser.storage.local.get(STORAGE.guard.key)')).toBe(false);
    expect(SPELLED.test('browser.storage.local.set({ [STORAGE.help.key]: copy })')).toBe(false);
  });
  it.each([...sources('entrypoints'), ...sources('components'), ...sources('utils')])('%s', (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    expect(SPELLED.exec(text)?.[0], `${file}: name the key from utils/storage-keys.ts`).toBeUndefined();
  });
});
