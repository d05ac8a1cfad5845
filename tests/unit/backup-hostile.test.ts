import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_LENGTH } from '@/utils/backup/validate';
import { exportData, type Imported, importData } from '@/utils/commands/data';
import { writeAllRecords } from '@/utils/db/backup';
import { RECORD_FIELDS } from '@/utils/db/fields';
import { DB_VERSION } from '@/utils/db/open';
import { CHANNELS, PLAN_SECTIONS, STORE_NAMES, type StoreName } from '@/utils/db/schema';
import { type SealedBox, sealText } from '@/utils/lock/seal';
import { PROBLEM_CODES, type ProblemCode } from '@/utils/problems';
import { importProblemWords } from '@/utils/words/problems';
import { profile } from './backup-profile';

/**
 * Hostile files. A device holds a realistic profile; at least RUNS generated files, each the
 * device's own export with one thing broken (or no export at all), are imported, in either
 * mode. Every one must be refused with a problem code that has words, and a full export before
 * and after must be the same text (so the database is byte-for-byte as it was). The kinds of
 * file are counted, and each kind must have been tried. A failure prints fast-check's seed
 * and path, to replay it.
 */

const RUNS = 1_500;
const CLOCK = () => 1_780_000_000_000;

/** A parsed file, as loosely typed as JSON.parse gives it: these tests break it on purpose. */
type Json = ReturnType<typeof JSON.parse>;

/** The device's data and its own export (so ids in a hostile file clash with the device's). */
const device = profile(150, 11);
let exported = '';
let base: Json = {};

const STORES_WITH_RECORDS = STORE_NAMES.filter((store) => device[store].length > 0);
const UNSAFE = ['__proto__', 'constructor', 'prototype'] as const;

/** The fields without which each store's record is refused. */
const REQUIRED: Record<StoreName, readonly string[]> = {
  sites: ['id', 'createdAt', 'updatedAt', 'host', 'scope', 'level', 'when'],
  times: ['id', 'createdAt', 'updatedAt', 'label', 'rule'],
  urges: ['id', 'createdAt', 'updatedAt', 'at'],
  events: ['id', 'createdAt', 'updatedAt', 'at', 'siteId', 'host', 'choice'],
  contacts: ['id', 'createdAt', 'updatedAt', 'name', 'ways', 'order'],
  lines: ['id', 'createdAt', 'updatedAt', 'name', 'number', 'order'],
  reachOuts: ['id', 'createdAt', 'updatedAt', 'at', 'channel', 'from', 'contactId', 'lineId'],
  plan: ['id', 'createdAt', 'updatedAt', 'items'],
  checkins: ['id', 'createdAt', 'updatedAt'],
  lapses: ['id', 'createdAt', 'updatedAt', 'at'],
  settings: [
    'id',
    'createdAt',
    'updatedAt',
    'quietMinutes',
    'pauseSeconds',
    'recordPaths',
    'checkIns',
    'firmerDuringHardTimes',
  ],
  searches: ['id', 'createdAt', 'updatedAt', 'plurals', 'level', 'when', 'salt', 'keys', 'span'],
};

/** Fields that hold a time (epoch ms), where a store has them. */
const TIME_FIELDS = ['createdAt', 'updatedAt', 'at', 'quietUntil', 'recoveryStart', 'counterStart'];

