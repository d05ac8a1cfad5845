import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKUP_APP, BACKUP_FORMAT, type BackupFile, backupFileName, backupText } from '@/utils/backup/format';
import { checkImport, type ImportWhere, MAX_DEPTH, MAX_IMPORT_LENGTH } from '@/utils/backup/validate';
import { RECORD_FIELDS } from '@/utils/db/fields';
import { migrations } from '@/utils/db/migrations';
import { DB_VERSION, openSteadyDb } from '@/utils/db/open';
import { STORE_NAMES } from '@/utils/db/schema';
import { RECORD_UPGRADES, STORE_SINCE, storesAt } from '@/utils/db/upgrades';
import type { ProblemCode } from '@/utils/problems';
import { importProblemWords } from '@/utils/words/problems';
import { speak } from '../setup';
import { profile } from './backup-profile';

/**
 * The import check, case by case: each kind of bad file gives its problem code and says where
 * (the store, the record's index, the field when known). Nothing here touches the database.
 */

const EXPORTED_AT = 1_780_000_000_000;
const base = profile(30);
const file = (): BackupFile =>
  structuredClone({
    app: BACKUP_APP,
    format: BACKUP_FORMAT,
    dbVersion: DB_VERSION,
    exportedAt: EXPORTED_AT,
    stores: base,
  });
