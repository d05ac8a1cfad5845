import { CHANNELS, type Channel, type ReachOutEvent, type Urge } from '@/utils/db/schema';
import { createLocalClock, type LocalClock } from '@/utils/time/clock';
import { type Basis, createSpan, meanOf } from './basis';

/**
 * The ways of coping an urge's outcome can name. "used" is an outcome, not a way of coping:
 * it is never shown as something that helped.
 */
export const COPING_OUTCOMES = ['rode-it-out', 'reached-out'] as const;
export type CopingOutcome = (typeof COPING_OUTCOMES)[number];

/**
 * Enough to say how strong urges were before and after one way of coping: at least 5 urges
 * with both strengths. Fewer, and one hard night decides the figure.
 */
export const HELPED_MIN_PAIRS = 5;
/** Enough to show reach outs by channel: at least 3, so one call is not a share of 100%. */
export const REACH_OUTS_MIN = 3;

/** How strong urges were, before and after, for one way of coping. Means are 0..10. */
export interface CopingFigures {
  outcome: CopingOutcome;
  /** Urges with this outcome. */
  urges: number;
  /** Of them, those with a strength, and its mean. */
  rated: number;
  meanStrength?: number;
  /** Of them, those with a strength after, and its mean. */
  after: number;
  meanAfter?: number;
  /** Urges with both, and how much lower the strength was after, on average (negative: higher). */
  paired: number;
  meanDrop?: number;
  enough: boolean;
}

/** Strength before and after each way of coping, and reach outs by channel. */
export interface WhatHelped {
  outcomes: CopingFigures[];
  /** Entries: urges with a way of coping as their outcome. */
  basis: Basis;
  /** Reach outs by channel, every channel listed (in the order tried). */
  channels: { channel: Channel; count: number }[];
  reachOuts: Basis;
}

type Sums = Record<'urges' | 'rated' | 'strength' | 'after' | 'strengthAfter' | 'paired' | 'drop', number>;
const noSums = (): Sums => ({ urges: 0, rated: 0, strength: 0, after: 0, strengthAfter: 0, paired: 0, drop: 0 });

/** Gathers what helped, one urge or reach out at a time. */
export function createWhatHelped(clock: LocalClock) {
  const sums = new Map<string, Sums>(COPING_OUTCOMES.map((outcome) => [outcome, noSums()]));
  const channels = new Map<string, number>(CHANNELS.map((channel) => [channel, 0]));
  const urgeSpan = createSpan();
  const reachSpan = createSpan();
  return {
    addUrge(urge: Pick<Urge, 'at' | 'outcome' | 'strength' | 'strengthAfter'>) {
      const sum = urge.outcome === undefined ? undefined : sums.get(urge.outcome);
      if (!sum) return;
      urgeSpan.add(urge.at);
      sum.urges++;
      const { strength, strengthAfter } = urge;
      if (strength !== undefined) {
        sum.rated++;
        sum.strength += strength;
      }
      if (strengthAfter !== undefined) {
        sum.after++;
        sum.strengthAfter += strengthAfter;
      }
      if (strength !== undefined && strengthAfter !== undefined) {
        sum.paired++;
        sum.drop += strength - strengthAfter;
      }
    },
    addReachOut(reachOut: Pick<ReachOutEvent, 'at' | 'channel'>) {
      const count = channels.get(reachOut.channel);
      if (count === undefined) return;
      channels.set(reachOut.channel, count + 1);
      reachSpan.add(reachOut.at);
    },
    result(): WhatHelped {
      const outcomes = COPING_OUTCOMES.map((outcome): CopingFigures => {
        const sum = sums.get(outcome) ?? noSums();
        const figures: CopingFigures = {
          outcome,
          urges: sum.urges,
          rated: sum.rated,
          after: sum.after,
          paired: sum.paired,
          enough: sum.paired >= HELPED_MIN_PAIRS,
        };
        if (sum.rated > 0) figures.meanStrength = meanOf(sum.strength, sum.rated);
        if (sum.after > 0) figures.meanAfter = meanOf(sum.strengthAfter, sum.after);
        if (sum.paired > 0) figures.meanDrop = meanOf(sum.drop, sum.paired);
        return figures;
      });
      return {
        outcomes,
        basis: {
          entries: urgeSpan.entries,
          days: urgeSpan.days(clock),
          enough: outcomes.some((figures) => figures.enough),
        },
        channels: CHANNELS.map((channel) => ({ channel, count: channels.get(channel) ?? 0 })),
        reachOuts: {
          entries: reachSpan.entries,
          days: reachSpan.days(clock),
          enough: reachSpan.entries >= REACH_OUTS_MIN,
        },
      };
    },
  };
}

/** What helped: strength before and after each way of coping, and reach outs by channel. */
export function whatHelped(
  urges: readonly Pick<Urge, 'at' | 'outcome' | 'strength' | 'strengthAfter'>[],
  reachOuts: readonly Pick<ReachOutEvent, 'at' | 'channel'>[],
  zone: string,
): WhatHelped {
  const counter = createWhatHelped(createLocalClock(zone));
  for (const urge of urges) counter.addUrge(urge);
  for (const reachOut of reachOuts) counter.addReachOut(reachOut);
  return counter.result();
}
