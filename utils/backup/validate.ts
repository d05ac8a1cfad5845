import { checkRecord } from '@/utils/db/checks';
import { unknownField } from '@/utils/db/fields';
import { DB_VERSION } from '@/utils/db/open';
import { type AllRecords, MAX_TEXT, STORE_NAMES, type StoreName, type TriggerSite } from '@/utils/db/schema';
import { storesAt, upgradeRecord } from '@/utils/db/upgrades';
import { isInt, isObject, isTime } from '@/utils/db/validate';
import { type Problem, problem } from '@/utils/problems';
import { patternKey } from '@/utils/triggers/site-pattern';
import { BACKUP_APP, BACKUP_FORMAT } from './format';

/**
 * Checks a file to import, all of it, before anything is written: pure, and it returns a
 * problem code and where it was found, never words.
 *
 * In order: the size (before the text is parsed), JSON, then every key and value of the whole
 * file (no `__proto__`, `constructor` or `prototype` key, no nesting deeper than a Steady file
 * has, no text longer than any field holds), the envelope (a Steady export of a format and a
 * database version this build knows), its stores (exactly those of its version, each a list),
 * and each record: upgraded from the file's version through the database's own steps
 * (RECORD_UPGRADES), then no field its store does not have, its stamps and its store's check
 * (the ones its repository runs), and ids (and sites' patterns) unique in its store.
 */

/** The longest text accepted, in UTF-16 code units: far above years of daily use (an export with 100,000 urges is about 24 MB). */
export const MAX_IMPORT_LENGTH = 60 * 1024 * 1024;

/** The limit as the person reads it, in MB. */
export const MAX_IMPORT_MB = MAX_IMPORT_LENGTH / (1024 * 1024);

/**
 * How deep values may nest. A Steady file nests 6 deep at most (the envelope, its stores, a
 * store's list, a record, a hard time's rule, the rule's days); anything deeper is not ours.
 */
export const MAX_DEPTH = 6;

/** Keys that could reach an object's prototype if a later step copied them carelessly. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The envelope's keys. */
const ENVELOPE = new Set(['app', 'format', 'dbVersion', 'exportedAt', 'stores']);

/**
 * Where a problem was found: the store (as the file names it), the record's index in its list
 * (0 is the first; a page says "entry 1"), and the field when it is known.
 */
export interface ImportWhere {
  store: string;
  index?: number;
  field?: string;
}

/** A file that passed: every store of today's schema (a store the file's version did not have is empty). */
export interface ImportData {
  stores: AllRecords;
  /** The database version the file was written at (upgraded to this build's). */
  fromVersion: number;
  exportedAt: number;
}

export type ImportChecked = { ok: true; data: ImportData } | { ok: false; problem: Problem; where?: ImportWhere };

/** A name from the file, short enough to show. */
const short = (name: string) => (name.length > 40 ? `${name.slice(0, 39)}…` : name);

const refuse = (refusal: Problem, where?: ImportWhere): ImportChecked =>
  where ? { ok: false, problem: refusal, where } : { ok: false, problem: refusal };

/** The file's text as a Steady export of this build's database version, or why not (and where). */
export function checkImport(text: string, version: number = DB_VERSION): ImportChecked {
  if (typeof text !== 'string') return refuse(problem('import-not-json'));
  if (text.length > MAX_IMPORT_LENGTH) return refuse(problem('import-too-big', MAX_IMPORT_MB));
  let root: unknown;
  try {
    root = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return refuse(problem('import-not-json'));
  }
  return checkSafe(root) ?? checkEnvelope(root, version);
}

/** A value still to look at, and where it is: in which store, which record and which field of it, once known. */
interface Walk {
  value: unknown;
  depth: number;
  store?: string;
  index?: number;
  field?: string;
}

/** Where a walked value is, as a refusal says it. */
function whereOf({ store, index, field }: Walk): ImportWhere | undefined {
  if (store === undefined) return undefined;
  return { store, ...(index !== undefined ? { index } : {}), ...(field !== undefined ? { field } : {}) };
}

/**
 * The first unsafe key, value nested too deep or text too long, in the file's order; undefined
 * when there is none. Walks without recursion, so no nesting can overflow the stack.
 */
