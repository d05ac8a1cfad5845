import type { CheckIn, Lapse, ReachOutEvent, StoreName, Urge, WarningEvent } from '@/utils/db/schema';
import type { InsightsBatch } from '@/utils/insights/accumulator';

/**
 * The history as one list: urges, warnings, reach outs, lapses and daily check-ins, newest
 * first. Pure: records in, entries out; the commands read the database, the page shows words.
 */

/** The kinds of entry, in the order they are offered (and the order of entries at the same instant). */
export const HISTORY_KINDS = ['urge', 'warning', 'reach-out', 'lapse', 'check-in'] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

/**
 * Each kind of record in one place: its name in code (the kind) and the IndexedDB store it is
 * kept in (named as stored data and backups name it, never renamed), which is also its field in
 * an insights batch. Everything that goes from one to the other reads this, nothing maps them by hand.
 */
export const RECORD_KINDS = {
  urge: { store: 'urges' },
  warning: { store: 'events' },
  'reach-out': { store: 'reachOuts' },
  lapse: { store: 'lapses' },
  'check-in': { store: 'checkins' },
} as const satisfies Record<HistoryKind, { store: StoreName & keyof InsightsBatch }>;

interface Base {
  /** Its record's id (a warning's: its first event's). */
  id: string;
  /** Where it stands in time: when it happened (a check-in: when it was saved, within its day). */
  at: number;
}

export interface UrgeEntry extends Base {
  kind: 'urge';
  urge: Urge;
}

/** One warning: the event that it was shown, and the choices made on it, oldest first. */
export interface WarningEntry extends Base {
  kind: 'warning';
  events: WarningEvent[];
}

export interface ReachOutEntry extends Base {
  kind: 'reach-out';
  reachOut: ReachOutEvent;
  /** The support person's or the line's name, when they are still in the person's lists. */
  name?: string;
}

export interface LapseEntry extends Base {
  kind: 'lapse';
  lapse: Lapse;
}

export interface CheckInEntry extends Base {
  kind: 'check-in';
  checkIn: CheckIn;
}

export type HistoryEntry = UrgeEntry | WarningEntry | ReachOutEntry | LapseEntry | CheckInEntry;

/** What places an entry in the list (and marks where a page of it ended). */
export type EntryKey = Pick<HistoryEntry, 'kind' | 'id' | 'at'>;

const RANK: Record<HistoryKind, number> = Object.fromEntries(HISTORY_KINDS.map((kind, i) => [kind, i])) as Record<
  HistoryKind,
  number
>;

/**
 * The list's one order: newest first; at the same instant by kind, then by id (so every entry
 * has one place, and paging neither skips nor repeats). Negative when `a` comes first.
 */
export function compareEntries(a: EntryKey, b: EntryKey): number {
  if (a.at !== b.at) return b.at - a.at;
  if (a.kind !== b.kind) return RANK[a.kind] - RANK[b.kind];
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** Whether an entry comes after `cursor` in the list (is on a later page). */
export const comesAfter = (entry: EntryKey, cursor: EntryKey): boolean => compareEntries(entry, cursor) > 0;

/** The same entry (same kind, same id). */
export const sameEntry = (a: EntryKey, b: EntryKey): boolean => a.kind === b.kind && a.id === b.id;

/**
 * Collects the first `limit` entries after `cursor` from entries offered newest first (`at` never
 * rising). `offer` says whether reading on can still change the result: past the `limit`-th
 * entry's instant it cannot. Entries at one instant are all taken before sorting, so the result
 * does not hang on the order a store hands ties over in.
 */
export function collectNewest<E extends EntryKey>(limit: number, cursor?: EntryKey) {
  const kept: E[] = [];
  return {
    offer(entry: E): boolean {
      if (cursor && !comesAfter(entry, cursor)) return true;
      const last = kept[limit - 1];
      if (last && entry.at < last.at) return false;
      kept.push(entry);
      return true;
    },
    result(): E[] {
      return kept.sort(compareEntries).slice(0, limit);
    },
  };
}

/**
 * One page of the list from each kind's own first entries (each list holding, in any order,
 * the first `limit + 1` of its kind after the cursor, or all there are): the first `limit` of
 * them all, and whether there are more.
 */
export function mergePage<E extends EntryKey>(
  lists: ReadonlyArray<readonly E[]>,
  limit: number,
): { entries: E[]; more: boolean } {
  const all = lists.flat().sort(compareEntries);
  return { entries: all.slice(0, limit), more: all.length > limit };
}

/** The list with an entry in its place (replacing the one it was, if it is there). */
export function placeEntry<E extends EntryKey>(list: readonly E[], entry: E): E[] {
  const rest = list.filter((other) => !sameEntry(other, entry));
  const index = rest.findIndex((other) => compareEntries(entry, other) < 0);
  return index === -1 ? [...rest, entry] : [...rest.slice(0, index), entry, ...rest.slice(index)];
}

/** The list without an entry. */
export const dropEntry = <E extends EntryKey>(list: readonly E[], entry: EntryKey): E[] =>
  list.filter((other) => !sameEntry(other, entry));

/** A check-in's place in time: when it was first saved, kept within its own day ([start, end)). */
export function checkInAt(checkIn: Pick<CheckIn, 'createdAt'>, day: [number, number] | undefined): number {
  if (!day) return checkIn.createdAt;
  const [start, end] = day;
  return Math.max(start, Math.min(checkIn.createdAt, end - 1));
}

/** The choices made on a warning, in the order they were made ('shown' is not a choice). */
export const warningChoices = (entry: Pick<WarningEntry, 'events'>) =>
  entry.events.filter((event) => event.choice !== 'shown').map((event) => event.choice);
