import { createResource, createSignal, For, Show } from 'solid-js';
import { i18n } from '#i18n';
import { Field } from '@/components/Field';
import { PATTERN_HEADINGS, PATTERNS, type PatternId, Patterns } from '@/components/insights/Patterns';
import { today } from '@/utils/commands/checkins';
import { readInsights } from '@/utils/commands/insights';
import type { Totals } from '@/utils/insights/accumulator';
import { dayFromKey, dayKey } from '@/utils/time/calendar';
import { dateTime, decimal, shortDate } from '@/utils/words/format';
import { Section } from './Section';

/** The parts a summary can have: the figures at a glance, then each pattern. */
const PARTS = ['totals', ...PATTERNS] as const;
type Part = (typeof PARTS)[number];
const PART_NAMES: Record<Part, () => string> = {
  totals: () => i18n.t('summary.totals'),
  ...PATTERN_HEADINGS,
};
/** A month, by default: long enough to show patterns, short enough to talk through. */
const DEFAULT_DAYS = 30;

const TOTAL_ROWS: ReadonlyArray<[() => string, (totals: Totals) => string]> = [
  [() => i18n.t('summary.urges'), (totals) => String(totals.urges)],
  [
    () => i18n.t('summary.averageStrength'),
    (totals) => (totals.meanStrength === undefined ? i18n.t('insights.beside.none') : decimal(totals.meanStrength)),
  ],
  [() => i18n.t('summary.lapses'), (totals) => String(totals.lapses)],
  [() => i18n.t('summary.checkIns'), (totals) => String(totals.checkIns)],
  [() => i18n.t('summary.reachOuts'), (totals) => String(totals.reachOuts)],
  [() => i18n.t('summary.warnings'), (totals) => String(totals.warnings)],
];

/**
 * A summary for a therapist: a period and the parts the person picks, shown as the page that
 * prints (the print stylesheet leaves out everything else). Nothing leaves the device unless
 * the person prints it or saves it.
 */
export function SummarySection() {
  const last = today();
  const [from, setFrom] = createSignal(dayKey((dayFromKey(last) ?? 0) - (DEFAULT_DAYS - 1)));
  const [to, setTo] = createSignal(last);
  const [parts, setParts] = createSignal<readonly Part[]>(PARTS);
  const period = () => {
    const first = dayFromKey(from());
    const end = dayFromKey(to());
    return first !== undefined && end !== undefined && first <= end ? { from: from(), to: to() } : undefined;
  };
  const [insights] = createResource(period, (chosen) => readInsights(chosen));
  const patterns = () => parts().filter((part): part is PatternId => part !== 'totals');
  const toggle = (part: Part, on: boolean) =>
    setParts(PARTS.filter((each) => (each === part ? on : parts().includes(each))));

  return (
    <Section id="summary" heading={i18n.t('summary.heading')} intro={i18n.t('summary.intro')}>
      <form
        class="stack no-print"
        onSubmit={(event) => {
          event.preventDefault();
          if (period()) window.print();
        }}
      >
        <div class="row">
          <Field id="summary-from" label={i18n.t('summary.from')} inline>
            {(control) => (
              <input
                autocomplete="off"
                {...control}
                type="date"
                value={from()}
                max={last}
                onChange={(e) => setFrom(e.currentTarget.value)}
              />
            )}
          </Field>
          <Field id="summary-to" label={i18n.t('summary.to')} inline>
            {(control) => (
              <input
                autocomplete="off"
                {...control}
                type="date"
                value={to()}
                max={last}
                onChange={(e) => setTo(e.currentTarget.value)}
              />
            )}
          </Field>
        </div>
        <Show when={!period()}>
          <p role="alert">{i18n.t('summary.badPeriod')}</p>
        </Show>
        <fieldset>
          <legend>{i18n.t('summary.parts')}</legend>
          <For each={PARTS}>
            {(part) => (
              <label class="row">
                <input
                  type="checkbox"
                  checked={parts().includes(part)}
                  onChange={(e) => toggle(part, e.currentTarget.checked)}
                />
                {PART_NAMES[part]()}
              </label>
            )}
          </For>
        </fieldset>
        <div>
          <button type="submit" class="primary" disabled={!period()}>
            {i18n.t('summary.print')}
          </button>
        </div>
      </form>
      <Show when={period() && insights()}>
        {(shown) => (
          <article class="summary-sheet stack" aria-labelledby="summary-title">
            <h3 id="summary-title">{i18n.t('summary.title')}</h3>
            <p>{i18n.t('summary.period', [shortDate(from()), shortDate(to())])}</p>
            <Show
              when={
                shown().totals.urges + shown().totals.lapses + shown().totals.checkIns + shown().totals.warnings > 0
              }
              fallback={<p>{i18n.t('summary.nothing')}</p>}
            >
              <Show when={parts().includes('totals')}>
                <table class="totals">
                  <caption>{i18n.t('summary.totals')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{i18n.t('summary.figure')}</th>
                      <th scope="col">{i18n.t('summary.count')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={TOTAL_ROWS}>
                      {([name, value]) => (
                        <tr>
                          <th scope="row">{name()}</th>
                          <td>{value(shown().totals)}</td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </Show>
              <Patterns insights={shown()} parts={patterns()} level={4} />
            </Show>
            <p class="hint">{i18n.t('summary.made', [dateTime(Date.now())])}</p>
          </article>
        )}
      </Show>
    </Section>
  );
}
