import { WARNING_CHOICES, type WarningChoice, type WarningEvent } from '@/utils/db/schema';
import { createLocalClock, type LocalClock } from '@/utils/time/clock';
import { type Basis, createSpan } from './basis';

/**
 * Enough to show what was chosen on a site's warnings: at least 5 warnings shown. Below that a
 * share of choices is one or two decisions. The same threshold holds for all sites together.
 */
export const WARNINGS_MIN_SHOWN = 5;

/** The choices a person makes on a warning (everything but "shown"). */
export type Choice = Exclude<WarningChoice, 'shown'>;
/** Those choices, in the schema's order. */
export const CHOICES = WARNING_CHOICES.filter((choice): choice is Choice => choice !== 'shown');

/** One flagged site's warnings, or every search's together (`search`). */
export interface SiteWarningCounts {
  /** The site's id; for searches, SEARCH_ROW. */
  siteId: string;
  /** The row of check-ins on searches: one kind of trigger, whatever the word or the engine. */
  search?: true;
  /** The site's host as the latest event recorded it. */
  host: string;
  shown: number;
  choices: Record<Choice, number>;
  /** Warnings shown with no choice recorded (the tab was closed, or the choice was lost). */
  unanswered: number;
  enough: boolean;
}

/** Warnings per site, and for all sites together. */
export interface SiteWarnings {
  /** Most warnings first; equal counts in the order of the host. */
  sites: SiteWarningCounts[];
  /** All sites together; entries: the warnings shown. */
  totals: { shown: number; choices: Record<Choice, number> };
  basis: Basis;
}

/** The id of the row that counts every search's check-ins (no site has it: site ids are UUIDs). */
export const SEARCH_ROW = 'searches';

const noChoices = (): Record<Choice, number> =>
  Object.fromEntries(CHOICES.map((choice) => [choice, 0])) as Record<Choice, number>;

/** Counts warning events per site, one event at a time. */
export function createSiteWarnings(clock: LocalClock) {
  const sites = new Map<string, SiteWarningCounts & { latest: number }>();
  const span = createSpan();
  return {
    add(event: Pick<WarningEvent, 'at' | 'siteId' | 'host' | 'choice' | 'kind'>) {
      const search = event.kind === 'search';
      const key = search ? SEARCH_ROW : event.siteId;
      let row = sites.get(key);
      if (!row) {
        row = {
          siteId: key,
          ...(search ? { search: true as const } : {}),
          host: search ? '' : event.host,
          shown: 0,
          choices: noChoices(),
          unanswered: 0,
          enough: false,
          latest: event.at,
        };
        sites.set(key, row);
      }
      if (event.at >= row.latest) {
        row.latest = event.at;
        if (!search) row.host = event.host;
      }
      if (event.choice === 'shown') {
        row.shown++;
        span.add(event.at);
      } else if (event.choice in row.choices) {
        row.choices[event.choice]++;
      }
    },
    result(): SiteWarnings {
      const totals = { shown: 0, choices: noChoices() };
      const list: SiteWarningCounts[] = [];
      for (const { latest: _latest, ...row } of sites.values()) {
        const answered = CHOICES.reduce((sum, choice) => sum + row.choices[choice], 0);
        totals.shown += row.shown;
        for (const choice of CHOICES) totals.choices[choice] += row.choices[choice];
        list.push({
          ...row,
          choices: { ...row.choices },
          unanswered: Math.max(0, row.shown - answered),
          enough: row.shown >= WARNINGS_MIN_SHOWN,
        });
      }
      list.sort((a, b) => b.shown - a.shown || (a.host < b.host ? -1 : a.host > b.host ? 1 : 0));
      return {
        sites: list,
        totals,
        basis: { entries: span.entries, days: span.days(clock), enough: span.entries >= WARNINGS_MIN_SHOWN },
      };
    },
  };
}

/** Warnings per site and what was chosen on them. */
export function siteWarnings(
  events: readonly Pick<WarningEvent, 'at' | 'siteId' | 'host' | 'choice'>[],
  zone: string,
): SiteWarnings {
  const counter = createSiteWarnings(createLocalClock(zone));
  for (const event of events) counter.add(event);
  return counter.result();
}
