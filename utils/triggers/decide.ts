import type { Settings, SitePattern, TriggerSite, WarningLevel } from '@/utils/db/schema';
import { WARNING_LEVELS } from '@/utils/db/schema';
import { createMatcher, type Matcher } from './matcher';

/** What any rule (a site, or a named search word) needs for the decision: how firm, when, and whether it is quiet. */
export type Ruling = Pick<TriggerSite, 'id' | 'level' | 'when' | 'quietUntil'>;

/** A site rule: where it applies, and its ruling. */
export type WarnRule = SitePattern & Ruling;

/**
 * The level input beside the rules: the hard-time schedule as far as warnings care, and the
 * person's "keep my sites firm until" (site rules and search words alike: it acts on every level).
 */
export interface HardTimeNow {
  /** A hard time is on: rules that warn "only during hard times" warn too. */
  on: boolean;
  /** The person asked every warning to go one level firmer while a hard time is on. */
  firmer: boolean;
  /**
   * Until when (epoch ms) the person asked every rule to be firm ("Keep my sites firm until
   * morning"). Compared with `now` at each decision, so it ends on time with no alarm.
   */
  firmUntil?: number;
}

/**
 * The level input the background derives, once, for the guard's copy and for its own decisions:
 * whether a hard time is on, and from the settings "firmer during hard times" and "firm until".
 */
export function levelInput(on: boolean, settings: Pick<Settings, 'firmerDuringHardTimes' | 'firmUntil'>): HardTimeNow {
  return {
    on,
    firmer: settings.firmerDuringHardTimes,
    ...(settings.firmUntil !== undefined ? { firmUntil: settings.firmUntil } : {}),
  };
}

/** Whether the person's "firm until" holds at `now`. */
export const isFirmUntilNow = (input: Pick<HardTimeNow, 'firmUntil'>, now: number): boolean =>
  input.firmUntil !== undefined && now < input.firmUntil;

/** The warning an address gets at a moment. */
export interface Decision<R extends Ruling = WarnRule> {
  /** The rule whose level the warning has (the firmest; the most specific among equals). */
  rule: R;
  /** Its level now (one firmer during a hard time when the person chose that). */
  level: WarningLevel;
  /** Every rule that warns here now: "continue" quiets all of them, so none warns again at once. */
  covering: R[];
}

const rank = (level: WarningLevel) => WARNING_LEVELS.indexOf(level);

/** A level one step firmer (firm stays firm). */
function firmerThan(level: WarningLevel): WarningLevel {
  return WARNING_LEVELS[Math.min(rank(level) + 1, WARNING_LEVELS.length - 1)] as WarningLevel;
}

/**
 * A rule's level now: firm while the person's "firm until" holds; else one firmer during a hard
 * time when the person chose that.
 */
export function levelNow(level: WarningLevel, hardTime: HardTimeNow, now: number): WarningLevel {
  if (isFirmUntilNow(hardTime, now)) return 'firm';
  return hardTime.on && hardTime.firmer ? firmerThan(level) : level;
}

/**
 * The one decision of whether and how an address warns, called by the guard (over its copy of
 * the rules) and by the background (over the database), so the two can never disagree.
 *
 * The rules that count are those that cover the address, apply now (always, or during a hard
 * time while one is on) and are not quieted. Of those, the FIRMEST level wins, and among equal
 * levels the most specific rule. Why the firmest: each rule is something the person chose in a
 * calm moment; a narrower, gentler rule (example.org/r/x gentle) must not open a door they
 * closed more widely (example.org firm). When their choices overlap, Steady keeps the
 * stronger promise; they can change it calmly in the settings.
 *
 * While the person's "firm until" holds, every rule applies (those for hard times too) and none
 * is quieted by an earlier "continue": they asked for every door to stay shut until then.
 *
 * A search is one more kind of trigger under the same rule: `searches` finds the named words a
 * search address holds (utils/search/match.ts), and they count as the sites do.
 *
 * `matcher` may be passed in when the same rules are asked about many addresses.
 */
export function decideWarning<R extends WarnRule, S extends Ruling = never>(
  rules: readonly R[],
  url: string,
  now: number,
  hardTime: HardTimeNow,
  matcher: Matcher<R> = createMatcher(rules),
  searches?: { matchAll(url: string): S[] },
): Decision<R | S> | undefined {
  let best: R | S | undefined;
  let bestRank = -1;
  const covering: (R | S)[] = [];
  const firmNow = isFirmUntilNow(hardTime, now);
  // The sites first, most specific first (matchAll's order), then the named searches the address
  // holds: a later rule replaces the best only when firmer.
  const matching: (R | S)[] = matcher.matchAll(url);
  if (searches) matching.push(...searches.matchAll(url));
  for (const rule of matching) {
    if (rule.when === 'hard-times' && !hardTime.on && !firmNow) continue;
    if (!firmNow && rule.quietUntil !== undefined && rule.quietUntil > now) continue;
    covering.push(rule);
    const r = rank(rule.level);
    if (r > bestRank) {
      best = rule;
      bestRank = r;
    }
  }
  if (best === undefined) return undefined;
  return { rule: best, level: levelNow(best.level, hardTime, now), covering };
}
