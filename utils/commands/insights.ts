import { db } from '@/utils/db/open';
import type { StoreName, TriggerTime } from '@/utils/db/schema';
import { openAll, readKeyring } from '@/utils/db/sealing';
import { MAX_DISMISSED, settingsRepo } from '@/utils/db/settings';
import { sitesRepo } from '@/utils/db/sites';
import { timesRepo } from '@/utils/db/times';
import { HISTORY_KINDS, type HistoryKind, RECORD_KINDS } from '@/utils/history/entries';
import { createInsightsAccumulator, type Insights, type InsightsBatch } from '@/utils/insights/accumulator';
import type { HardTimeSuggestion, WeeklyRule } from '@/utils/insights/hard-time-suggestions';
import { computeInSlices, SLICE_RECORDS } from '@/utils/insights/slices';
import { DISMISS_DAYS } from '@/utils/insights/suggestions';
import { DAY_MS, dayFromKey } from '@/utils/time/calendar';
import { createLocalClock } from '@/utils/time/clock';
import { systemZone } from '@/utils/time/zone';
import { attempt, type Done, tellBackground } from './run';

/** The stores insights read, a slice at a time. */
const HISTORY_RECORDS = HISTORY_KINDS.map((kind) => ({ kind, ...RECORD_KINDS[kind] }));
type HistoryStore = (typeof RECORD_KINDS)[HistoryKind]['store'];

export interface InsightsRequest {
  /** Only the person's local days from `from` to `to` (YYYY-MM-DD, both counted); every day when absent. */
  from?: string;
  to?: string;
  now?: number;
  zone?: string;
  /** Awaited between slices so the page can paint and answer the person; a macrotask by default. */
  pause?: () => Promise<void>;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Reads one store a slice at a time, by primary key (ids are unique, so no record is read
 * twice or skipped, whatever the order of `at`).
 */
async function* storeSlices(store: StoreName & HistoryStore): AsyncGenerator<unknown[]> {
  let after: string | undefined;
  for (;;) {
    const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
    const database = await db();
    const page = (await database.getAll(store, range, SLICE_RECORDS)) as { id: string }[];
    if (page.length === 0) return;
    yield openAll(await readKeyring(database), store, page);
    if (page.length < SLICE_RECORDS) return;
    after = page[page.length - 1]?.id;
  }
}

/**
 * Every insight over the person's history (or a period of it), computed in slices read from the
 * database a few thousand records at a time, so the page stays responsive; suggestions are
 * weighed against today's hard times, sites and the suggestions the person set aside.
 */
export async function readInsights(request: InsightsRequest = {}): Promise<Insights> {
  const zone = request.zone ?? systemZone();
  const now = request.now ?? Date.now();
  const [times, sites, settings] = await Promise.all([timesRepo().list(), sitesRepo().list(), settingsRepo().get()]);
  const accumulator = createInsightsAccumulator(zone, now, { times, sites, dismissals: settings.dismissed ?? [] });
  const clock = createLocalClock(zone);
  const first = request.from === undefined ? undefined : dayFromKey(request.from);
  const last = request.to === undefined ? undefined : dayFromKey(request.to);
  const inPeriod = (day: number) => (first === undefined || day >= first) && (last === undefined || day <= last);
  const bounded = first !== undefined || last !== undefined;

  async function* batches(): AsyncGenerator<InsightsBatch> {
    for (const { kind, store } of HISTORY_RECORDS) {
      for await (const page of storeSlices(store)) {
        const records = !bounded
          ? page
          : page.filter((record) => {
              if (kind === 'check-in') {
                const day = dayFromKey((record as { id: string }).id);
                return day !== undefined && inPeriod(day);
              }
              return inPeriod(clock.day((record as { at: number }).at));
            });
        yield { [store]: records } as InsightsBatch;
      }
    }
  }
  return computeInSlices(batches(), accumulator, request.pause ?? nextTask);
}

/** Takes a suggested hard time: it is added as the person's own, marked as suggested. */
export function acceptHardTime(suggestion: HardTimeSuggestion, label: string): Promise<Done<TriggerTime>> {
  return attempt(async () => {
    const rule: WeeklyRule = { ...suggestion.rule, days: [...suggestion.rule.days] };
    const saved = await timesRepo().put({ label, rule, source: 'suggested' });
    await tellBackground();
    return saved;
  });
}

/**
 * Sets a suggestion aside: it stays away for DISMISS_DAYS. Set-asides older than that are
 * dropped as a new one is added, and the list never grows past MAX_DISMISSED.
 */
export function setSuggestionAside(key: string, now = Date.now()): Promise<Done> {
  return attempt(async () => {
    const repo = settingsRepo();
    const kept = ((await repo.get()).dismissed ?? []).filter(
      (entry) => entry.key !== key && now - entry.at < DISMISS_DAYS * DAY_MS,
    );
    await repo.update({ dismissed: [...kept, { key, at: now }].slice(-MAX_DISMISSED) });
  });
}
