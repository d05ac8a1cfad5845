import type { StoreValue } from 'idb';
import { contactsRepo } from '@/utils/db/contacts';
import { amendRecord, putBack, swapRecords, takeOut, walkCheckIns, walkNewest } from '@/utils/db/history';
import { linesRepo } from '@/utils/db/lines';
import { db } from '@/utils/db/open';
import type { CheckIn, Lapse, SteadyDB, StoreName } from '@/utils/db/schema';
import { readKeyring } from '@/utils/db/sealing';
import { InvalidRecordError } from '@/utils/db/validate';
import {
  type CheckInEntry,
  checkInAt,
  collectNewest,
  comesAfter,
  compareEntries,
  type EntryKey,
  type HistoryEntry,
  type HistoryKind,
  type LapseEntry,
  mergePage,
  RECORD_KINDS,
  type ReachOutEntry,
  type UrgeEntry,
  type WarningEntry,
} from '@/utils/history/entries';
import { dayBounds, inRange, type PeriodRange, shiftDay } from '@/utils/history/period';
import { changeChoices, createWarningGrouper, type MadeChoice, WARNING_WINDOW } from '@/utils/history/warnings';
import { problem } from '@/utils/problems';
import { dayKey } from '@/utils/time/calendar';
import { localDayNumber, systemZone } from '@/utils/time/zone';
import type { CheckInAnswers } from './checkins';
import { attempt, type Done } from './run';

/** What the history shows: which kinds, over which period (utils/history/period.ts). */
export interface HistoryQuery {
  kinds: readonly HistoryKind[];
  range: PeriodRange;
}

/** One page of the history, newest first, and whether older entries follow. */
export interface HistoryPage {
  entries: HistoryEntry[];
  more: boolean;
}

/** The newest instant a page may hold: the period's end, and no later than the last entry shown. */
function upperBound(range: PeriodRange, after?: EntryKey): number | undefined {
  const ends = [range.to === undefined ? undefined : range.to - 1, after?.at].filter((n) => n !== undefined);
  return ends.length > 0 ? Math.min(...ends) : undefined;
}

async function readUrges(range: PeriodRange, limit: number, after?: EntryKey): Promise<UrgeEntry[]> {
  const collect = collectNewest<UrgeEntry>(limit, after);
  await walkNewest('urges', { lower: range.from, upper: upperBound(range, after) }, (urge) =>
    collect.offer({ kind: 'urge', id: urge.id, at: urge.at, urge }),
  );
  return collect.result();
}

async function readLapses(range: PeriodRange, limit: number, after?: EntryKey): Promise<LapseEntry[]> {
  const collect = collectNewest<LapseEntry>(limit, after);
  await walkNewest('lapses', { lower: range.from, upper: upperBound(range, after) }, (lapse) =>
    collect.offer({ kind: 'lapse', id: lapse.id, at: lapse.at, lapse }),
  );
  return collect.result();
}

async function readReachOuts(range: PeriodRange, limit: number, after?: EntryKey): Promise<ReachOutEntry[]> {
  const collect = collectNewest<ReachOutEntry>(limit, after);
  await walkNewest('reachOuts', { lower: range.from, upper: upperBound(range, after) }, (reachOut) =>
    collect.offer({ kind: 'reach-out', id: reachOut.id, at: reachOut.at, reachOut }),
  );
  return collect.result();
}

/**
 * Warnings, each with its choices (utils/history/warnings.ts). A warning belongs where it was
 * shown; its choices may come up to WARNING_WINDOW later, and a choice needs the events up to
 * WARNING_WINDOW before it to find its warning: the events are read that much wider, and no
 * further than needed for the page.
 */
async function readWarnings(range: PeriodRange, limit: number, after?: EntryKey): Promise<WarningEntry[]> {
  const grouper = createWarningGrouper(WARNING_WINDOW);
  const kept: WarningEntry[] = [];
  const keep = (warnings: WarningEntry[]) => {
    for (const warning of warnings) {
      if (inRange(range, warning.at) && (!after || comesAfter(warning, after))) kept.push(warning);
    }
  };
  const upper = upperBound(range, after);
  const bounds = {
    lower: range.from === undefined ? undefined : range.from - WARNING_WINDOW,
    upper: upper === undefined ? undefined : upper + WARNING_WINDOW,
  };
  let enough = false;
  await walkNewest('events', bounds, (event) => {
    keep(grouper.add(event));
    // Enough once `limit` warnings are newer than any warning still to come.
    const ceiling = grouper.ceiling();
    enough = kept.filter((warning) => warning.at > ceiling).length >= limit;
    return !enough;
  });
  // Read to the end: the choices still waiting have no warning of their own.
  if (!enough) keep(grouper.finish());
  return kept.sort(compareEntries).slice(0, limit);
}

/** Daily check-ins, by their day; each stands in time where it was saved within its day. */
async function readCheckIns(
  range: PeriodRange,
  limit: number,
  zone: string,
  after?: EntryKey,
): Promise<CheckInEntry[]> {
  const collect = collectNewest<CheckInEntry>(limit, after);
  // A check-in of a later day than the last entry shown stands after it in time: it was on an earlier page.
  const days = [
    range.toDay ? shiftDay(range.toDay, -1) : undefined,
    after ? dayKey(localDayNumber(after.at, zone)) : undefined,
  ]
    .filter((day): day is string => day !== undefined)
    .sort();
  await walkCheckIns({ lower: range.fromDay, upper: days[0] }, (checkIn) =>
    collect.offer({ kind: 'check-in', id: checkIn.id, at: checkInAt(checkIn, dayBounds(checkIn.id, zone)), checkIn }),
  );
  return collect.result();
}

