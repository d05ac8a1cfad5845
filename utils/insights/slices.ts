import { HISTORY_KINDS, RECORD_KINDS } from '@/utils/history/entries';
import type { Insights, InsightsAccumulator, InsightsBatch } from './accumulator';

/**
 * Records per slice. A slice of 5,000 records takes a few milliseconds (the longest is measured
 * as `insights.longest_slice_ms` in tests/bench/insights.bench.ts), well inside a frame budget
 * for a page that yields between slices.
 */
export const SLICE_RECORDS = 5_000;

/** The batch's fields, kind by kind in the history's order (each kind's store, from RECORD_KINDS). */
const KINDS = HISTORY_KINDS.map((kind) => RECORD_KINDS[kind].store);

/** Cuts a history held in memory into batches of at most `size` records, kind by kind. */
export function* inSlices(history: InsightsBatch, size: number = SLICE_RECORDS): Generator<InsightsBatch> {
  for (const kind of KINDS) {
    const list = history[kind] ?? [];
    for (let i = 0; i < list.length; i += size) yield { [kind]: list.slice(i, i + size) } as InsightsBatch;
  }
}

/**
 * Feeds batches (read from the database a page at a time, or cut by `inSlices`) to an
 * accumulator, awaiting `pause` after each so the page can paint and answer the person
 * between them; resolves with every insight.
 */
export async function computeInSlices(
  batches: Iterable<InsightsBatch> | AsyncIterable<InsightsBatch>,
  accumulator: InsightsAccumulator,
  pause: () => Promise<void>,
): Promise<Insights> {
  for await (const batch of batches) {
    accumulator.add(batch);
    await pause();
  }
  return accumulator.result();
}
