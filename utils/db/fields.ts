import type { StoreValue } from 'idb';
import type { ContactHours, SteadyDB, StoreName, TriggerTimeRule } from './schema';
import { isObject } from './validate';

/**
 * The fields each record may hold, from the schema: the compiler checks that every field of a
 * record type is named here and nothing else. A record (from a file to import, say) with a
 * field not named here is refused: Steady keeps nothing it does not know.
 */
type Fields<T> = { readonly [K in keyof Required<T>]: true };

const STAMPS = { id: true, createdAt: true, updatedAt: true } as const;

export const RECORD_FIELDS: { readonly [S in StoreName]: Fields<StoreValue<SteadyDB, S>> } = {
  sites: { ...STAMPS, host: true, scope: true, path: true, level: true, when: true, quietUntil: true },
  times: { ...STAMPS, label: true, rule: true, source: true },
  urges: {
    ...STAMPS,
    at: true,
    strength: true,
    strengthAfter: true,
    rodeSeconds: true,
    triggers: true,
    siteId: true,
    note: true,
    outcome: true,
  },
  events: { ...STAMPS, at: true, siteId: true, host: true, choice: true, path: true, kind: true },
  contacts: {
    ...STAMPS,
    name: true,
    relation: true,
    ways: true,
    preferred: true,
    hours: true,
    message: true,
    note: true,
    order: true,
  },
  lines: { ...STAMPS, name: true, number: true, about: true, order: true },
  reachOuts: { ...STAMPS, at: true, contactId: true, lineId: true, channel: true, from: true },
  plan: { ...STAMPS, items: true },
  checkins: {
    ...STAMPS,
    mood: true,
    sleep: true,
    meals: true,
    movement: true,
    craving: true,
    note: true,
    helped: true,
  },
  lapses: { ...STAMPS, at: true, triggers: true, note: true, change: true, restartedCounter: true, urgeId: true },
  settings: {
    ...STAMPS,
    recoveryStart: true,
    counterStart: true,
    showDays: true,
    dailyCheckIn: true,
    checkInSetAside: true,
    quietMinutes: true,
    pauseSeconds: true,
    safePage: true,
    recordPaths: true,
    checkIns: true,
    firmerDuringHardTimes: true,
    firmUntil: true,
    frictionGrows: true,
    country: true,
    reachMessage: true,
    welcomed: true,
    lock: true,
    dismissed: true,
    searchEngines: true,
    searchSalt: true,
  },
  searches: {
    ...STAMPS,
    word: true,
    plurals: true,
    level: true,
    when: true,
    quietUntil: true,
    salt: true,
    keys: true,
    span: true,
  },
};

type Kind = TriggerTimeRule['kind'];

/** The fields of a hard time's rule, by its kind. */
const RULE_FIELDS: { readonly [K in Kind]: Fields<Extract<TriggerTimeRule, { kind: K }>> } = {
  weekly: { kind: true, days: true, start: true, end: true },
  once: { kind: true, date: true, start: true, end: true },
  monthly: { kind: true, daysOfMonth: true, start: true, end: true },
  yearly: { kind: true, month: true, day: true, start: true, end: true },
};

const HOURS_FIELDS: Fields<ContactHours> = { days: true, start: true, end: true };

const firstUnknown = (value: Record<string, unknown>, known: object): string | undefined =>
  Object.keys(value).find((key) => !Object.hasOwn(known, key));

/**
 * The first field of a record that its store does not have (nested ones as `rule.x`), or
 * undefined. Only names are looked at: the store's check looks at the values.
 */
export function unknownField(store: StoreName, record: Record<string, unknown>): string | undefined {
  const top = firstUnknown(record, RECORD_FIELDS[store]);
  if (top !== undefined) return top;
  const kind = isObject(record.rule) ? record.rule.kind : undefined;
  if (store === 'times' && typeof kind === 'string' && Object.hasOwn(RULE_FIELDS, kind)) {
    const inRule = firstUnknown(record.rule as Record<string, unknown>, RULE_FIELDS[kind as Kind]);
    if (inRule !== undefined) return `rule.${inRule}`;
  }
  if (store === 'contacts' && isObject(record.hours)) {
    const inHours = firstUnknown(record.hours, HOURS_FIELDS);
    if (inHours !== undefined) return `hours.${inHours}`;
  }
  return undefined;
}