/** Values a field of a known kind may never hold. */
const OUT_OF_RANGE: Array<[StoreName, string, fc.Arbitrary<unknown>]> = [
  ['sites', 'level', fc.string().filter((s) => !['gentle', 'pause', 'firm'].includes(s))],
  ['sites', 'scope', fc.string().filter((s) => !['site', 'host'].includes(s))],
  ['sites', 'when', fc.string().filter((s) => !['always', 'hard-times'].includes(s))],
  ['sites', 'host', fc.constantFrom('', 'com', 'exa mple.org', 'example.org/', 'javascript:alert(1)', '*.org', '..')],
  ['sites', 'path', fc.constantFrom('', '/', 'r/x', '/r/', '/with space')],
  ['urges', 'strength', fc.oneof(fc.integer({ min: 11, max: 1e9 }), fc.integer({ max: -1 }), fc.constant(4.5))],
  ['urges', 'outcome', fc.string().filter((s) => !['rode-it-out', 'reached-out', 'used'].includes(s))],
  ['urges', 'rodeSeconds', fc.oneof(fc.integer({ min: 86_401 }), fc.integer({ max: -1 }))],
  [
    'urges',
    'triggers',
    fc.constantFrom(
      [''],
      ['  '],
      Array.from({ length: 21 }, () => 'x'),
      ['x'.repeat(201)],
    ),
  ],
  [
    'events',
    'choice',
    fc.string().filter((s) => !['shown', 'leave', 'ride-it-out', 'reach-out', 'log-urge', 'continue'].includes(s)),
  ],
  ['contacts', 'order', fc.oneof(fc.integer({ min: 10_001 }), fc.integer({ max: -1 }))],
  ['contacts', 'ways', fc.constantFrom({ call: '12' }, { email: 'sam@' }, { telegram: 'ab' }, { fax: '+15555550100' })],
  ['contacts', 'preferred', fc.string().filter((s) => !(CHANNELS as readonly string[]).includes(s))],
  ['contacts', 'name', fc.constantFrom('', '   ', 'x'.repeat(101))],
  ['lines', 'number', fc.constantFrom('', 'call me', '1', '+1234567890123456', 'tel:112')],
  [
    'reachOuts',
    'channel',
    fc.string().filter((s) => !['call', 'text', 'email', 'whatsapp', 'signal', 'telegram'].includes(s)),
  ],
  ['reachOuts', 'from', fc.string().filter((s) => !['popup', 'warning', 'options'].includes(s))],
  [
    'plan',
    'items',
    fc.constantFrom(
      Array.from({ length: 51 }, () => 'x'),
      ['x'.repeat(1001)],
    ),
  ],
  ['plan', 'id', fc.string({ minLength: 1 }).filter((s) => !(PLAN_SECTIONS as readonly string[]).includes(s))],
  ['checkins', 'mood', fc.oneof(fc.integer({ min: 6 }), fc.integer({ max: 0 }))],
  ['checkins', 'craving', fc.integer({ min: 11 })],
  ['times', 'label', fc.constantFrom('', '  ', 'x'.repeat(101))],
  ['times', 'source', fc.string().filter((s) => s !== 'person' && s !== 'suggested')],
  ['settings', 'quietMinutes', fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: 1441 }))],
  ['settings', 'pauseSeconds', fc.oneof(fc.integer({ max: 4 }), fc.integer({ min: 61 }))],
  ['settings', 'safePage', fc.constantFrom('javascript:alert(1)', 'example.org', 'file:///etc/passwd', '')],
  ['settings', 'country', fc.constantFrom('us', 'USA', '', '12')],
];

/** A value of a JSON type other than `than`'s. */
const otherType = (than: unknown) =>
  fc
    .oneof(
      fc.string({ maxLength: 20 }),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.integer(), { maxLength: 3 }),
      fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 2 }),
    )
    .map((value) => JSON.parse(JSON.stringify(value)))
    .filter((value) => jsonType(value) !== jsonType(than));

const jsonType = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/** A copy of the device's export to break. */
const copy = (): Json => structuredClone(base);

/** A record of the copy: a store that has some, and one of its records. */
const aRecord = fc.record({ store: fc.constantFrom(...STORES_WITH_RECORDS), n: fc.nat() });
const recordIn = (file: Json, { store, n }: { store: StoreName; n: number }): Json =>
  file.stores[store][n % file.stores[store].length];

/** Sets an own property, as JSON.parse makes one (even one named __proto__). */
const own = (target: object, key: string, value: unknown) =>
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });

/** A value nested `depth` deep, as text (never built as an object). */
const nestedText = (depth: number, asObjects: boolean) =>
  asObjects ? `${'{"a":'.repeat(depth)}0${'}'.repeat(depth)}` : `${'['.repeat(depth)}${']'.repeat(depth)}`;
const HOLE = '\u0000placeholder\u0000';
/** The hole as JSON writes it, to put text in its place. */
const PLACEHOLDER = JSON.stringify(HOLE);

interface Hostile {
  kind: string;
  text: string;
  /** The code it must be refused with, when only one is right. */
  code?: ProblemCode;
  /** A sealed copy of `text`, made (async) just before it is imported: how, and what is given to open it. */
  sealed?: { passphrase: string; given?: string; change?: (box: SealedBox) => unknown; cut?: number };
}