/** The names of the people and lines reached, when they are still there (never their numbers). */
async function withNames(entries: HistoryEntry[]): Promise<HistoryEntry[]> {
  const [contacts, lines] = [contactsRepo(), linesRepo()];
  return Promise.all(
    entries.map(async (entry) => {
      if (entry.kind !== 'reach-out') return entry;
      const { contactId, lineId } = entry.reachOut;
      const found = contactId ? await contacts.get(contactId) : lineId ? await lines.get(lineId) : undefined;
      return found ? { ...entry, name: found.name } : entry;
    }),
  );
}

/**
 * One page of the history: the entries of the kinds asked for, in the period, newest first,
 * after `after` (the last entry already shown), at most `limit`. Each kind is read through its
 * time index, only as far as the page needs.
 */
export async function readHistory(
  query: HistoryQuery,
  after?: EntryKey,
  limit = 50,
  zone = systemZone(),
): Promise<HistoryPage> {
  const n = limit + 1;
  const readers: Record<HistoryKind, () => Promise<HistoryEntry[]>> = {
    urge: () => readUrges(query.range, n, after),
    warning: () => readWarnings(query.range, n, after),
    'reach-out': () => readReachOuts(query.range, n, after),
    lapse: () => readLapses(query.range, n, after),
    'check-in': () => readCheckIns(query.range, n, zone, after),
  };
  const kinds = [...new Set(query.kinds)];
  const page = mergePage(await Promise.all(kinds.map((kind) => readers[kind]())), limit);
  return { entries: await withNames(await openWords(page.entries)), more: page.more };
}

/** The entries with the person's words open (the history is read only while Steady is open). */
async function openWords(entries: HistoryEntry[]): Promise<HistoryEntry[]> {
  const ring = await readKeyring(await db());
  return Promise.all(
    entries.map(async (entry) => {
      if (entry.kind === 'urge') return { ...entry, urge: await ring.open('urges', entry.urge) };
      if (entry.kind === 'lapse') return { ...entry, lapse: await ring.open('lapses', entry.lapse) };
      if (entry.kind === 'check-in') return { ...entry, checkIn: await ring.open('checkins', entry.checkIn) };
      return entry;
    }),
  );
}

/** An entry taken out of the history, with its records as they were, so it can be put back. */
export interface RemovedEntry {
  entry: HistoryEntry;
  store: StoreName;
  records: ReadonlyArray<StoreValue<SteadyDB, StoreName>>;
}

/** The ids of the records an entry stands for (a warning: its own and its choices'). */
const recordIds = (entry: HistoryEntry): string[] =>
  entry.kind === 'warning' ? entry.events.map((e) => e.id) : [entry.id];

/**
 * Removes an entry from the history: its own records, in one transaction, and nothing else (a
 * lapse's removal leaves the days counter where it is; a reach out's, the person). Resolves
 * with what was removed, for an undo.
 */
export function removeHistoryEntry(entry: HistoryEntry): Promise<Done<RemovedEntry>> {
  return attempt(async () => {
    const store = RECORD_KINDS[entry.kind].store;
    const records = await takeOut(store, recordIds(entry));
    return { entry, store, records };
  });
}

/** Puts a removed entry back exactly as it was (each record checked again first). */
export const restoreHistoryEntry = (removed: RemovedEntry): Promise<Done> =>
  attempt(() => putBack(removed.store, removed.records));

/** Only the named fields of a change, as given (a field given as undefined is cleared). */
function only<T extends object, K extends keyof T>(changes: T, keys: readonly K[]): Partial<Pick<T, K>> {
  return Object.fromEntries(keys.filter((key) => key in changes).map((key) => [key, changes[key]])) as Partial<
    Pick<T, K>
  >;
}

/** What the person can change of a lapse afterwards: what led to it, a note, the change they would make. */
export type LapseNotes = Partial<Pick<Lapse, 'triggers' | 'note' | 'change'>>;

/**
 * Changes what the person said of a lapse; its time and whether it restarted the days counter
 * stay, and the counter is never moved by it.
 */
export const changeLapseNotes = (id: string, notes: LapseNotes): Promise<Done<Lapse>> =>
  attempt(() => amendRecord('lapses', id, only(notes, ['triggers', 'note', 'change'] as const)));

/** Changes a day's check-in answers already saved (the ones not given stay). */
export const changeCheckIn = (day: string, answers: CheckInAnswers): Promise<Done<CheckIn>> =>
  attempt(() =>
    amendRecord(
      'checkins',
      day,
      only(answers, ['mood', 'sleep', 'meals', 'movement', 'craving', 'note', 'helped'] as const),
    ),
  );

/**
 * Changes what the person chose on a warning (utils/history/warnings.ts, changeChoices), in one
 * transaction. Refused, with nothing changed, for a warning whose showing was not recorded.
 * Resolves with the warning as it now is.
 */
export function changeWarningChoices(
  entry: WarningEntry,
  choices: readonly MadeChoice[],
  now = Date.now(),
): Promise<Done<WarningEntry>> {
  return attempt(async () => {
    const change = changeChoices(entry, choices, now, () => crypto.randomUUID());
    if (!change) throw new InvalidRecordError('events', problem('record-gone'));
    await swapRecords('events', change.out, change.into);
    return { ...entry, events: change.events };
  });
}
