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

/** The rules the guard enforces now: active sites that warn always. */
export function deriveGuardState(sites: readonly TriggerSite[]): GuardState {
  const rules = sites
    .filter((site) => site.status === 'active' && site.when === 'always')
    .map(({ id, host, scope, path, level, quietUntil }) => ({
      id,
      host,
      scope,
      level,
      ...(path ? { path } : {}),
      ...(quietUntil ? { quietUntil } : {}),
    }));
  return { v: 1, rules };
}

/** The rule that should warn on `url` at `now`, if any; quieted rules are passed over. */
export function ruleToWarn(state: GuardState | undefined, url: string, now: number): GuardRule | undefined {
  if (state?.v !== 1) return undefined;
  return createMatcher(state.rules)
    .matchAll(url)
    .find((rule) => !rule.quietUntil || rule.quietUntil <= now);
}