function checkSafe(root: unknown): ImportChecked | undefined {
  const stack: Walk[] = [{ value: root, depth: 1 }];
  let stores: unknown;
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { value, depth } = next;
    if (typeof value === 'string') {
      if (value.length > MAX_TEXT) return refuse(problem('import-too-long', MAX_TEXT), whereOf(next));
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth > MAX_DEPTH) return refuse(problem('import-too-deep'), whereOf(next));
    const { store, index, field } = next;
    if (Array.isArray(value)) {
      // The items of a store's list (at depth 3) are its records: say which one.
      const records = depth === 3 && store !== undefined;
      for (let i = value.length - 1; i >= 0; i--) {
        stack.push({ value: value[i], depth: depth + 1, store, index: records ? i : index, field });
      }
      continue;
    }
    if (depth === 1) stores = (value as Record<string, unknown>).stores;
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      // A store's name (under the envelope's `stores`), a record's field (a record is at depth 4).
      const child: Walk =
        value === stores && depth === 2
          ? { value: undefined, depth: depth + 1, store: short(key) }
          : {
              value: undefined,
              depth: depth + 1,
              store,
              index,
              field: depth === 4 && store !== undefined ? short(key) : field,
            };
      if (UNSAFE_KEYS.has(key)) return refuse(problem('import-unsafe-key'), whereOf(child));
      if (key.length > MAX_TEXT) return refuse(problem('import-too-long', MAX_TEXT), whereOf(child));
      child.value = (value as Record<string, unknown>)[key];
      stack.push(child);
    }
  }
  return undefined;
}

function checkEnvelope(root: unknown, version: number): ImportChecked {
  if (!isObject(root) || root.app !== BACKUP_APP) return refuse(problem('import-not-steady'));
  if (isInt(root.format, BACKUP_FORMAT + 1, Number.MAX_SAFE_INTEGER)) return refuse(problem('import-newer'));
  if (root.format !== BACKUP_FORMAT) return refuse(problem('import-not-steady'));
  if (isInt(root.dbVersion, version + 1, Number.MAX_SAFE_INTEGER)) return refuse(problem('import-newer'));
  if (!isInt(root.dbVersion, 1, version)) return refuse(problem('import-not-steady'));
  if (!isTime(root.exportedAt) || !isObject(root.stores)) return refuse(problem('import-not-steady'));
  if (Object.keys(root).some((key) => !ENVELOPE.has(key))) return refuse(problem('import-not-steady'));

  const fromVersion = root.dbVersion;
  const stores = root.stores;
  const expected = storesAt(fromVersion);
  for (const name of Object.keys(stores)) {
    if (!(expected as string[]).includes(name))
      return refuse(problem('import-store', short(name)), { store: short(name) });
  }
  const checked: Partial<Record<StoreName, unknown[]>> = {};
  for (const store of expected) {
    if (!Object.hasOwn(stores, store)) return refuse(problem('import-store-missing', store), { store });
    const records = stores[store];
    if (!Array.isArray(records)) return refuse(problem('import-store-list', store), { store });
    const result = checkRecords(store, records, fromVersion, version);
    if (!Array.isArray(result)) return result;
    checked[store] = result;
  }
  const all = Object.fromEntries(STORE_NAMES.map((store) => [store, checked[store] ?? []])) as AllRecords;
  return { ok: true, data: { stores: all, fromVersion, exportedAt: root.exportedAt } };
}

/** A store's records, upgraded and checked, or the first refusal. */
function checkRecords(store: StoreName, records: unknown[], from: number, to: number): unknown[] | ImportChecked {
  const ids = new Set<string>();
  const patterns = new Set<string>();
  const upgraded: unknown[] = [];
  for (let index = 0; index < records.length; index++) {
    const raw = records[index];
    if (!isObject(raw)) return refuse(problem('import-record'), { store, index });
    let record: Record<string, unknown>;
    let found: Problem | undefined;
    try {
      record = upgradeRecord(store, raw, from, to);
      const field = unknownField(store, record);
      if (field !== undefined)
        return refuse(problem('import-field', short(field)), { store, index, field: short(field) });
      found = checkRecord(store, record);
    } catch {
      // A record so odd that an upgrade or a check could not look at it.
      return refuse(problem('import-record'), { store, index });
    }
    if (found) return refuse(found, { store, index, ...fieldOf(found, record) });
    const id = record.id as string;
    if (ids.has(id)) return refuse(problem('import-duplicate-id'), { store, index, field: 'id' });
    ids.add(id);
    if (store === 'sites') {
      const key = patternKey(record as unknown as TriggerSite);
      if (patterns.has(key)) return refuse(problem('site-duplicate'), { store, index });
      patterns.add(key);
    }
    upgraded.push(record);
  }
  return upgraded;
}

/** The field a stamp problem is about (a store's own problem codes say their field in their words). */
function fieldOf(found: Problem, record: Record<string, unknown>): { field?: string } {
  if (found.code === 'record-id') return { field: 'id' };
  if (found.code === 'record-times') return { field: isTime(record.createdAt) ? 'updatedAt' : 'createdAt' };
  return {};
}
