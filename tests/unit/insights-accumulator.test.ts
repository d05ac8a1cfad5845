import { describe, expect, it } from 'vitest';
import { CHANNELS, type TriggerTime, URGE_OUTCOMES, WARNING_CHOICES } from '@/utils/db/schema';
import { computeInsights, createInsightsAccumulator, type InsightsBatch } from '@/utils/insights/accumulator';
import { computeInSlices, inSlices } from '@/utils/insights/slices';
import { dayKey } from '@/utils/time/calendar';
import { localDayNumber } from '@/utils/time/zone';
import { seeded } from '../bench/harness';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** A seeded history over 120 days before `now`, with a Friday-evening cluster in the last four weeks. */
function generated(zone: string, now: number, seed = 7): Required<InsightsBatch> {
  const random = seeded(seed);
  const span = 120 * DAY;
  const urges = Array.from({ length: 600 }, () => ({
    at: now - Math.floor(random.next() * span),
    ...(random.chance(0.8) ? { strength: random.int(0, 10) } : {}),
    ...(random.chance(0.3) ? { strengthAfter: random.int(0, 10) } : {}),
    ...(random.chance(0.5) ? { triggers: [random.pick(['lonely', 'tired', 'payday', 'betting.com'])] } : {}),
    ...(random.chance(0.4) ? { outcome: random.pick(URGE_OUTCOMES) } : {}),
  }));
  const events = Array.from({ length: 300 }, () => ({
    at: now - Math.floor(random.next() * span),
    siteId: random.pick(['s1', 's2']),
    host: 'reddit.com',
    choice: random.pick(WARNING_CHOICES),
  }));
  const reachOuts = Array.from({ length: 60 }, () => ({
    at: now - Math.floor(random.next() * span),
    channel: random.pick(CHANNELS),
  }));
  const lapses = Array.from({ length: 12 }, () => ({
    at: now - Math.floor(random.next() * span),
    triggers: [random.pick(['lonely', 'payday'])],
  }));
  const today = localDayNumber(now, zone);
  const checkIns = Array.from({ length: 100 }, (_, i) => ({
    id: dayKey(today - i),
    sleep: random.int(1, 5),
    movement: random.chance(0.5),
    mood: random.int(1, 5),
  }));
  return { urges, events, reachOuts, lapses, checkins: checkIns };
}

const shuffled = <T>(items: readonly T[], seed: number): T[] => {
  const random = seeded(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
};

describe('every insight, in slices', () => {
  const times: TriggerTime[] = [
    {
      id: 't1',
      label: 'Hard time',
      rule: { kind: 'weekly', days: [6], start: 20 * 60, end: 23 * 60 },
      createdAt: 0,
      updatedAt: 0,
    },
  ];
  const sites = [{ id: 's1', host: 'reddit.com', scope: 'site' as const, level: 'gentle' as const }];

  it.each(['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kolkata'])(
    '%s: batches of any size, in any order, give what one pass gives',
    (zone) => {
      const now = Date.parse('2026-04-15T12:00Z');
      const history = generated(zone, now);
      const context = { times, sites, dismissals: [{ key: 'flag-site:betting.com', at: now - DAY }] };
      const once = computeInsights(history, zone, now, context);
      const accumulator = createInsightsAccumulator(zone, now, context);
      const mixed = shuffled([...inSlices(history, 37)], 3);
      for (const batch of mixed) accumulator.add(batch);
      expect(accumulator.result()).toEqual(once);
      expect(once.heatmap.basis.entries).toBe(600);
      expect(once.checkIns.days).toHaveLength(100);
      expect(once.suggestions.some((s) => s.key === 'flag-site:betting.com')).toBe(false);
    },
  );

  it('result() can be read after any batch, and counts what came so far', () => {
    const now = Date.parse('2026-04-15T12:00Z');
    const history = generated('Europe/London', now);
    const accumulator = createInsightsAccumulator('Europe/London', now);
    accumulator.add({ urges: history.urges.slice(0, 100) });
    expect(accumulator.result().heatmap.basis.entries).toBe(100);
    accumulator.add({ urges: history.urges.slice(100) });
    expect(accumulator.result().heatmap.basis.entries).toBe(600);
  });

  it('computeInSlices pauses after each batch and gives the same result', async () => {
    const now = Date.parse('2026-04-15T12:00Z');
    const zone = 'Asia/Kolkata';
    const history = generated(zone, now);
    let pauses = 0;
    const result = await computeInSlices(inSlices(history, 100), createInsightsAccumulator(zone, now), async () => {
      pauses++;
    });
    expect(result).toEqual(computeInsights(history, zone, now));
    // 600 urges, 300 events, 60 reach outs, 12 lapses, 100 check-ins, by 100.
    expect(pauses).toBe(6 + 3 + 1 + 1 + 1);
  });

  it('a cluster in the history comes back as a suggestion; the hard time covering Saturdays leaves them out', () => {
    const zone = 'America/New_York';
    const now = Date.parse('2026-04-15T12:00-04:00');
    const friday = now - 5 * DAY + 9 * HOUR + 50 * 60_000; // Friday 10 April, 21:50
    const saturday = friday + DAY;
    const cluster = [0, 1, 2, 3, 0].flatMap((week) => [
      { at: friday - week * 7 * DAY },
      { at: saturday - week * 7 * DAY },
    ]);
    const { suggestions } = computeInsights({ urges: cluster }, zone, now, { times });
    expect(suggestions).toEqual([
      {
        kind: 'hard-time',
        key: 'hard-time:5:1260-1380',
        rule: { kind: 'weekly', days: [5], start: 1260, end: 1380 },
        evidence: { urges: 5, weeks: 4, lookbackDays: 28 },
      },
    ]);
  });
});

describe('totals', () => {
  it('counts each kind of entry and the mean strength of the urges that have one', () => {
    const at = Date.UTC(2026, 10, 2, 12);
    const insights = computeInsights(
      {
        urges: [{ at, strength: 4 }, { at, strength: 7 }, { at }],
        events: [
          { at, siteId: 's', host: 'a.com', choice: 'shown' },
          { at, siteId: 's', host: 'a.com', choice: 'leave' },
          { at, siteId: 's', host: 'a.com', choice: 'shown' },
        ],
        reachOuts: [{ at, channel: 'call' }],
        lapses: [{ at }, { at }],
        checkins: [{ id: '2026-11-02' }],
      },
      'UTC',
      at,
    );
    expect(insights.totals).toEqual({ urges: 3, meanStrength: 5.5, lapses: 2, checkIns: 1, reachOuts: 1, warnings: 2 });
  });

  it('has no mean strength when no urge has a strength', () => {
    expect(computeInsights({ urges: [{ at: Date.UTC(2026, 0, 1) }] }, 'UTC', Date.UTC(2026, 0, 2)).totals).toEqual({
      urges: 1,
      lapses: 0,
      checkIns: 0,
      reachOuts: 0,
      warnings: 0,
    });
  });
});
