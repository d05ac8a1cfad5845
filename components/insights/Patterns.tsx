import { type JSX, Show } from 'solid-js';
import { i18n } from '#i18n';
import { BarTable } from '@/components/charts/BarTable';
import { Heatmap } from '@/components/charts/Heatmap';
import { LineChart } from '@/components/charts/LineChart';
import type { Channel } from '@/utils/db/schema';
import type { Insights } from '@/utils/insights/accumulator';
import type { Basis } from '@/utils/insights/basis';
import { CHECKINS_MIN_DAYS, type FactorGroup, GROUP_MIN_DAYS } from '@/utils/insights/check-ins-beside-urges';
import { WARNINGS_MIN_SHOWN } from '@/utils/insights/site-warnings';
import { STRENGTH_MIN_RATED, STRENGTH_MIN_WEEKS } from '@/utils/insights/strength-weeks';
import { TRIGGERS_MIN_DAYS, TRIGGERS_MIN_ENTRIES } from '@/utils/insights/top-triggers';
import { HEATMAP_MIN_DAYS, HEATMAP_MIN_URGES } from '@/utils/insights/urge-heatmap';
import { type CopingOutcome, HELPED_MIN_PAIRS, REACH_OUTS_MIN } from '@/utils/insights/what-helped';
import { MOOD_WORDS, SLEEP_WORDS } from '@/utils/words/check-in';
import { decimal, hourName, shortDate, weekdayName } from '@/utils/words/format';
import { triggerWords } from '@/utils/words/triggers';

/** The patterns, each a part the person can show or leave out (the therapist summary picks). */
export const PATTERNS = ['heatmap', 'triggers', 'warnings', 'strength', 'helped', 'checkIns'] as const;
export type PatternId = (typeof PATTERNS)[number];

export const PATTERN_HEADINGS: Record<PatternId, () => string> = {
  heatmap: () => i18n.t('insights.heatmap.heading'),
  triggers: () => i18n.t('insights.triggers.heading'),
  warnings: () => i18n.t('insights.warnings.heading'),
  strength: () => i18n.t('insights.strength.heading'),
  helped: () => i18n.t('insights.helped.heading'),
  checkIns: () => i18n.t('insights.beside.heading'),
};

const TOP_TRIGGERS = 10;
/** The weeks the strength chart shows: the last year (a longer line is too dense to read). */
const SHOWN_WEEKS = 52;
/** Monday first: the order weeks are counted in. */
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0];
const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

const urges = (n: number) => i18n.t('insights.urges', n);
const days = (n: number) => i18n.t('insights.days', n);
const over = (what: string, n: number) => i18n.t('insights.over', [what, days(n)]);
const mean = (value: number | undefined) => (value === undefined ? i18n.t('insights.beside.none') : decimal(value));

const COPING: Record<CopingOutcome, () => string> = {
  'rode-it-out': () => i18n.t('insights.helped.rodeItOut'),
  'reached-out': () => i18n.t('insights.helped.reachedOut'),
};
const CHANNEL_WORDS: Record<Channel, () => string> = {
  call: () => i18n.t('insights.helped.ways.call'),
  text: () => i18n.t('insights.helped.ways.text'),
  email: () => i18n.t('insights.helped.ways.email'),
  whatsapp: () => i18n.t('insights.helped.ways.whatsapp'),
  signal: () => i18n.t('insights.helped.ways.signal'),
  telegram: () => i18n.t('insights.helped.ways.telegram'),
};

/** What a check-in answer reads as, in "On days when …". */
function answerWords(group: FactorGroup): string {
  const value = group.value;
  switch (group.factor) {
    case 'sleep':
      return i18n.t('insights.beside.sleep', [SLEEP_WORDS[value as 1]?.() ?? String(value)]);
    case 'mood':
      return i18n.t('insights.beside.mood', [MOOD_WORDS[value as 1]?.() ?? String(value)]);
    case 'meals':
      return i18n.t('insights.beside.meals', [String(value)]);
    case 'movement':
      return value ? i18n.t('insights.beside.movement') : i18n.t('insights.beside.noMovement');
    case 'craving':
      return i18n.t('insights.beside.craving', [String(value)]);
  }
}

