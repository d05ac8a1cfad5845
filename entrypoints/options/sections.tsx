import type { JSX } from 'solid-js';
import { i18n } from '#i18n';
import { DataSection } from './DataSection';
import { HelpSection } from './HelpSection';
import { HistorySection } from './HistorySection';
import { InsightsSection } from './InsightsSection';
import { PeopleSection } from './PeopleSection';
import { PlanSection } from './PlanSection';
import { SearchesSection } from './SearchesSection';
import { SettingsSection } from './SettingsSection';
import { SitesSection } from './SitesSection';
import { SummarySection } from './SummarySection';
import { TimesSection } from './TimesSection';
import { WelcomeSection } from './WelcomeSection';

/** What the page gives every section. */
export interface SectionContext {
  /** The welcome was finished or set aside, or everything was deleted (the navigation changes). */
  onWelcomeChanged(): void;
  /** The person locked Steady from the section. */
  onLocked(): void;
}

interface SectionEntry {
  /** Its address (`options.html#plan`). */
  id: string;
  /** Its name in the navigation. */
  name: () => string;
  view: (context: SectionContext) => JSX.Element;
}

/**
 * The options page's sections, one line each, in the order of the navigation: the one list the
 * addresses, the navigation and the page read (a house test fails a section file not listed here).
 */
export const SECTION_LIST = [
  { id: 'welcome', name: () => i18n.t('nav.welcome'), view: (c) => <WelcomeSection onDone={c.onWelcomeChanged} /> },
  { id: 'sites', name: () => i18n.t('sites.heading'), view: () => <SitesSection /> },
  { id: 'searches', name: () => i18n.t('searches.heading'), view: () => <SearchesSection /> },
  { id: 'times', name: () => i18n.t('times.heading'), view: () => <TimesSection /> },
  { id: 'plan', name: () => i18n.t('plan.heading'), view: () => <PlanSection /> },
  { id: 'people', name: () => i18n.t('people.heading'), view: () => <PeopleSection /> },
  { id: 'history', name: () => i18n.t('history.heading'), view: () => <HistorySection /> },
  { id: 'insights', name: () => i18n.t('insights.heading'), view: () => <InsightsSection /> },
  { id: 'summary', name: () => i18n.t('nav.summary'), view: () => <SummarySection /> },
  { id: 'settings', name: () => i18n.t('settings.heading'), view: () => <SettingsSection /> },
  {
    id: 'data',
    name: () => i18n.t('data.heading'),
    view: (c) => (
      <DataSection
        onDeleted={() => {
          location.hash = '#welcome';
          c.onWelcomeChanged();
        }}
        onLocked={c.onLocked}
      />
    ),
  },
  { id: 'help', name: () => i18n.t('nav.help'), view: () => <HelpSection /> },
] as const satisfies readonly SectionEntry[];

export type SectionId = (typeof SECTION_LIST)[number]['id'];

/** The sections' addresses, in order. */
export const SECTIONS: readonly SectionId[] = SECTION_LIST.map((section) => section.id);

/** The section registered under `id`. */
export const sectionOf = (id: SectionId): SectionEntry =>
  SECTION_LIST.find((section) => section.id === id) as SectionEntry;