const text = (value: unknown) => JSON.stringify(value);
/** A file changed by `change` (on a copy), as text. */
/** A parsed file, as loosely typed as JSON.parse gives it: these tests break it on purpose. */
type Json = ReturnType<typeof JSON.parse>;
const changed = (change: (f: Json) => void) => {
  const f: Json = file();
  change(f);
  return text(f);
};
/** An own property named like a prototype's, as JSON.parse makes them. */
const own = (target: object, key: string, value: unknown) =>
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
const nested = (depth: number) => JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`);

const valid = backupText(file());

type Row = [string, () => string, ProblemCode, ImportWhere | undefined];

const ROWS: Row[] = [
  ['a file larger than the limit', () => ' '.repeat(MAX_IMPORT_LENGTH + 1), 'import-too-big', undefined],
  ['an empty file', () => '', 'import-not-json', undefined],
  ['a file cut short', () => valid.slice(0, valid.length / 2), 'import-not-json', undefined],
  ['a file that is not JSON at all', () => 'steady backup, 2026', 'import-not-json', undefined],
  ['JSON that is not an object', () => '[1, 2, 3]', 'import-not-steady', undefined],
  ['null', () => 'null', 'import-not-steady', undefined],
  ['another app’s file', () => changed((f) => (f.app = 'other')), 'import-not-steady', undefined],
  ['no app', () => changed((f) => delete f.app), 'import-not-steady', undefined],
  ['a newer format', () => changed((f) => (f.format = 2)), 'import-newer', undefined],
  ['a format written as text', () => changed((f) => (f.format = '1')), 'import-not-steady', undefined],
  ['a newer database', () => changed((f) => (f.dbVersion = DB_VERSION + 1)), 'import-newer', undefined],
  ['database version 0', () => changed((f) => (f.dbVersion = 0)), 'import-not-steady', undefined],
  ['a fractional database version', () => changed((f) => (f.dbVersion = 2.5)), 'import-not-steady', undefined],
  ['no export time', () => changed((f) => delete f.exportedAt), 'import-not-steady', undefined],
  ['an export time in 1970', () => changed((f) => (f.exportedAt = 0)), 'import-not-steady', undefined],
  ['a field the envelope does not have', () => changed((f) => (f.extra = 1)), 'import-not-steady', undefined],
  ['stores that are a list', () => changed((f) => (f.stores = [])), 'import-not-steady', undefined],
  [
    'a store Steady does not keep',
    () => changed((f) => (f.stores.passwords = [])),
    'import-store',
    { store: 'passwords' },
  ],
  [
    'a store its version did not have',
    () =>
      changed((f) => {
        f.dbVersion = 3;
        f.stores.lines = [];
      }),
    'import-store',
    { store: 'lines' },
  ],
  ['a store missing', () => changed((f) => delete f.stores.urges), 'import-store-missing', { store: 'urges' }],
  ['a store that is not a list', () => changed((f) => (f.stores.urges = {})), 'import-store-list', { store: 'urges' }],
  [
    'a record that is a number',
    () => changed((f) => (f.stores.urges[3] = 5)),
    'import-record',
    { store: 'urges', index: 3 },
  ],
  [
    'a record that is null',
    () => changed((f) => (f.stores.sites[0] = null)),
    'import-record',
    { store: 'sites', index: 0 },
  ],
  [
    'a field its store does not have',
    () => changed((f) => (f.stores.urges[2].mood = 3)),
    'import-field',
    { store: 'urges', index: 2, field: 'mood' },
  ],
  [
    'a field a hard time’s rule does not have',
    () => changed((f) => (f.stores.times[1].rule.every = 2)),
    'import-field',
    { store: 'times', index: 1, field: 'rule.every' },
  ],
  [
    'a field a person’s hours do not have',
    () => changed((f) => (f.stores.contacts.find((c: { hours?: object }) => c.hours).hours.zone = 'UTC')),
    'import-field',
    { store: 'contacts', index: base.contacts.findIndex((c) => c.hours), field: 'hours.zone' },
  ],
  [
    'a record without its id',
    () => changed((f) => delete f.stores.lapses[1].id),
    'record-id',
    { store: 'lapses', index: 1, field: 'id' },
  ],
  [
    'a record made before 2000',
    () => changed((f) => (f.stores.urges[4].createdAt = 100)),
    'record-times',
    { store: 'urges', index: 4, field: 'createdAt' },
  ],
  [
    'a record changed at a time written as text',
    () => changed((f) => (f.stores.events[0].updatedAt = '2026-01-01')),
    'record-times',
    { store: 'events', index: 0, field: 'updatedAt' },
  ],
  [
    'an urge of strength 11',
    () => changed((f) => (f.stores.urges[7].strength = 11)),
    'urge-intensity',
    { store: 'urges', index: 7 },
  ],
  [
    'an urge felt in 2300',
    () => changed((f) => (f.stores.urges[0].at = 10_413_792_000_000)),
    'urge-time',
    { store: 'urges', index: 0 },
  ],
  [
    'a person whose number is a javascript: link',
    () => changed((f) => (f.stores.contacts[0].ways = { call: 'javascript:alert(1)' })),
    'contact-phone',
    { store: 'contacts', index: 0 },
  ],
  [
    'a person with a way on a channel Steady does not know',
    () => changed((f) => (f.stores.contacts[1].ways = { pager: '123' })),
    'contact-phone',
    { store: 'contacts', index: 1 },
  ],
  [
    'settings under another id',
    () => changed((f) => (f.stores.settings[0].id = 'other')),
    'settings-one',
    { store: 'settings', index: 0 },
  ],
  [
    'a "firm until" written as text',
    () => changed((f) => (f.stores.settings[0].firmUntil = 'tomorrow')),
    'settings-firm-until',
    { store: 'settings', index: 0 },
  ],
  [
    'friction that is neither on nor off',
    () => changed((f) => (f.stores.settings[0].frictionGrows = 'yes')),
    'settings-flag',
    { store: 'settings', index: 0 },
  ],
  [
    'a check-in on 30 February',
    () => changed((f) => (f.stores.checkins[5].id = '2026-02-30')),
    'checkin-day',
    { store: 'checkins', index: 5 },
  ],
  [
    'a check-in whose "What helped today?" is a number',
    () => changed((f) => (f.stores.checkins[5].helped = 7)),
    'checkin-note',
    { store: 'checkins', index: 5 },
  ],
  [
    'a plan section Steady does not know',
    () => changed((f) => (f.stores.plan[2].id = 'secrets')),
    'plan-section',
    { store: 'plan', index: 2 },
  ],
  [
    'two urges with one id',
    () => changed((f) => (f.stores.urges[9] = { ...f.stores.urges[9], id: f.stores.urges[3].id })),
    'import-duplicate-id',
    { store: 'urges', index: 9, field: 'id' },
  ],
  [
    'one site twice under two ids',
    () => changed((f) => f.stores.sites.push({ ...f.stores.sites[0], id: 'another-id' })),
    'site-duplicate',
    { store: 'sites', index: base.sites.length },
  ],
  [
    '__proto__ in a record',
    () => changed((f) => own(f.stores.urges[1], '__proto__', { polluted: true })),
    'import-unsafe-key',
    { store: 'urges', index: 1, field: '__proto__' },
  ],
  [
    'constructor in the envelope',
    () => changed((f) => own(f, 'constructor', { prototype: {} })),
    'import-unsafe-key',
    undefined,
  ],
  [
    'prototype inside a hard time’s rule',
    () => changed((f) => own(f.stores.times[0].rule, 'prototype', 1)),
    'import-unsafe-key',
    { store: 'times', index: 0, field: 'rule' },
  ],
  [
    '__proto__ as a store',
    () => changed((f) => own(f.stores, '__proto__', [])),
    'import-unsafe-key',
    { store: '__proto__' },
  ],
  [
    'nesting deeper than a Steady file',
    () => changed((f) => (f.stores.urges[6].triggers = nested(4))),
    'import-too-deep',
    { store: 'urges', index: 6, field: 'triggers' },
  ],
  [
    'a hundred thousand brackets',
    () => `{"app":"steady","x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
    'import-too-deep',
    undefined,
  ],
  [
    'a note of 2,001 characters',
    () => changed((f) => (f.stores.urges[8].note = 'x'.repeat(2001))),
    'import-too-long',
    { store: 'urges', index: 8, field: 'note' },
  ],
  [
    'a warning’s host of 5,000 characters',
    () => changed((f) => (f.stores.events[2].host = `${'a'.repeat(4996)}.org`)),
    'import-too-long',
    { store: 'events', index: 2, field: 'host' },
  ],
  ['a key of 3,000 characters', () => changed((f) => (f['k'.repeat(3000)] = 1)), 'import-too-long', undefined],
];

