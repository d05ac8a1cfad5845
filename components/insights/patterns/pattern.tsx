import { type JSX, Show } from 'solid-js';
import { i18n } from '#i18n';
import type { Insights } from '@/utils/insights/accumulator';
import type { Basis } from '@/utils/insights/basis';
import { decimal } from '@/utils/words/format';

/** What every pattern is given: the figures, computed, and the level of its heading. */
export interface PatternProps {
  insights: Insights;
  level: 3 | 4;
}

/**
 * One pattern of the insights: its id (the summary's part and the heading's anchor), its
 * heading, and the view that shows it. One file each in this folder, registered in one line in
 * ./index.ts (tests/unit/house-registries.test.ts fails one left out).
 */
export interface PatternDefinition<Id extends string = string> {
  id: Id;
  heading(): string;
  View(props: PatternProps): JSX.Element;
}

/** Declares a pattern (typed, so its id stays a literal for the registry's union). */
export const definePattern = <Id extends string>(pattern: PatternDefinition<Id>): PatternDefinition<Id> => pattern;

export const urges = (n: number) => i18n.t('insights.urges', n);
export const days = (n: number) => i18n.t('insights.days', n);
export const over = (what: string, n: number) => i18n.t('insights.over', [what, days(n)]);
export const mean = (value: number | undefined) =>
  value === undefined ? i18n.t('insights.beside.none') : decimal(value);

/**
 * One pattern's frame: its heading, then the figure and what it rests on ("From 42 urges over 30
 * days."), or, on too little data, the threshold and how far along the person is.
 */
export function Pattern(props: {
  id: string;
  heading: string;
  level: 3 | 4;
  basis: Basis;
  /** The entries' name, counted: "42 urges". */
  entries: (n: number) => string;
  /** What it takes to show: "10 urges over 14 days". */
  threshold: string;
  children: JSX.Element;
}) {
  const Heading = (p: { children: JSX.Element }) =>
    props.level === 3 ? (
      <h3 id={`pattern-${props.id}`}>{p.children}</h3>
    ) : (
      <h4 id={`pattern-${props.id}`}>{p.children}</h4>
    );
  const basis = () => over(props.entries(props.basis.entries), props.basis.days);
  return (
    <section class="pattern stack" aria-labelledby={`pattern-${props.id}`}>
      <Heading>{props.heading}</Heading>
      <Show
        when={props.basis.enough}
        fallback={<p class="hint">{i18n.t('insights.notYet', [props.threshold, basis()])}</p>}
      >
        <p class="hint">{i18n.t('insights.basis', [basis()])}</p>
        {props.children}
      </Show>
    </section>
  );
}
