import { Show } from 'solid-js';
import { i18n } from '#i18n';
import { BarTable } from '@/components/charts/BarTable';
import type { Channel } from '@/utils/db/schema';
import { type CopingOutcome, HELPED_MIN_PAIRS, REACH_OUTS_MIN } from '@/utils/insights/what-helped';
import { definePattern, mean, over, Pattern, type PatternProps, urges } from './pattern';

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

/** What helped: how much urges dropped after riding them out or reaching out, and the ways people were reached. */
export const helped = definePattern({
  id: 'helped',
  heading: () => i18n.t('insights.helped.heading'),
  View: (props: PatternProps) => (
    <>
      <Pattern
        id="helped"
        heading={helped.heading()}
        level={props.level}
        basis={props.insights.helped.basis}
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
          rows={props.insights.helped.outcomes
            .filter((row) => row.enough)
            .map((row) => ({
              label: COPING[row.outcome](),
              bar: Math.max(0, row.meanDrop ?? 0),
              values: [mean(row.meanDrop), row.urges, mean(row.meanStrength), mean(row.meanAfter)],
            }))}
        />
      </Pattern>
      <Show when={props.insights.helped.reachOuts.enough}>
        <BarTable
          caption={i18n.t('insights.helped.channels')}
          headers={[i18n.t('insights.helped.channel'), i18n.t('insights.helped.times')]}
          rows={props.insights.helped.channels
            .filter((row) => row.count > 0)
            .map((row) => ({ label: CHANNEL_WORDS[row.channel](), values: [row.count] }))}
        />
      </Show>
      <Show when={!props.insights.helped.reachOuts.enough}>
        <p class="hint">
          {i18n.t('insights.notYet', [
            i18n.t('insights.helped.reachOuts', REACH_OUTS_MIN),
            over(
              i18n.t('insights.helped.reachOuts', props.insights.helped.reachOuts.entries),
              props.insights.helped.reachOuts.days,
            ),
          ])}
        </p>
      </Show>
    </>
  ),
});
