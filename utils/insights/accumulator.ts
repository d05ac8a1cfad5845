import type { CheckIn, Lapse, ReachOutEvent, TriggerSite, TriggerTime, Urge, WarningEvent } from '@/utils/db/schema';
import { DAY_MS } from '@/utils/time/calendar';
import { createLocalClock } from '@/utils/time/clock';
import { meanOf } from './basis';
import { type CheckInsBesideUrges, createCheckInsBesideUrges } from './check-ins-beside-urges';
import { BAND_LOOKBACK_DAYS } from './hard-time-suggestions';
import { SITE_LOOKBACK_DAYS } from './site-suggestions';
import { createSiteWarnings, type SiteWarnings } from './site-warnings';
import { createStrengthByWeek, type StrengthByWeek } from './strength-weeks';
import { type Dismissal, type Suggestion, suggest } from './suggestions';
import { createTopTriggers, type TopTriggers } from './top-triggers';
import { createUrgeHeatmap, type UrgeHeatmap } from './urge-heatmap';
import { createWhatHelped, type WhatHelped } from './what-helped';

/**
 * Every insight over a history, computed in slices: the page feeds records in batches (a few
 * thousand at a time, in any order, any mix of kinds) and may yield between them, so it stays
 * responsive; `result()` is cheap and can be called after any batch. Each record is read once;
 * memory grows with the days covered, not with the records (only the last weeks' urges and
 * warnings are kept, for suggestions). Plain data in and out, so it runs in a worker as well.
 */

/** The fields insights read, each named as its store; full records fit. */
export interface InsightsBatch {
  urges?: readonly Pick<Urge, 'at' | 'strength' | 'strengthAfter' | 'triggers' | 'siteId' | 'outcome'>[];
  events?: readonly Pick<WarningEvent, 'at' | 'siteId' | 'host' | 'choice' | 'kind'>[];
  reachOuts?: readonly Pick<ReachOutEvent, 'at' | 'channel'>[];
  lapses?: readonly Pick<Lapse, 'at' | 'triggers' | 'urgeId'>[];
  checkins?: readonly Pick<CheckIn, 'id' | 'sleep' | 'meals' | 'movement' | 'mood' | 'craving'>[];
}

/** What suggestions are weighed against: the person's hard times, flagged sites and set-aside suggestions. */
export interface InsightsContext {
  times?: readonly TriggerTime[];
  sites?: readonly Pick<TriggerSite, 'id' | 'host' | 'scope' | 'level'>[];
  dismissals?: readonly Dismissal[];
}

/** How many of each kind of entry there were, and the urges' mean strength: the summary's figures. */
export interface Totals {
  urges: number;
  /** The mean strength of the urges with one; undefined with none. */
  meanStrength?: number;
  lapses: number;
  checkIns: number;
  reachOuts: number;
  /** Warnings shown (events whose choice is 'shown'). */
  warnings: number;
}

/** Every pattern, each with its basis, and the suggestions for now. */
export interface Insights {
  totals: Totals;
  heatmap: UrgeHeatmap;
  triggers: TopTriggers;
  warnings: SiteWarnings;
  strength: StrengthByWeek;
  helped: WhatHelped;
  checkIns: CheckInsBesideUrges;
  suggestions: Suggestion[];
}

/** Takes a history batch by batch; `result()` reads what came so far. */
export interface InsightsAccumulator {
  add(batch: InsightsBatch): void;
  result(): Insights;
}

/** An accumulator for the person's zone at `now` (both inputs: nothing here reads the clock). */
export function createInsightsAccumulator(
  zone: string,
  now: number,
  context: InsightsContext = {},
): InsightsAccumulator {
  const clock = createLocalClock(zone);
  const heatmap = createUrgeHeatmap(clock);
  const triggers = createTopTriggers(clock);
  const warnings = createSiteWarnings(clock);
  const strength = createStrengthByWeek(clock);
  const helped = createWhatHelped(clock);
  const checkIns = createCheckInsBesideUrges();
  // What suggestions read: a superset of their lookback (they check local days themselves).
  const recentFrom = now - (Math.max(BAND_LOOKBACK_DAYS, SITE_LOOKBACK_DAYS) + 1) * DAY_MS;
  const recentUrges: NonNullable<InsightsBatch['urges']>[number][] = [];
  const recentEvents: NonNullable<InsightsBatch['events']>[number][] = [];
  const totals = { urges: 0, rated: 0, strengthSum: 0, lapses: 0, checkIns: 0, reachOuts: 0, warnings: 0 };

  return {
    add(batch) {
      totals.urges += batch.urges?.length ?? 0;
      totals.lapses += batch.lapses?.length ?? 0;
      totals.checkIns += batch.checkins?.length ?? 0;
      totals.reachOuts += batch.reachOuts?.length ?? 0;
      for (const urge of batch.urges ?? []) {
        if (urge.strength !== undefined) {
          totals.rated++;
          totals.strengthSum += urge.strength;
        }
        const local = clock.at(urge.at);
        heatmap.add(urge, local);
        strength.add(urge, local);
        checkIns.addUrge(urge, local);
        triggers.addUrge(urge);
        helped.addUrge(urge);
        if (urge.at >= recentFrom && urge.at <= now) recentUrges.push(urge);
      }
      for (const event of batch.events ?? []) {
        if (event.choice === 'shown') totals.warnings++;
        warnings.add(event);
        if (event.at >= recentFrom && event.at <= now) recentEvents.push(event);
      }
      for (const reachOut of batch.reachOuts ?? []) helped.addReachOut(reachOut);
      for (const lapse of batch.lapses ?? []) triggers.addLapse(lapse);
      for (const checkIn of batch.checkins ?? []) checkIns.addCheckIn(checkIn);
    },
    result: () => ({
      totals: {
        urges: totals.urges,
        ...(totals.rated > 0 ? { meanStrength: meanOf(totals.strengthSum, totals.rated) } : {}),
        lapses: totals.lapses,
        checkIns: totals.checkIns,
        reachOuts: totals.reachOuts,
        warnings: totals.warnings,
      },
      heatmap: heatmap.result(),
      triggers: triggers.result(),
      warnings: warnings.result(),
      strength: strength.result(),
      helped: helped.result(),
      checkIns: checkIns.result(),
      suggestions: suggest(
        {
          urges: recentUrges,
          events: recentEvents,
          times: context.times ?? [],
          sites: context.sites ?? [],
          dismissals: context.dismissals ?? [],
          now,
          zone,
        },
        clock,
      ),
    }),
  };
}

/** Every insight at once, for a history small enough to compute in one go (tests, a worker). */
export function computeInsights(batch: InsightsBatch, zone: string, now: number, context?: InsightsContext): Insights {
  const accumulator = createInsightsAccumulator(zone, now, context);
  accumulator.add(batch);
  return accumulator.result();
}
