import type { TriggerSite, TriggerTime, Urge, WarningEvent } from '@/utils/db/schema';
import { DAY_MS } from '@/utils/time/calendar';
import { createLocalClock, type LocalClock } from '@/utils/time/clock';
import { type HardTimeSuggestion, suggestHardTimes } from './hard-time-suggestions';
import { type FirmerSiteSuggestion, type FlagSiteSuggestion, suggestSites } from './site-suggestions';

/**
 * Suggestions that close the loop: a weekly hard time where urges cluster, a site to flag, a
 * flagged site to make firmer. Steady only offers; the person decides. Each carries a stable
 * `key`, and a suggestion the person set aside stays away for DISMISS_DAYS.
 */
export type Suggestion = HardTimeSuggestion | FlagSiteSuggestion | FirmerSiteSuggestion;
/** 'hard-time', 'flag-site' or 'firmer-site'. */
export type SuggestionKind = Suggestion['kind'];

/** A set-aside suggestion stays away for 30 days: long enough not to nag, short enough to ask again if it persists. */
export const DISMISS_DAYS = 30;
/** At most 3 offers of each kind at once (the strongest): more reads as a list of faults. */
export const MAX_PER_KIND = 3;

/** The person set a suggestion aside: its key, and when (epoch ms). */
export interface Dismissal {
  key: string;
  at: number;
}

/** The suggestions not set aside in the last DISMISS_DAYS (the latest dismissal of a key counts). */
export function withoutDismissed<T extends { key: string }>(
  suggestions: readonly T[],
  dismissals: readonly Dismissal[],
  now: number,
): T[] {
  const latest = new Map<string, number>();
  for (const { key, at } of dismissals) latest.set(key, Math.max(at, latest.get(key) ?? at));
  return suggestions.filter((suggestion) => {
    const at = latest.get(suggestion.key);
    return at === undefined || now - at >= DISMISS_DAYS * DAY_MS;
  });
}

/** What the suggestions are read from. Records outside the last four weeks are passed over. */
export interface SuggestionInput {
  urges: readonly Pick<Urge, 'at' | 'siteId' | 'triggers'>[];
  events: readonly Pick<WarningEvent, 'at' | 'siteId' | 'host' | 'choice' | 'kind'>[];
  times: readonly TriggerTime[];
  sites: readonly Pick<TriggerSite, 'id' | 'host' | 'scope' | 'level'>[];
  dismissals: readonly Dismissal[];
  now: number;
  zone: string;
}

/**
 * Every suggestion for now, dismissed ones left out, at most MAX_PER_KIND of each kind (the
 * strongest first): hard times, then sites to flag, then sites to make firmer.
 */
export function suggest(input: SuggestionInput, clock: LocalClock = createLocalClock(input.zone)): Suggestion[] {
  const { urges, events, times, sites, dismissals, now, zone } = input;
  const all: Suggestion[] = [
    ...suggestHardTimes(urges, times, now, zone, clock),
    ...suggestSites(urges, events, sites, now, zone, clock),
  ];
  const kept = withoutDismissed(all, dismissals, now);
  const counts = new Map<SuggestionKind, number>();
  return kept.filter((suggestion) => {
    const count = counts.get(suggestion.kind) ?? 0;
    counts.set(suggestion.kind, count + 1);
    return count < MAX_PER_KIND;
  });
}
