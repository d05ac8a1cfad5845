import { i18n } from '#i18n';
import { BarTable } from '@/components/charts/BarTable';
import { TRIGGERS_MIN_DAYS, TRIGGERS_MIN_ENTRIES } from '@/utils/insights/top-triggers';
import { triggerWords } from '@/utils/words/triggers';
import { days, definePattern, Pattern, type PatternProps } from './pattern';

const TOP_TRIGGERS = 10;

/** What sets urges and lapses off, the most often first. */
export const triggers = definePattern({
  id: 'triggers',
  heading: () => i18n.t('insights.triggers.heading'),
  View: (props: PatternProps) => (
    <>
      <Pattern
        id="triggers"
        heading={triggers.heading()}
        level={props.level}
        basis={props.insights.triggers.basis}
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
          rows={props.insights.triggers.triggers
            .slice(0, TOP_TRIGGERS)
            .map((row) => ({ label: triggerWords(row.trigger), values: [row.total, row.urges, row.lapses] }))}
        />
      </Pattern>
    </>
  ),
});