/** Sealed copies in these tests are made with few iterations: the sealing is tested, not its cost. */
const FAST = 1_000;
const PASSPHRASE = 'a long walk at dawn';
const flipByte = (base64: string, at: number) => {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  bytes[at % bytes.length] = (bytes[at % bytes.length] as number) ^ 1;
  return btoa(String.fromCharCode(...bytes));
};

/** The text to import: a sealed copy made now when the file is to be sealed. */
async function fileText(hostile: Hostile): Promise<string> {
  if (!hostile.sealed) return hostile.text;
  const box = await sealText(hostile.text, hostile.sealed.passphrase, FAST);
  const text = JSON.stringify({ app: 'steady', sealed: hostile.sealed.change ? hostile.sealed.change(box) : box });
  return hostile.sealed.cut === undefined ? text : text.slice(0, hostile.sealed.cut % text.length);
}

const KINDS: Record<string, fc.Arbitrary<Hostile>> = {
  truncated: fc.nat().map((n) => {
    const whole = exported.trimEnd();
    return { kind: 'truncated', text: whole.slice(0, n % whole.length), code: 'import-not-json' };
  }),
  'wrong type': aRecord.chain((at) => {
    const keys = Object.keys(recordIn(base, at));
    return fc.nat().chain((k) => {
      const field = keys[k % keys.length] as string;
      return otherType(recordIn(base, at)[field]).map((value) => {
        const file = copy();
        recordIn(file, at)[field] = value;
        return { kind: 'wrong type', text: JSON.stringify(file) };
      });
    });
  }),
  'wrong type inside': fc
    .constantFrom(
      ['times', 'rule', 'start'],
      ['times', 'rule', 'end'],
      ['times', 'rule', 'kind'],
      ['times', 'rule', 'days'],
      ['contacts', 'ways', 'call'],
      ['contacts', 'ways', 'email'],
      ['contacts', 'hours', 'days'],
      ['contacts', 'hours', 'start'],
    )
    .chain(([store, outer, inner]) => {
      const holders = (base.stores[store as StoreName] as Json[]).filter((record) => record[outer as string]);
      return fc.nat({ max: holders.length - 1 }).chain((n) =>
        otherType(holders[n][outer as string][inner as string] ?? 'a string').map((value) => {
          const file = copy();
          const holder = (file.stores[store as StoreName] as Json[]).filter((record) => record[outer as string])[n];
          holder[outer as string][inner as string] = value;
          return { kind: 'wrong type inside', text: JSON.stringify(file) };
        }),
      );
    }),
  'missing field': aRecord.chain((at) => {
    const required = REQUIRED[at.store].filter((field) => field in recordIn(base, at));
    return fc.constantFrom(...required).map((field) => {
      const file = copy();
      delete recordIn(file, at)[field];
      return { kind: 'missing field', text: JSON.stringify(file) };
    });
  }),
  'extra field': fc
    .tuple(
      aRecord,
      fc.constantFrom('record', 'rule', 'hours', 'envelope', 'stores', 'ways'),
      fc.string({ minLength: 1, maxLength: 30 }),
      fc.jsonValue({ maxDepth: 2 }),
    )
    .map(([at, where, key, value]) => {
      const file = copy();
      const record = recordIn(file, at);
      const times = file.stores.times[at.n % file.stores.times.length];
      const people = (file.stores.contacts as Json[]).filter((person) => person.hours);
      const target =
        where === 'record'
          ? [record, RECORD_FIELDS[at.store]]
          : where === 'rule'
            ? [times.rule, { kind: 1, days: 1, daysOfMonth: 1, date: 1, month: 1, day: 1, start: 1, end: 1 }]
            : where === 'hours'
              ? [(people[at.n % people.length] as Json).hours, { days: 1, start: 1, end: 1 }]
              : where === 'ways'
                ? [
                    file.stores.contacts[at.n % file.stores.contacts.length].ways,
                    { call: 1, text: 1, email: 1, whatsapp: 1, signal: 1, telegram: 1 },
                  ]
                : where === 'envelope'
                  ? [file, { app: 1, format: 1, dbVersion: 1, exportedAt: 1, stores: 1 }]
                  : [file.stores, Object.fromEntries(STORE_NAMES.map((name) => [name, 1]))];
      const [into, known] = target as [Json, object];
      const name = Object.hasOwn(known, key) ? `${key}_extra` : key;
      own(into, name, value);
      return { kind: 'extra field', text: JSON.stringify(file) };
    }),
  'huge string': fc
    .tuple(
      aRecord,
      fc.nat(),
      fc.integer({ min: 2_001, max: 3_000_000 }),
      fc.constantFrom('x', 'é', '"', '\\', '\u0000', '😀', '\u2028'),
      fc.constantFrom('field', 'new field', 'envelope', 'key'),
    )
    .map(([at, k, length, char, where]) => {
      const file = copy();
      const huge = char.repeat(Math.ceil(length / char.length));
      const record = recordIn(file, at);
      const strings = Object.keys(record).filter((key) => typeof record[key] === 'string');
      if (where === 'field') record[strings[k % strings.length] as string] = huge;
      else if (where === 'new field') record.note2 = huge;
      else if (where === 'envelope') file.app = huge;
      else own(record, huge, 1);
      return { kind: 'huge string', text: JSON.stringify(file), code: 'import-too-long' };
    }),
  'deep nesting': fc
    .tuple(aRecord, fc.integer({ min: 8, max: 200_000 }), fc.boolean(), fc.constantFrom('field', 'record', 'envelope'))
    .map(([at, depth, asObjects, where]) => {
      const file = copy();
      if (where === 'field') recordIn(file, at).note = HOLE;
      else if (where === 'record') file.stores[at.store][at.n % file.stores[at.store].length] = HOLE;
      else file.extra = HOLE;
      const text = JSON.stringify(file).replace(PLACEHOLDER, () => nestedText(depth, asObjects));
      return { kind: 'deep nesting', text, code: 'import-too-deep' };
    }),
  'unsafe key': fc
    .tuple(
      aRecord,
      fc.constantFrom(...UNSAFE),
      fc.constantFrom('envelope', 'stores', 'record', 'rule', 'ways', 'value'),
      fc.jsonValue({ maxDepth: 1 }),
    )
    .map(([at, key, where, value]) => {
      const file = copy();
      if (where === 'value') recordIn(file, at).note = {};
      const into =
        where === 'envelope'
          ? file
          : where === 'stores'
            ? file.stores
            : where === 'rule'
              ? file.stores.times[at.n % file.stores.times.length].rule
              : where === 'ways'
                ? file.stores.contacts[at.n % file.stores.contacts.length].ways
                : where === 'value'
                  ? recordIn(file, at).note
                  : recordIn(file, at);
      own(into, key, value);
      return { kind: 'unsafe key', text: JSON.stringify(file), code: 'import-unsafe-key' };
    }),
  'clashing ids': fc.tuple(aRecord, fc.nat(), fc.boolean()).map(([at, m, copyIt]) => {
    const file = copy();
    const list = file.stores[at.store] as Json[];
    const first = recordIn(file, at);
    if (copyIt || list.length < 2) list.splice(m % (list.length + 1), 0, { ...first, updatedAt: first.updatedAt + 1 });
    else {
      const other = list[(at.n + 1 + (m % (list.length - 1))) % list.length] as Json;
      other.id = first.id;
    }
    return { kind: 'clashing ids', text: JSON.stringify(file), code: 'import-duplicate-id' };
  }),
  'dates out of range': fc
    .tuple(
      aRecord,
      fc.nat(),
      fc.oneof(
        fc.integer({ min: -1e15, max: 946_684_799_999 }),
        fc.integer({ min: 7_258_118_400_001, max: Number.MAX_SAFE_INTEGER }),
        fc.double({ min: 946_684_800_000, max: 7e12, noInteger: true, noNaN: true }),
        fc.constantFrom(1e300, -0.5, 0),
      ),
      fc.constantFrom('time', 'time', 'time', 'export', 'day', 'once', 'set aside'),
      fc.constantFrom('2026-02-30', '2026-13-01', '2026-00-10', '2025-02-29', '0000-00-00', '2026-1-1', '20260101'),
    )
    .map(([at, k, time, where, day]) => {
      const file = copy();
      const record = recordIn(file, at);
      const fields = TIME_FIELDS.filter((field) => field in record);
      if (where === 'time') record[fields[k % fields.length] as string] = time;
      else if (where === 'export') file.exportedAt = time;
      else if (where === 'day') file.stores.checkins[k % file.stores.checkins.length].id = day;
      else if (where === 'set aside') file.stores.settings[0].checkInSetAside = day;
      else {
        const once = (file.stores.times as Json[]).find((t) => t.rule.kind === 'once') as Json;
        once.rule.date = day;
      }
      return { kind: 'dates out of range', text: JSON.stringify(file) };
    }),
  'values out of range': fc.nat().chain((n) => {
    const [store, field, values] = OUT_OF_RANGE[n % OUT_OF_RANGE.length] as (typeof OUT_OF_RANGE)[number];
    return fc.tuple(fc.nat(), values).map(([k, value]) => {
      const file = copy();
      const list = file.stores[store] as Json[];
      (list[k % list.length] as Json)[field] = value;
      return { kind: 'values out of range', text: JSON.stringify(file) };
    });
  }),
  'newer version': fc.tuple(fc.boolean(), fc.integer({ min: 1, max: 1_000_000 })).map(([db, ahead]) => {
    const file = copy();
    if (db) file.dbVersion = DB_VERSION + ahead;
    else file.format = 1 + ahead;
    return { kind: 'newer version', text: JSON.stringify(file), code: 'import-newer' };
  }),
  'not a Steady file': fc
    .oneof(
      fc.jsonValue().map((value) => JSON.stringify(value)),
      fc
        .string()
        .filter((s) => s !== 'steady')
        .map((app) => JSON.stringify({ ...copy(), app })),
      fc.constantFrom('app', 'format', 'dbVersion', 'exportedAt', 'stores').map((key) => {
        const file = copy();
        delete file[key];
        return JSON.stringify(file);
      }),
      fc.string({ maxLength: 200 }),
    )
    .map((text) => ({ kind: 'not a Steady file', text })),
  'broken stores': fc
    .tuple(
      fc.constantFrom(...STORE_NAMES),
      fc.constantFrom('not a list', 'missing', 'too new'),
      fc.jsonValue({ maxDepth: 1 }),
      fc.integer({ min: 1, max: 3 }),
    )
    .map(([store, how, value, version]) => {
      const file = copy();
      if (how === 'not a list') file.stores[store] = Array.isArray(value) ? { list: value } : value;
      else if (how === 'missing') delete file.stores[store];
      // Lines and reach outs came in version 4, warning events in 2: a file of an earlier version cannot hold them.
      else file.dbVersion = version;
      return { kind: 'broken stores', text: JSON.stringify(file) };
    }),
};

