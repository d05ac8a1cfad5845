import type { Settings, TriggerSite } from '@/utils/db/schema';
import { decideWarning, type HardTimeNow, type WarnRule } from '@/utils/triggers/decide';

/**
 * The small derived copy of what the guard needs at document_start, written by the background
 * to storage.local whenever it re-derives. IndexedDB stays the source of truth; this holds no
 * words of the person's, only their site rules and how warnings behave now.
 */
export interface GuardState {
  v: 2;
  rules: WarnRule[];
  hardTime: HardTimeNow;
  /** Seconds of the breathing pause before "continue" on a pause-level warning. */
  pauseSeconds: number;
  /** Minutes a "continue" quiets the rules that warned. */
  quietMinutes: number;
}

/** storage.local key of the guard's copy. */
export const GUARD_KEY = 'guard';

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
    v: 2,
    rules: sites.map(toWarnRule),
    hardTime,
    pauseSeconds: settings.pauseSeconds,
    quietMinutes: settings.quietMinutes,
  };
}

/** The guard's copy as read from storage, or undefined when it is missing or of another shape. */
export function asGuardState(value: unknown): GuardState | undefined {
  const state = value as GuardState | undefined;
  return state?.v === 2 && Array.isArray(state.rules) ? state : undefined;
}

/** The decision for `url` at `now` from the guard's copy (the same decision the background makes). */
export function decideFromState(state: GuardState | undefined, url: string, now: number) {
  return state ? decideWarning(state.rules, url, now, state.hardTime) : undefined;
}
