import type { Chip } from '@/components/TriggerChips';
import { HALT, type SitePattern, type TriggerTime } from '@/utils/db/schema';
import { MINUTE_MS } from '@/utils/time/calendar';
import { hardTimeState } from '@/utils/triggers/schedule';
import { describePattern } from '@/utils/triggers/site-pattern';
import { describeHardTimeState } from '@/utils/words/hard-times';
import { HALT_WORDS } from '@/utils/words/triggers';

/**
 * What the popup's first view shows beside reach out and the lines, worked out from its data. The
 * popup loads this after the first view (entrypoints/popup/later.ts).
 */

/** One line of a list for this minute, so the popup shows another step or reason as the person comes back. */
export const lineForMinute = (list: readonly string[], now: number): string | undefined =>
  list[Math.floor(now / MINUTE_MS) % Math.max(list.length, 1)];

/** "A hard time is on until 23:00": said only while one is on (the first view has room for what matters now). */
export function hardTimeLine(times: readonly TriggerTime[], now: number, zone: string): string | undefined {
  const state = hardTimeState(times, now, zone);
  return state.on ? describeHardTimeState(state, now, zone) : undefined;
}

/**
 * The chips for what set off an urge: the person's own triggers from their plan (only while Steady
 * is open: they are the person's words), HALT, and the open site when it is one of theirs.
 */
export function triggerChips(
  planTriggers: readonly string[],
  site?: { pattern: SitePattern; flagged: boolean },
): Chip[] {
  return [
    ...planTriggers.map((line) => ({ value: line, label: line })),
    ...HALT.map((id) => ({ value: id, label: HALT_WORDS[id]() })),
    ...(site?.flagged ? [{ value: site.pattern.host, label: describePattern(site.pattern) }] : []),
  ];
}
