import type { Settings, TriggerSite } from '@/utils/db/schema';
import { STORAGE } from '@/utils/storage-keys';
import { decideWarning, type HardTimeNow, levelNow, type WarnRule } from '@/utils/triggers/decide';

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
  const rules = state.rules.map((rule): WarnRule => {
    const until = quiet[rule.id];
    if (until === undefined || until <= (rule.quietUntil ?? 0)) return rule;
    return levelNow(rule.level, state.hardTime, now) === 'firm' ? rule : { ...rule, quietUntil: until };
  });
  return { ...state, rules };
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

/** The guard's copy for these sites, the hard-time state now and the person's settings. */
export function deriveGuardState(
  sites: readonly TriggerSite[],
  hardTime: HardTimeNow,
  settings: Pick<Settings, 'pauseSeconds' | 'quietMinutes'>,
): GuardState {
  return {
    v: STORAGE.guard.version,
    rules: sites.map(toWarnRule),
    hardTime,
    pauseSeconds: settings.pauseSeconds,
    quietMinutes: settings.quietMinutes,
  };
}

/** The guard's copy as read from storage, or undefined when it is missing or of another shape. */
export function asGuardState(value: unknown): GuardState | undefined {
  const state = value as GuardState | undefined;
  return state?.v === STORAGE.guard.version && Array.isArray(state.rules) ? state : undefined;
}

/** The decision for `url` at `now` from the guard's copy (the same decision the background makes). */
export function decideFromState(state: GuardState | undefined, url: string, now: number) {
  return state ? decideWarning(state.rules, url, now, state.hardTime) : undefined;
}
