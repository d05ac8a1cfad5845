import { i18n } from '#i18n';
import { Heatmap } from '@/components/charts/Heatmap';
import { HEATMAP_MIN_DAYS, HEATMAP_MIN_URGES } from '@/utils/insights/urge-heatmap';
import { hourName, weekdayName } from '@/utils/words/format';
import { definePattern, over, Pattern, type PatternProps, urges } from './pattern';

/** Monday first: the order weeks are counted in. */
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0];
const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

/** When urges come: by weekday and hour. */
export const heatmap = definePattern({
  id: 'heatmap',
  heading: () => i18n.t('insights.heatmap.heading'),
  View: (props: PatternProps) => (
    <>
      <Pattern
        id="heatmap"
        heading={heatmap.heading()}
        level={props.level}
        basis={props.insights.heatmap.basis}
        entries={urges}
        threshold={over(urges(HEATMAP_MIN_URGES), HEATMAP_MIN_DAYS)}
      >
        <Heatmap
          caption={i18n.t('insights.heatmap.caption')}
          rowHeader={i18n.t('insights.heatmap.day')}
          columns={HOURS.map((hour) => hourName(hour))}
          rows={WEEK_ORDER.map((day) => ({
            label: weekdayName(day),
            counts: props.insights.heatmap.counts[day] ?? [],
          }))}
        />
      </Pattern>
    </>
  ),
});