/** Sealed copies (a passphrase the person chose): each refused, with the database as it was. */
const SEALED_KINDS: Record<string, fc.Arbitrary<Hostile>> = {
  'sealed, wrong passphrase': fc
    .string({ maxLength: 30 })
    .filter((given) => given !== PASSPHRASE && given !== '')
    .map((given) => ({
      kind: 'sealed, wrong passphrase',
      get text() {
        return exported;
      },
      code: 'import-passphrase' as const,
      sealed: { passphrase: PASSPHRASE, given },
    })),
  'sealed, no passphrase': fc.constant(0).map(() => ({
    kind: 'sealed, no passphrase',
    get text() {
      return exported;
    },
    code: 'import-sealed' as const,
    sealed: { passphrase: PASSPHRASE },
  })),
  'sealed, tampered': fc
    .tuple(fc.constantFrom('data', 'iv', 'salt', 'count', 'version'), fc.nat())
    .map(([part, at]) => ({
      kind: 'sealed, tampered',
      get text() {
        return exported;
      },
      sealed: {
        passphrase: PASSPHRASE,
        given: PASSPHRASE,
        change: (box: SealedBox) =>
          part === 'data'
            ? { ...box, data: flipByte(box.data, at) }
            : part === 'iv'
              ? { ...box, iv: flipByte(box.iv, at) }
              : part === 'salt'
                ? { ...box, kdf: { ...box.kdf, salt: flipByte(box.kdf.salt, at) } }
                : part === 'count'
                  ? { ...box, kdf: { ...box.kdf, iterations: box.kdf.iterations + 1 + (at % 100) } }
                  : { ...box, v: 2 },
      },
    })),
  'sealed, truncated': fc.nat().map((cut) => ({
    kind: 'sealed, truncated',
    get text() {
      return exported;
    },
    sealed: { passphrase: PASSPHRASE, given: PASSPHRASE, cut },
  })),
  'sealed, hostile inside': fc
    .oneof(
      KINDS['missing field'] as fc.Arbitrary<Hostile>,
      KINDS['unsafe key'] as fc.Arbitrary<Hostile>,
      KINDS['newer version'] as fc.Arbitrary<Hostile>,
    )
    .map((inner) => ({
      kind: 'sealed, hostile inside',
      text: inner.text,
      ...(inner.code ? { code: inner.code } : {}),
      sealed: { passphrase: PASSPHRASE, given: PASSPHRASE },
    })),
};

