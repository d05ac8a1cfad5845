import { i18n } from '#i18n';
import { BarTable } from '@/components/charts/BarTable';
import { CHECKINS_MIN_DAYS, type FactorGroup, GROUP_MIN_DAYS } from '@/utils/insights/check-ins-beside-urges';
import { MOOD_WORDS, SLEEP_WORDS } from '@/utils/words/check-in';
import { decimal } from '@/utils/words/format';
import { days, definePattern, mean, Pattern, type PatternProps } from './pattern';

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

/** Urges beside the daily check-in's answers. */
export const checkIns = definePattern({
  id: 'checkIns',
  heading: () => i18n.t('insights.beside.heading'),
  View: (props: PatternProps) => (
    <>
      <Pattern
        id="checkIns"
        heading={checkIns.heading()}
        level={props.level}
        basis={props.insights.checkIns.basis}
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
          rows={props.insights.checkIns.groups
            .filter((group) => group.enough)
            .map((group) => ({
              label: answerWords(group),
              bar: group.urgesPerDay,
              values: [decimal(group.urgesPerDay), group.days, mean(group.meanStrength)],
            }))}
        />
        <p class="hint">{i18n.t('insights.beside.fewer', [days(GROUP_MIN_DAYS)])}</p>
      </Pattern>
    </>
  ),
});
