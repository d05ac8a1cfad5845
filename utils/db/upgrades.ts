import type { StoreName } from './schema';

/** A stored record as it was at some version: typed loosely, never through today's record types. */
export type OldRecord = Record<string, unknown>;

/** What one version does to one store's records: the record as it is at the version before, as it is at this one. */
export type RecordUpgrade = (record: OldRecord) => OldRecord;

/**
 * The version in which each store first appears. A database, or an export, at version N has
 * exactly the stores whose version is N or lower.
 */
export const STORE_SINCE: Readonly<Record<StoreName, number>> = {
  sites: 1,
  times: 1,
  urges: 1,
  contacts: 1,
  plan: 1,
  checkins: 1,
  lapses: 1,
  settings: 1,
  events: 2,
  lines: 4,
  reachOuts: 4,
  searches: 6,
};

/** The stores a database (or an export) at `version` has. */
export const storesAt = (version: number): StoreName[] =>
  (Object.keys(STORE_SINCE) as StoreName[]).filter((store) => STORE_SINCE[store] <= version);

/**
 * A version-2 site in version 3: a site's access is the browser's fact (its host permission),
 * so the stored `status` goes.
 */
export function siteFromVersion2(old: OldRecord): OldRecord {
  if (old.status === undefined) return old;
  const { status: _status, ...rest } = old;
  return rest;
}

/**
 * A version-3 contact (one `method` and its `value`) as a version-4 one (a way per channel).
 * Phone numbers keep only their digits and a leading plus; a value that fits no channel (an
 * https link) is kept in the note, so nothing the person wrote is lost.
 */
export function contactFromVersion3(old: OldRecord): OldRecord {
  const { method, value, ...rest } = old;
  if (method === undefined && value === undefined) return old;
  const text = typeof value === 'string' ? value.trim() : '';
  const phone = text.replace(/[\s().-]/g, '');
  const keep = (note: string) => ({ ...rest, ways: {}, note: [rest.note, note].filter(Boolean).join('\n') });
  switch (method) {
    case 'call':
    case 'text':
      return /^\+[1-9]\d{6,14}$/.test(phone) ? { ...rest, ways: { [method]: phone }, preferred: method } : keep(text);
    case 'email':
      return { ...rest, ways: { email: text }, preferred: 'email' };
    default: {
      const whatsapp = /^https:\/\/wa\.me\/(\d{7,15})(?:[/?]|$)/.exec(text);
      if (whatsapp) return { ...rest, ways: { whatsapp: `+${whatsapp[1]}` }, preferred: 'whatsapp' };
      return keep(text);
    }
  }
}

/** A version-4 urge or lapse in version 5: `intensity` is the `strength`, one `trigger` is a list of one. */
export function recordFromVersion4(old: OldRecord): OldRecord {
  if (!('intensity' in old) && !('trigger' in old)) return old;
  const { intensity, trigger, ...rest } = old;
  return {
    ...rest,
    ...(intensity !== undefined ? { strength: intensity } : {}),
    ...(trigger !== undefined ? { triggers: [trigger] } : {}),
  };
}

/** Version-4 settings in version 5: the one start date becomes the recovery's start and the counter's, shown. */
export function settingsFromVersion4(old: OldRecord): OldRecord {
  if (!('sobrietyStart' in old)) return old;
  const { sobrietyStart, ...rest } = old;
  return sobrietyStart === undefined
    ? rest
    : { ...rest, recoveryStart: sobrietyStart, counterStart: sobrietyStart, showDays: true };
}

/**
 * What each version does to the records already stored, by version and store, in the order
 * the stores are upgraded. The one list of record changes: the database's migrations run it
 * over every stored record (utils/db/open.ts), and an import runs it over the records of an
 * export made at an older version (utils/backup/validate.ts). An upgrade returns the record
 * itself when it has nothing to change. Never edit a step that has shipped: add the next one.
 */
export const RECORD_UPGRADES: Readonly<Record<number, Readonly<Partial<Record<StoreName, RecordUpgrade>>>>> = {
  3: { sites: siteFromVersion2 },
  4: { contacts: contactFromVersion3 },
  5: { urges: recordFromVersion4, lapses: recordFromVersion4, settings: settingsFromVersion4 },
};

/** A record of `store` as it was at version `from`, as it is at version `to` (every step between, in order). */
export function upgradeRecord(store: StoreName, record: OldRecord, from: number, to: number): OldRecord {
  let upgraded = record;
  for (let version = from + 1; version <= to; version++) {
    const upgrade = RECORD_UPGRADES[version]?.[store];
    if (upgrade) upgraded = upgrade(upgraded);
  }
  return upgraded;
}
