import { For } from 'solid-js';
import type { Insights } from '@/utils/insights/accumulator';
import { PATTERN_REGISTRY } from './patterns';

/** The patterns, each a part the person can show or leave out (the therapist summary picks). */
export const PATTERNS = PATTERN_REGISTRY.map((pattern) => pattern.id);
export type PatternId = (typeof PATTERN_REGISTRY)[number]['id'];

export const PATTERN_HEADINGS = Object.fromEntries(
  PATTERN_REGISTRY.map((pattern) => [pattern.id, pattern.heading]),
) as Record<PatternId, () => string>;

/**
 * The patterns in the person's history that `parts` names, each with its basis and threshold,
 * as charts with their tables beside them. Pure display: the numbers come computed.
 */
export function Patterns(props: { insights: Insights; parts?: readonly PatternId[]; level?: 3 | 4 }) {
  const shown = () => PATTERN_REGISTRY.filter((pattern) => (props.parts ?? PATTERNS).includes(pattern.id));
  return (
    <div class="patterns stack">
      <For each={shown()}>{(pattern) => <pattern.View insights={props.insights} level={props.level ?? 3} />}</For>
    </div>
  );
}
