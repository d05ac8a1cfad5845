import { Show } from 'solid-js';
import { i18n } from '#i18n';
import { LineChart } from '@/components/charts/LineChart';
import { STRENGTH_MIN_RATED, STRENGTH_MIN_WEEKS } from '@/utils/insights/strength-weeks';
import { shortDate } from '@/utils/words/format';
import { definePattern, Pattern, type PatternProps, urges } from './pattern';

/** The weeks the strength chart shows: the last year (a longer line is too dense to read). */
const SHOWN_WEEKS = 52;

/** How strong urges were, week by week. */
export const strength = definePattern({
  id: 'strength',
  heading: () => i18n.t('insights.strength.heading'),
  View: (props: PatternProps) => (
    <>
      <Pattern
        id="strength"
        heading={strength.heading()}
        level={props.level}
        basis={props.insights.strength.basis}
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
          points={props.insights.strength.weeks
            .slice(-SHOWN_WEEKS)
            .map((week) => ({ label: shortDate(week.week), value: week.mean }))}
        />
        <Show when={props.insights.strength.weeks.length > SHOWN_WEEKS}>
          <p class="hint">{i18n.t('insights.strength.lastWeeks', [String(SHOWN_WEEKS)])}</p>
        </Show>
      </Pattern>
    </>
  ),
});
