import type { SitePattern, TriggerSite, WarningLevel } from '@/utils/db/schema';
import { createMatcher } from '@/utils/triggers/matcher';

/**
 * The small derived copy of what the guard needs at document_start, written by the
 * background to storage.local whenever it re-derives. IndexedDB stays the source of truth;
 * this holds no words of the person's, only the rules of their flagged hosts.
 */
export interface GuardRule extends SitePattern {
  id: string;
  level: WarningLevel;
  quietUntil?: number;
}

export interface GuardState {
  v: 1;
  rules: GuardRule[];
}

export const GUARD_KEY = 'guard';

/** storage.local: each site's status (id → active or needs-permission), for pages that show it. */
export const STATUS_KEY = 'siteStatus';

/** What the hard-time schedule says right now, as far as the guard is concerned. */
export interface HardTimeNow {
  /** A hard time is on: sites flagged "only during hard times" warn too. */
  on: boolean;
  /** The person asked for every warning to go one level firmer while a hard time is on. */
  firmer: boolean;
}

const FIRMER: Record<WarningLevel, WarningLevel> = { gentle: 'pause', pause: 'firm', firm: 'firm' };

/**
 * The rules the guard enforces now: active sites that warn always, and those that warn
 * during hard times while one is on (one level firmer if the person asked for that).
 */
export function deriveGuardState(
  sites: readonly TriggerSite[],
  hardTime: HardTimeNow = { on: false, firmer: false },
): GuardState {
  const rules = sites
    .filter((site) => site.status === 'active' && (site.when === 'always' || hardTime.on))
    .map(({ id, host, scope, path, level, quietUntil }) => ({
      id,
      host,
      scope,
      level: effectiveLevel(level, hardTime),
      ...(path ? { path } : {}),
      ...(quietUntil ? { quietUntil } : {}),
    }));
  return { v: 1, rules };
}

/** A site's level now: one firmer during a hard time when the person chose that. */
export function effectiveLevel(level: WarningLevel, hardTime: HardTimeNow): WarningLevel {
  return hardTime.on && hardTime.firmer ? FIRMER[level] : level;
}

/** The rule that should warn on `url` at `now`, if any; quieted rules are passed over. */
export function ruleToWarn(state: GuardState | undefined, url: string, now: number): GuardRule | undefined {
  if (state?.v !== 1) return undefined;
  return createMatcher(state.rules)
    .matchAll(url)
    .find((rule) => !rule.quietUntil || rule.quietUntil <= now);
}
