import { Show } from 'solid-js';
import { i18n } from '#i18n';
import { BarTable } from '@/components/charts/BarTable';
import { WARNINGS_MIN_SHOWN } from '@/utils/insights/site-warnings';
import { definePattern, Pattern, type PatternProps } from './pattern';

/** What the person chose on each site's check-ins. */
export const warnings = definePattern({
  id: 'warnings',
  heading: () => i18n.t('insights.warnings.heading'),
  View: (props: PatternProps) => (
    <>
      <Pattern
        id="warnings"
        heading={warnings.heading()}
        level={props.level}
        basis={props.insights.warnings.basis}
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
          rows={props.insights.warnings.sites
            .filter((site) => site.enough)
            .map((site) => ({
              label: site.search ? i18n.t('insights.warnings.searches') : site.host,
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
        <Show when={props.insights.warnings.sites.some((site) => !site.enough)}>
          <p class="hint">
            {i18n.t('insights.warnings.fewer', [i18n.t('insights.warningsCount', WARNINGS_MIN_SHOWN)])}
          </p>
        </Show>
      </Pattern>
    </>
  ),
});
