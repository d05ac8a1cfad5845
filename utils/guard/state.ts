import type { SearchWord, Settings, TriggerSite } from '@/utils/db/schema';
import type { EngineId } from '@/utils/search/engines';
import { createSearchMatcher, type SearchCopy, type SearchMatcher, type SearchRule } from '@/utils/search/match';
import { STORAGE } from '@/utils/storage-keys';
import { decideWarning, type HardTimeNow, levelNow, type Ruling, type WarnRule } from '@/utils/triggers/decide';

/**
 * The small derived copy of what the guard needs at document_start, written by the background
 * to storage.local whenever it re-derives. IndexedDB stays the source of truth; this holds no
 * words of the person's, only their site rules and how warnings behave now.
 */
export interface GuardState {
  v: typeof STORAGE.guard.version;
  rules: WarnRule[];
  hardTime: HardTimeNow;
  /** Seconds of the breathing pause before "continue" on a pause-level warning. */
  pauseSeconds: number;
  /** Minutes a "continue" quiets the rules that warned. */
  quietMinutes: number;
  /** The named search words as keyed hashes, and the engines turned on (absent: none named). */
  search?: SearchCopy;
}

/** Quiet times by rule id (epoch ms). */
export type QuietTimes = Record<string, number>;

/** The guard's own quiet times as read from storage: only finite numbers by string ids. */
export function asQuietTimes(value: unknown): QuietTimes {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).filter(
      (entry): entry is [string, number] => typeof entry[1] === 'number' && Number.isFinite(entry[1]),
    ),
  );
}

/** `quiet` with these rules quieted until `until`, and without the times already over at `now`. */
export function addQuiet(quiet: QuietTimes, ids: readonly string[], until: number, now: number): QuietTimes {
  const kept = Object.entries(quiet).filter(([, at]) => at > now);
  return { ...Object.fromEntries(kept), ...Object.fromEntries(ids.map((id) => [id, Math.max(until, quiet[id] ?? 0)])) };
}

/**
 * The state with each rule quiet until the later of its stored quiet time and `quiet`'s. The
 * guard's own copy never quiets a rule that is firm now (a level changed to firm after a
 * "continue", or a hard time that made it firmer): only the background's record can.
 */
export function withQuiet(state: GuardState | undefined, quiet: QuietTimes, now: number): GuardState | undefined {
  if (!state) return state;
  const quieted = <R extends Ruling>(rule: R): R => {
    const until = quiet[rule.id];
    if (until === undefined || until <= (rule.quietUntil ?? 0)) return rule;
    return levelNow(rule.level, state.hardTime, now) === 'firm' ? rule : { ...rule, quietUntil: until };
  };
  const rules = state.rules.map(quieted);
  if (!state.search) return { ...state, rules };
  const words = state.search.rules.map(quieted);
  // The same copy when nothing of it changed, so the matcher made for it is used again.
  const search = words.every((rule, i) => rule === state.search?.rules[i])
    ? state.search
    : { ...state.search, rules: words };
  return { ...state, rules, search };
}

/** The most quiet times the guard's copy keeps (far more than anyone flags; a bound, not a limit in use). */
export const MAX_QUIET = 500;

/**
 * The guard's quiet times as the background keeps them when it re-derives: only for rules that
 * still exist and are not firm, not over at `now`, none longer than the quiet time the person set
 * (counted from `now`), and at most MAX_QUIET of them (the latest kept).
 */
export function capQuiet(
  quiet: QuietTimes,
  rules: readonly Pick<WarnRule, 'id' | 'level'>[],
  now: number,
  quietMinutes: number,
): QuietTimes {
  const open = new Set(rules.filter((rule) => rule.level !== 'firm').map((rule) => rule.id));
  const longest = now + quietMinutes * 60_000;
  const kept = Object.entries(quiet)
    .filter(([id, until]) => open.has(id) && until > now)
    .map(([id, until]): [string, number] => [id, Math.min(until, longest)])
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_QUIET);
  return Object.fromEntries(kept);
}

/** The rule fields the guard needs, and nothing else of a site. */
export function toWarnRule({ id, host, scope, path, level, when, quietUntil }: TriggerSite): WarnRule {
  return {
    id,
    host,
    scope,
    level,
    when,
    ...(path !== undefined ? { path } : {}),
    ...(quietUntil !== undefined ? { quietUntil } : {}),
  };
}

/** The rule fields the guard needs of a named search word: its keys, never the word. */
export function toSearchRule({ id, level, when, quietUntil, salt, keys }: SearchWord): SearchRule {
  return { id, level, when, salt, keys, ...(quietUntil !== undefined ? { quietUntil } : {}) };
}

/** The search part of the guard's copy: absent when no word is named or no engine is on. */
export function deriveSearchCopy(words: readonly SearchWord[], engines: readonly EngineId[]): SearchCopy | undefined {
  if (words.length === 0 || engines.length === 0) return undefined;
  return {
    engines: [...engines],
    rules: words.map(toSearchRule),
    longest: Math.max(...words.map((word) => word.span)),
  };
}

/** The guard's copy for these sites and search words, the hard-time state now and the person's settings. */
export function deriveGuardState(
  sites: readonly TriggerSite[],
  hardTime: HardTimeNow,
  settings: Pick<Settings, 'pauseSeconds' | 'quietMinutes' | 'searchEngines'>,
  words: readonly SearchWord[] = [],
): GuardState {
  const search = deriveSearchCopy(words, settings.searchEngines ?? []);
  return {
    v: STORAGE.guard.version,
    rules: sites.map(toWarnRule),
    hardTime,
    pauseSeconds: settings.pauseSeconds,
    quietMinutes: settings.quietMinutes,
    ...(search ? { search } : {}),
  };
}

/** The guard's copy as read from storage, or undefined when it is missing or of another shape. */
export function asGuardState(value: unknown): GuardState | undefined {
  const state = value as GuardState | undefined;
  if (state?.v !== STORAGE.guard.version || !Array.isArray(state.rules)) return undefined;
  const search = state.search;
  if (search !== undefined && !(Array.isArray(search.rules) && Array.isArray(search.engines))) return undefined;
  return state;
}

/** Matchers made for a search copy, kept while the copy is. */
const searchMatchers = new WeakMap<SearchCopy, SearchMatcher>();

/** The matcher for a search copy, made once per copy. */
export function searchMatcherFor(search: SearchCopy): SearchMatcher {
  const known = searchMatchers.get(search);
  if (known) return known;
  const matcher = createSearchMatcher(search);
  searchMatchers.set(search, matcher);
  return matcher;
}

/** The decision for `url` at `now` from the guard's copy (the same decision the background makes). */
export function decideFromState(state: GuardState | undefined, url: string, now: number) {
  if (!state) return undefined;
  const search = state.search && searchMatcherFor(state.search);
  return decideWarning(state.rules, url, now, state.hardTime, undefined, search);
}