describe('hostile files', () => {
  it(`refuses ${RUNS} generated files, each with words, and changes nothing`, async () => {
    await writeAllRecords(device, 'replace');
    exported = (await exportData(CLOCK)).text;
    base = JSON.parse(exported);
    const tried = new Map<string, number>();
    const started = performance.now();

    await fc.assert(
      fc.asyncProperty(
        fc.oneof(...Object.values(KINDS), ...Object.values(SEALED_KINDS)),
        fc.constantFrom('replace', 'add' as const),
        async (hostile, mode) => {
          const result: Imported = await importData(
            await fileText(hostile),
            mode as 'replace' | 'add',
            hostile.sealed?.given,
          );
          tried.set(hostile.kind, (tried.get(hostile.kind) ?? 0) + 1);
          expect(result.ok, hostile.kind).toBe(false);
          if (result.ok) return;
          expect(PROBLEM_CODES).toContain(result.problem.code);
          if (hostile.code) expect(result.problem.code, hostile.kind).toBe(hostile.code);
          const words = importProblemWords(result.problem, result.where);
          expect(words.length).toBeGreaterThan(40);
          // No placeholder left unfilled and no value shown as code. The values filled in come from
          // the file (a field's name may well be "$0"), so they are taken out before looking.
          const own = (result.problem.values ?? []).map(String).filter((value) => value.length > 0);
          const template = own.reduce((text, value) => text.split(value).join('…'), words);
          expect(template).not.toMatch(/\$\d|undefined|\[object/);
          expect((await exportData(CLOCK)).text).toBe(exported);
        },
      ),
      { numRuns: RUNS },
    );

    const total = [...tried.values()].reduce((sum, n) => sum + n, 0);
    console.info(
      `${total} hostile files refused in ${Math.round(performance.now() - started)} ms:`,
      Object.fromEntries(tried),
    );
    expect(total).toBeGreaterThanOrEqual(1_000);
    for (const kind of [...Object.keys(KINDS), ...Object.keys(SEALED_KINDS)]) {
      expect(tried.get(kind) ?? 0, kind).toBeGreaterThan(20);
    }
  }, 120_000);

  it('refuses a file of about 50 MB whose last urge is out of range, and changes nothing', async () => {
    await writeAllRecords(device, 'replace');
    const before = (await exportData(CLOCK)).text;
    const file = JSON.parse(before);
    // Grow the urges to about 50 MB, the last one with a strength of 11.
    const urge = {
      ...file.stores.urges[0],
      note: 'A long evening at home, and the old thoughts came back. '.repeat(2),
    };
    const line = JSON.stringify({ ...urge, id: 'big-000000' });
    const count = Math.floor(50_000_000 / (line.length + 2));
    const urges = Array.from({ length: count }, (_, i) =>
      JSON.stringify({
        ...urge,
        id: `big-${String(i).padStart(6, '0')}`,
        ...(i === count - 1 ? { strength: 11 } : {}),
      }),
    );
    file.stores.urges = [HOLE];
    const text = JSON.stringify(file).replace(`[${PLACEHOLDER}]`, () => `[\n${urges.join(',\n')}\n]`);
    expect(text.length).toBeGreaterThan(45_000_000);
    expect(text.length).toBeLessThan(MAX_IMPORT_LENGTH);

    const started = performance.now();
    const result = await importData(text, 'replace');
    const took = Math.round(performance.now() - started);
    expect(result).toEqual({
      ok: false,
      problem: { code: 'urge-intensity' },
      where: { store: 'urges', index: count - 1 },
    });
    expect((await exportData(CLOCK)).text).toBe(before);
    console.info(`a ${(text.length / 1e6).toFixed(1)} MB file refused in ${took} ms`);
  }, 60_000);

  it('refuses a file above the limit before reading it', async () => {
    await writeAllRecords(device, 'replace');
    const before = (await exportData(CLOCK)).text;
    const result = await importData(`${before}${' '.repeat(MAX_IMPORT_LENGTH)}`, 'add');
    expect(result).toMatchObject({ ok: false, problem: { code: 'import-too-big' } });
    expect((await exportData(CLOCK)).text).toBe(before);
  });
});
