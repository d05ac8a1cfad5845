/**
 * How the insights scale, in Node (the code is the page's, with no DOM in it):
 * - `insights.growth_100k_over_10k`: the median time to compute every insight (the six
 *   patterns and the suggestions) over a history of 100,000 urges, 50,000 warning events,
 *   10,000 reach outs, 2,000 lapses and 2,000 check-ins over 2,000 days, divided by the same
 *   over a tenth of everything (10,000 urges … over 200 days). Target ≤ 11: linear or better.
 * - `insights.time_10k_ms`, `insights.time_100k_ms`: those medians.
 * - `insights.longest_slice_ms`: the longest single step while computing over the 100,000
 *   urges in slices as a page would (one `add` of a 5,000-record batch, or the final
 *   `result()`): the median over the rounds of each round's longest (`worst`: the longest of
 *   all, which a busy machine or a garbage collection can stretch). Target ≤ 50 ms, the
 *   browser's "long task".
 * - `insights.result_ms`: the median time of that final `result()`.
 * - `insights.localparts_100k_ms` and `insights.clock_100k_ms`: reading the wall clock of the
 *   100,000 urges with `localParts` (one Intl call each) and with the insights' local clock
 *   (one Intl call per half day of history): why the clock exists.
 *
 * The histories come from the seeded generator, so every run measures the same inputs. Sizes
 * alternate, ROUNDS times each after WARMUP, so drift of the machine falls on both.
 */
import type { TriggerTime } from '@/utils/db/schema';
import { CHANNELS, URGE_OUTCOMES, WARNING_CHOICES } from '@/utils/db/schema';
import { createInsightsAccumulator, type InsightsBatch, type InsightsContext } from '@/utils/insights/accumulator';
import { inSlices, SLICE_RECORDS } from '@/utils/insights/slices';
import { dayKey } from '@/utils/time/calendar';
import { createLocalClock } from '@/utils/time/clock';
import { localDayNumber, localParts } from '@/utils/time/zone';
import { median, note, report, reportTarget, round, seeded } from './harness';

const ZONE = 'America/New_York';
const NOW = Date.UTC(2026, 5, 1, 16);
const DAY = 86_400_000;
const ROUNDS = 15;
const WARMUP = 2;
const LARGE = 100_000;

const TRIGGERS = ['lonely', 'tired', 'hungry', 'angry', 'payday', 'Friday night', 'reddit.com', 'betting.com'];
const HOSTS = ['reddit.com', 'example.org', 'casino.example', 'news.example.com', 'forum.example.net'];

/** A history of `urges` urges, with everything else in proportion, over urges / 50 days. */
function history(urges: number, seed: number): Required<InsightsBatch> {
  const random = seeded(seed);
  const days = urges / 50;
  const span = days * DAY;
  const when = () => NOW - Math.floor(random.next() * span);
  const today = localDayNumber(NOW, ZONE);
  return {
    urges: Array.from({ length: urges }, () => ({
      at: when(),
      ...(random.chance(0.85) ? { strength: random.int(0, 10) } : {}),
      ...(random.chance(0.3) ? { strengthAfter: random.int(0, 10) } : {}),
      ...(random.chance(0.6) ? { triggers: [random.pick(TRIGGERS), random.pick(TRIGGERS)] } : {}),
      ...(random.chance(0.2) ? { siteId: `s${random.int(0, 4)}` } : {}),
      ...(random.chance(0.4) ? { outcome: random.pick(URGE_OUTCOMES) } : {}),
    })),
    events: Array.from({ length: urges / 2 }, () => {
      const site = random.int(0, HOSTS.length - 1);
      return { at: when(), siteId: `s${site}`, host: HOSTS[site] as string, choice: random.pick(WARNING_CHOICES) };
    }),
    reachOuts: Array.from({ length: urges / 10 }, () => ({ at: when(), channel: random.pick(CHANNELS) })),
    lapses: Array.from({ length: urges / 50 }, () => ({
      at: when(),
      ...(random.chance(0.7) ? { triggers: [random.pick(TRIGGERS)] } : {}),
    })),
    checkins: Array.from({ length: days }, (_, i) => ({
      id: dayKey(today - i),
      sleep: random.int(1, 5),
      meals: random.int(0, 3),
      movement: random.chance(0.5),
      mood: random.int(1, 5),
      craving: random.int(0, 10),
    })),
  };
}

