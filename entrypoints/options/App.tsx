import { Match, Switch } from 'solid-js';
import { i18n } from '#i18n';
import { CrisisLines } from '@/components/CrisisLines';
import { Nav } from '@/components/Nav';
import { PlanSection } from './PlanSection';
import { createRoute } from './route';
import { Section } from './Section';
import { SettingsSection } from './SettingsSection';
import { SitesSection } from './SitesSection';
import { TimesSection } from './TimesSection';

/** The options page's sections, in the order of its navigation; each has its own address (#plan). */
export const SECTIONS = ['sites', 'times', 'plan', 'settings', 'help'] as const;
type SectionId = (typeof SECTIONS)[number];

const SECTION_NAMES: Record<SectionId, () => string> = {
  sites: () => i18n.t('sites.heading'),
  times: () => i18n.t('times.heading'),
  plan: () => i18n.t('plan.heading'),
  settings: () => i18n.t('settings.heading'),
  help: () => i18n.t('nav.help'),
};

/**
 * Steady's settings, as a place to live in: a navigation of sections (a side list on wide
 * windows, a menu on narrow ones) and the section the address names. The crisis lines are one
 * click away from every section.
 */
export function App() {
  // "#reach-out" is where a check-in's "Reach out" button points.
  const section = createRoute(SECTIONS, { 'reach-out': 'help' });
  return (
    <div class="app">
      <header class="app-header">
        <h1 class="app-name">{i18n.t('appName')}</h1>
      </header>
      <Nav
        label={i18n.t('nav.label')}
        menu={i18n.t('nav.menu')}
        items={SECTIONS.map((id) => ({ id, label: SECTION_NAMES[id]() }))}
        current={section()}
      />
      <main class="app-main">
        <Switch>
          <Match when={section() === 'sites'}>
            <SitesSection />
          </Match>
          <Match when={section() === 'times'}>
            <TimesSection />
          </Match>
          <Match when={section() === 'plan'}>
            <PlanSection />
          </Match>
          <Match when={section() === 'settings'}>
            <SettingsSection />
          </Match>
          <Match when={section() === 'help'}>
            <Section id="help" heading={i18n.t('nav.help')}>
              <CrisisLines />
            </Section>
          </Match>
        </Switch>
      </main>
    </div>
  );
}