describe('a file that is refused says why and where', () => {
  it.each(ROWS)('%s', (_name, make, code, where) => {
    const result = checkImport(make());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.code).toBe(code);
    expect(result.where).toEqual(where);
  });

  it('a file of exactly the limit is read (and refused only for what it holds)', () => {
    const result = checkImport(' '.repeat(MAX_IMPORT_LENGTH));
    expect(result).toMatchObject({ ok: false, problem: { code: 'import-not-json' } });
  });

  it('the limit is given in MB for the words', () => {
    expect(checkImport(' '.repeat(MAX_IMPORT_LENGTH + 1))).toEqual({
      ok: false,
      problem: { code: 'import-too-big', values: [60] },
    });
  });
});

describe('a Steady export is read', () => {
  it('whole, every store as it was written', () => {
    const result = checkImport(valid);
    expect(result).toEqual({ ok: true, data: { stores: base, fromVersion: DB_VERSION, exportedAt: EXPORTED_AT } });
  });

  it('with a byte-order mark in front (as some editors save it)', () => {
    expect(checkImport(`\uFEFF${valid}`).ok).toBe(true);
  });

  it('with every store empty', () => {
    const empty = Object.fromEntries(STORE_NAMES.map((store) => [store, []]));
    expect(checkImport(changed((f) => (f.stores = empty))).ok).toBe(true);
  });

  it('with a file as deep as a Steady file gets (a hard time’s days)', () => {
    expect(MAX_DEPTH).toBe(6);
    expect(base.times.some((time) => time.rule.kind === 'weekly')).toBe(true);
    expect(checkImport(valid).ok).toBe(true);
  });

  it('whose records come back as plain objects (no prototype was touched)', () => {
    const result = checkImport(valid);
    if (!result.ok) throw new Error('refused');
    for (const store of STORE_NAMES) {
      for (const record of result.data.stores[store]) expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('the export file', () => {
  it('is named with the local date', () => {
    expect(backupFileName(new Date(2026, 0, 31, 23, 59).getTime())).toBe('steady-backup-2026-01-31.json');
    expect(backupFileName(new Date(2026, 10, 5, 0, 1).getTime())).toBe('steady-backup-2026-11-05.json');
  });

  it('is one record a line, and the same data always gives the same text', () => {
    expect(backupText(file())).toBe(valid);
    const lines = valid.split('\n');
    expect(lines[0]).toBe(
      `{"app":"steady","format":1,"dbVersion":${DB_VERSION},"exportedAt":${EXPORTED_AT},"stores":{`,
    );
    expect(lines).toContain(`${JSON.stringify(base.urges[0])},`);
    expect(JSON.parse(valid)).toEqual(file());
  });

  it('lists every store of the schema, in the schema’s order', () => {
    expect(Object.keys(JSON.parse(valid).stores)).toEqual([...STORE_NAMES]);
  });
});

describe('one list of upgrade steps for the database and for old exports', () => {
  it.each(migrations.map((_, i) => i + 1))('version %i has exactly the stores STORE_SINCE says', async (version) => {
    const db = await openSteadyDb(version, `stores-at-${version}`);
    expect([...db.objectStoreNames].sort()).toEqual(storesAt(version).sort());
    db.close();
  });

  it('every store has a first version, and every step is a version the database has', () => {
    expect(Object.keys(STORE_SINCE).sort()).toEqual([...STORE_NAMES].sort());
    for (const version of Object.keys(RECORD_UPGRADES).map(Number)) {
      expect(version).toBeGreaterThan(1);
      expect(version).toBeLessThanOrEqual(DB_VERSION);
    }
  });

  it('every store has its fields listed', () => {
    expect(Object.keys(RECORD_FIELDS).sort()).toEqual([...STORE_NAMES].sort());
  });
});

describe('the words for a refused file', () => {
  it.each([
    [
      { code: 'urge-note' },
      { store: 'urges', index: 11 },
      'Entry 12 of the urges could not be read. A note is at most 2,000 characters. Nothing was imported; everything is as it was.',
    ],
    [
      { code: 'record-id' },
      { store: 'contacts', index: 0, field: 'id' },
      'Entry 1 of your people could not be read. Nothing was imported; everything is as it was.',
    ],
    [
      { code: 'import-field', values: ['mood'] },
      { store: 'urges', index: 2, field: 'mood' },
      'Entry 3 of the urges could not be read. It holds “mood”, which Steady does not keep. Nothing was imported; everything is as it was.',
    ],
    [
      { code: 'import-store-missing', values: ['reachOuts'] },
      { store: 'reachOuts' },
      'This file has no part for the times you reached out. It may have been cut short or changed. Nothing was imported; everything is as it was.',
    ],
    [
      { code: 'import-store', values: ['passwords'] },
      { store: 'passwords' },
      'This file has a part named “passwords” that Steady does not keep. Nothing was imported; everything is as it was.',
    ],
    [
      { code: 'import-too-long', values: [2000] },
      undefined,
      'A text in this file is longer than 2,000 characters, more than Steady keeps anywhere. Nothing was imported; everything is as it was.',
    ],
    [
      { code: 'import-too-big', values: [60] },
      undefined,
      'This file is larger than 60 MB, more than a Steady backup holds. Nothing was imported; everything is as it was.',
    ],
  ] as const)('%j at %j', (problem, where, expected) => {
    expect(importProblemWords(problem as never, where)).toBe(expected);
  });

  it('in Spanish, naming the entry and its part', () => {
    speak('es');
    expect(importProblemWords({ code: 'urge-intensity' }, { store: 'urges', index: 11 })).toBe(
      'No se pudo leer la entrada 12 de los impulsos. La intensidad va del 0 al 10. No se importó nada; todo sigue como estaba.',
    );
  });
});

/** The modules a file imports from the project ('@/…' and './…'), as paths. */
function projectImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of source.matchAll(/^\s*import\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
    if (match[1]) continue; // types only: nothing runs
    found.push(match[2] as string);
  }
  return found;
}

describe('utils/backup is pure', () => {
  it('imports no words and no browser API, not even through what it imports', () => {
    const seen = new Set<string>();
    const forbidden: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const from of projectImports(file)) {
        if (/^(#i18n|wxt\/browser|@wxt-dev\/browser|@\/utils\/words\/)/.test(from)) {
          forbidden.push(`${relative(process.cwd(), file)} → ${from}`);
        }
        const path = from.startsWith('@/')
          ? resolve(from.slice(2))
          : from.startsWith('.')
            ? join(dirname(file), from)
            : undefined;
        const found = path && [`${path}.ts`, join(path, 'index.ts')].find((candidate) => existsSync(candidate));
        if (path) expect(found, `${file} imports ${from}`).toBeDefined();
        if (found) visit(found);
      }
    };
    for (const name of ['format', 'validate']) visit(resolve(`utils/backup/${name}.ts`));
    expect(seen.size).toBeGreaterThan(10);
    expect(forbidden).toEqual([]);
  });
});