const STAMP = { createdAt: NOW, updatedAt: NOW };
const times: TriggerTime[] = [
  { id: 't1', label: 'Friday', rule: { kind: 'weekly', days: [5], start: 20 * 60, end: 2 * 60 }, ...STAMP },
  {
    id: 't2',
    label: 'Payday',
    rule: { kind: 'monthly', daysOfMonth: [1, 15], start: 17 * 60, end: 23 * 60 },
    ...STAMP,
  },
];
const context: InsightsContext = {
  times,
  sites: HOSTS.slice(0, 3).map((host, i) => ({ id: `s${i}`, host, scope: 'site', level: 'gentle' })),
  dismissals: [{ key: 'flag-site:betting.com', at: NOW - 3 * DAY }],
};

/** One full computation in slices: the total, the longest step and the result step, in ms. */
function computeOnce(batches: readonly InsightsBatch[]) {
  const started = performance.now();
  let longest = 0;
  const accumulator = createInsightsAccumulator(ZONE, NOW, context);
  for (const batch of batches) {
    const t = performance.now();
    accumulator.add(batch);
    longest = Math.max(longest, performance.now() - t);
  }
  const t = performance.now();
  const result = accumulator.result();
  const resultMs = performance.now() - t;
  const total = performance.now() - started;
  if (result.heatmap.basis.entries === 0) throw new Error('no urges were counted');
  return { total, longest: Math.max(longest, resultMs), resultMs, suggestions: result.suggestions.length };
}

const small = [...inSlices(history(LARGE / 10, 1), SLICE_RECORDS)];
const largeHistory = history(LARGE, 2);
const large = [...inSlices(largeHistory, SLICE_RECORDS)];
note(`insights: ${small.length} and ${large.length} slices of at most ${SLICE_RECORDS} records`);

const times10k: number[] = [];
const times100k: number[] = [];
const results: number[] = [];
const longest: number[] = [];
let suggestions = 0;
for (let round_ = 0; round_ < WARMUP + ROUNDS; round_++) {
  const order = round_ % 2 === 0 ? ['small', 'large'] : ['large', 'small'];
  for (const size of order) {
    const run = computeOnce(size === 'small' ? small : large);
    if (round_ < WARMUP) continue;
    if (size === 'small') times10k.push(run.total);
    else {
      times100k.push(run.total);
      results.push(run.resultMs);
      longest.push(run.longest);
      suggestions = run.suggestions;
    }
  }
}
const [t10k, t100k] = [median(times10k), median(times100k)];
note(`insights: 10k ${times10k.map((t) => round(t)).join(', ')} ms`);
note(`insights: 100k ${times100k.map((t) => round(t)).join(', ')} ms; ${suggestions} suggestions`);
reportTarget('insights.growth_100k_over_10k', t100k / t10k, 'ratio', '<=', 11);
report({ name: 'insights.time_10k_ms', value: round(t10k), unit: 'ms' });
report({ name: 'insights.time_100k_ms', value: round(t100k), unit: 'ms' });
note(`insights: longest slice per round ${longest.map((t) => round(t)).join(', ')} ms`);
const slice = median(longest);
report({
  name: 'insights.longest_slice_ms',
  value: round(slice),
  unit: 'ms',
  target: 50,
  op: '<=',
  ok: slice <= 50,
  worst: round(Math.max(...longest)),
});
report({ name: 'insights.result_ms', value: round(median(results), 2), unit: 'ms' });

// The wall clock of every urge, both ways (once each: the Intl way takes the better part of a second).
const instants = largeHistory.urges.map((urge) => urge.at);
let checksum = 0;
let t = performance.now();
for (const at of instants) checksum += localParts(at, ZONE).minutes;
const intlMs = performance.now() - t;
t = performance.now();
const clock = createLocalClock(ZONE);
for (const at of instants) checksum -= clock.at(at).minutes;
const clockMs = performance.now() - t;
if (checksum !== 0) throw new Error('the local clock and localParts disagree');
report({ name: 'insights.localparts_100k_ms', value: round(intlMs), unit: 'ms' });
report({ name: 'insights.clock_100k_ms', value: round(clockMs), unit: 'ms' });