/**
 * One pattern: its heading, then the figure and what it rests on ("From 42 urges over 30
 * days."), or, on too little data, the threshold and how far along the person is.
 */
function Pattern(props: {
  id: PatternId;
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
      <Heading>{PATTERN_HEADINGS[props.id]()}</Heading>
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

/**
 * The patterns in the person's history that `parts` names, each with its basis and threshold,
 * as charts with their tables beside them. Pure display: the numbers come computed.
 */
export function Patterns(props: { insights: Insights; parts?: readonly PatternId[]; level?: 3 | 4 }) {
  const shown = (id: PatternId) => (props.parts ?? PATTERNS).includes(id);
  const level = () => props.level ?? 3;
  const insights = () => props.insights;
  return (
    <div class="patterns stack">
      <Show when={shown('heatmap')}>
        <Pattern
          id="heatmap"
          level={level()}
          basis={insights().heatmap.basis}
          entries={urges}
          threshold={over(urges(HEATMAP_MIN_URGES), HEATMAP_MIN_DAYS)}
        >
          <Heatmap
            caption={i18n.t('insights.heatmap.caption')}
            rowHeader={i18n.t('insights.heatmap.day')}
            columns={HOURS.map((hour) => hourName(hour))}
            rows={WEEK_ORDER.map((day) => ({
              label: weekdayName(day),
              counts: insights().heatmap.counts[day] ?? [],
            }))}
          />
        </Pattern>
      </Show>
      <Show when={shown('triggers')}>
        <Pattern
          id="triggers"
          level={level()}
          basis={insights().triggers.basis}
          entries={(n) => i18n.t('insights.entries', n)}
          threshold={i18n.t('insights.triggers.threshold', [
            i18n.t('insights.entries', TRIGGERS_MIN_ENTRIES),
            days(TRIGGERS_MIN_DAYS),
          ])}
        >
          <BarTable
            caption={i18n.t('insights.triggers.caption')}
            headers={[
              i18n.t('insights.triggers.trigger'),
              i18n.t('insights.triggers.total'),
              i18n.t('insights.triggers.urges'),
              i18n.t('insights.triggers.lapses'),
            ]}
            rows={insights()
              .triggers.triggers.slice(0, TOP_TRIGGERS)
              .map((row) => ({ label: triggerWords(row.trigger), values: [row.total, row.urges, row.lapses] }))}
          />
        </Pattern>
      </Show>
      <Show when={shown('warnings')}>
        <Pattern
          id="warnings"
          level={level()}
          basis={insights().warnings.basis}
          entries={(n) => i18n.t('insights.warningsCount', n)}
          threshold={i18n.t('insights.warningsCount', WARNINGS_MIN_SHOWN)}
        >
          <BarTable
            caption={i18n.t('insights.warnings.caption')}
            headers={[
              i18n.t('insights.warnings.site'),
              i18n.t('insights.warnings.shown'),
              i18n.t('insights.warnings.leave'),
              i18n.t('insights.warnings.rideItOut'),
              i18n.t('insights.warnings.reachOut'),
              i18n.t('insights.warnings.logUrge'),
              i18n.t('insights.warnings.continue'),
              i18n.t('insights.warnings.unanswered'),
            ]}
            rows={insights()
              .warnings.sites.filter((site) => site.enough)
              .map((site) => ({
                label: site.host,
                values: [
                  site.shown,
                  site.choices.leave,
                  site.choices['ride-it-out'],
                  site.choices['reach-out'],
                  site.choices['log-urge'],
                  site.choices.continue,
                  site.unanswered,
                ],
              }))}
          />
          <Show when={insights().warnings.sites.some((site) => !site.enough)}>
            <p class="hint">
              {i18n.t('insights.warnings.fewer', [i18n.t('insights.warningsCount', WARNINGS_MIN_SHOWN)])}
            </p>
          </Show>
        </Pattern>
      </Show>
      <Show when={shown('strength')}>
        <Pattern
          id="strength"
          level={level()}
          basis={insights().strength.basis}
          entries={urges}
          threshold={i18n.t('insights.strength.threshold', [
            urges(STRENGTH_MIN_RATED),
            i18n.t('insights.strength.weeks', STRENGTH_MIN_WEEKS),
          ])}
        >
          <LineChart
            caption={i18n.t('insights.strength.caption')}
            headers={[i18n.t('insights.strength.week'), i18n.t('insights.strength.average')]}
            min={0}
            max={10}
            points={insights()
              .strength.weeks.slice(-SHOWN_WEEKS)
              .map((week) => ({ label: shortDate(week.week), value: week.mean }))}
          />
          <Show when={insights().strength.weeks.length > SHOWN_WEEKS}>
            <p class="hint">{i18n.t('insights.strength.lastWeeks', [String(SHOWN_WEEKS)])}</p>
          </Show>
        </Pattern>
      </Show>
      <Show when={shown('helped')}>
        <Pattern
          id="helped"
          level={level()}
          basis={insights().helped.basis}
          entries={urges}
          threshold={i18n.t('insights.helped.threshold', [i18n.t('insights.helped.rated', HELPED_MIN_PAIRS)])}
        >
          <BarTable
            caption={i18n.t('insights.helped.caption')}
            headers={[
              i18n.t('insights.helped.way'),
              i18n.t('insights.helped.drop'),
              i18n.t('insights.helped.urges'),
              i18n.t('insights.helped.before'),
              i18n.t('insights.helped.after'),
            ]}
            rows={insights()
              .helped.outcomes.filter((row) => row.enough)
              .map((row) => ({
                label: COPING[row.outcome](),
                bar: Math.max(0, row.meanDrop ?? 0),
                values: [mean(row.meanDrop), row.urges, mean(row.meanStrength), mean(row.meanAfter)],
              }))}
          />
        </Pattern>
        <Show when={insights().helped.reachOuts.enough}>
          <BarTable
            caption={i18n.t('insights.helped.channels')}
            headers={[i18n.t('insights.helped.channel'), i18n.t('insights.helped.times')]}
            rows={insights()
              .helped.channels.filter((row) => row.count > 0)
              .map((row) => ({ label: CHANNEL_WORDS[row.channel](), values: [row.count] }))}
          />
        </Show>
        <Show when={!insights().helped.reachOuts.enough}>
          <p class="hint">
            {i18n.t('insights.notYet', [
              i18n.t('insights.helped.reachOuts', REACH_OUTS_MIN),
              over(
                i18n.t('insights.helped.reachOuts', insights().helped.reachOuts.entries),
                insights().helped.reachOuts.days,
              ),
            ])}
          </p>
        </Show>
      </Show>
      <Show when={shown('checkIns')}>
        <Pattern
          id="checkIns"
          level={level()}
          basis={insights().checkIns.basis}
          entries={(n) => i18n.t('insights.checkIns', n)}
          threshold={i18n.t('insights.checkIns', CHECKINS_MIN_DAYS)}
        >
          <BarTable
            caption={i18n.t('insights.beside.caption')}
            headers={[
              i18n.t('insights.beside.answer'),
              i18n.t('insights.beside.perDay'),
              i18n.t('insights.beside.days'),
              i18n.t('insights.beside.strength'),
            ]}
            rows={insights()
              .checkIns.groups.filter((group) => group.enough)
              .map((group) => ({
                label: answerWords(group),
                bar: group.urgesPerDay,
                values: [decimal(group.urgesPerDay), group.days, mean(group.meanStrength)],
              }))}
          />
          <p class="hint">{i18n.t('insights.beside.fewer', [days(GROUP_MIN_DAYS)])}</p>
        </Pattern>
      </Show>
    </div>
  );
}
