import { type TriggerSite, type Urge, WARNING_LEVELS, type WarningEvent, type WarningLevel } from '@/utils/db/schema';
import { DAY_MS } from '@/utils/time/calendar';
import { createLocalClock, type LocalClock } from '@/utils/time/clock';

/** Sites are judged on the last four weeks (today and the 27 local days before it). */
export const SITE_LOOKBACK_DAYS = 28;
/**
 * Offer to flag a site not flagged when it came up 3 times or more in four weeks (urges naming
 * it, warnings shown on it before it was unflagged): once or twice is a visit, three times is a
 * habit worth a question.
 */
export const FLAG_MIN_MENTIONS = 3;
/**
 * Offer a firmer warning on a flagged site when, of at least 5 warnings shown there in four
 * weeks, more than half ended in "continue": the warning is being passed through, not heard.
 * Five, so two or three quick visits do not make it firmer.
 */
export const FIRMER_MIN_WARNINGS = 5;
export const FIRMER_CONTINUE_SHARE = 0.5;

/** Offer to flag a site (as a whole site) that comes up but is not flagged. */
export interface FlagSiteSuggestion {
  kind: 'flag-site';
  key: string;
  /** The host to flag as a whole site (ASCII, lowercase). */
  host: string;
  evidence: { urges: number; warnings: number; lookbackDays: number };
}

/** Offer to make a flagged site's warning one level firmer. */
export interface FirmerSiteSuggestion {
  kind: 'firmer-site';
  key: string;
  siteId: string;
  host: string;
  level: WarningLevel;
  /** One level firmer: gentle → pause → firm. */
  to: WarningLevel;
  evidence: { warnings: number; continued: number; lookbackDays: number };
}

/** Either offer about sites. */
export type SiteSuggestion = FlagSiteSuggestion | FirmerSiteSuggestion;

/** A host as sites store them: lowercase ASCII labels with a letter-led ending, or an IPv4 address. */
const HOST = /^(?:(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]|(?:\d{1,3}\.){3}\d{1,3})$/;

/**
 * The host a trigger names, if it names one: the warning page and the popup's site chip store a
 * flagged site's host; the person may have written one (`Reddit.com`) among their triggers.
 */
export function triggerHost(trigger: string): string | undefined {
  const host = trigger.trim().toLowerCase().replace(/\.$/, '');
  return HOST.test(host) ? host : undefined;
}

/**
 * Whether a flagged site already covers a host: the same host, or a whole site it is under. A
 * site flagged with a path counts too: the person already chose which part of it to flag.
 */
export function isFlaggedHost(host: string, sites: readonly Pick<TriggerSite, 'host' | 'scope'>[]): boolean {
  return sites.some((site) => site.host === host || (site.scope === 'site' && host.endsWith(`.${site.host}`)));
}

/**
 * The key of the offer to flag a host. A page that unflags a site should record a dismissal of
 * this key, so the site's own past warnings do not ask to flag it again at once.
 */
export const flagSiteKey = (host: string): string => `flag-site:${host}`;

const firmer = (level: WarningLevel): WarningLevel | undefined => WARNING_LEVELS[WARNING_LEVELS.indexOf(level) + 1];

/**
 * Sites to flag (they come up in urges or warnings but are not flagged) and flagged sites to
 * make one level firmer (their warnings end in "continue" most of the time), each with the
 * counts behind it, strongest first.
 */
export function suggestSites(
  urges: readonly Pick<Urge, 'at' | 'siteId' | 'triggers'>[],
  events: readonly Pick<WarningEvent, 'at' | 'siteId' | 'host' | 'choice' | 'kind'>[],
  sites: readonly Pick<TriggerSite, 'id' | 'host' | 'scope' | 'level'>[],
  now: number,
  zone: string,
  clock: LocalClock = createLocalClock(zone),
): SiteSuggestion[] {
  const firstDay = clock.day(now) - (SITE_LOOKBACK_DAYS - 1);
  const earliest = now - (SITE_LOOKBACK_DAYS + 1) * DAY_MS;
  const inLookback = (at: number) => at >= earliest && at <= now && clock.day(at) >= firstDay;
  const byId = new Map(sites.map((site) => [site.id, site]));

  const mentions = new Map<string, { urges: number; warnings: number }>();
  const mention = (host: string, kind: 'urges' | 'warnings') => {
    if (isFlaggedHost(host, sites)) return;
    let counts = mentions.get(host);
    if (!counts) {
      counts = { urges: 0, warnings: 0 };
      mentions.set(host, counts);
    }
    counts[kind]++;
  };
  for (const urge of urges) {
    if (!urge.triggers || !inLookback(urge.at)) continue;
    // An urge logged on a flagged site is that site's already.
    if (urge.siteId !== undefined && byId.has(urge.siteId)) continue;
    const hosts = new Set<string>();
    for (const trigger of urge.triggers) {
      const host = triggerHost(trigger);
      if (host) hosts.add(host);
    }
    for (const host of hosts) mention(host, 'urges');
  }

  const warned = new Map<string, { warnings: number; continued: number }>();
  for (const event of events) {
    if ((event.choice !== 'shown' && event.choice !== 'continue') || !inLookback(event.at)) continue;
    // A search's check-in is no site's: its engine is never suggested as a trigger site.
    if (event.kind === 'search') continue;
    if (!byId.has(event.siteId)) {
      // Warned on a site that is no longer flagged.
      if (event.choice === 'shown') mention(event.host, 'warnings');
      continue;
    }
    let counts = warned.get(event.siteId);
    if (!counts) {
      counts = { warnings: 0, continued: 0 };
      warned.set(event.siteId, counts);
    }
    if (event.choice === 'shown') counts.warnings++;
    else counts.continued++;
  }

  const flags: FlagSiteSuggestion[] = [...mentions]
    .filter(([, counts]) => counts.urges + counts.warnings >= FLAG_MIN_MENTIONS)
    .map(([host, counts]) => ({
      kind: 'flag-site' as const,
      key: flagSiteKey(host),
      host,
      evidence: { ...counts, lookbackDays: SITE_LOOKBACK_DAYS },
    }))
    .sort(
      (a, b) =>
        b.evidence.urges + b.evidence.warnings - (a.evidence.urges + a.evidence.warnings) ||
        (a.host < b.host ? -1 : a.host > b.host ? 1 : 0),
    );

  const firmerSites: FirmerSiteSuggestion[] = [];
  for (const [siteId, counts] of warned) {
    const site = byId.get(siteId);
    const to = site && firmer(site.level);
    // A "continue" without its "shown" (a lost record) still counts as a warning.
    const warnings = Math.max(counts.warnings, counts.continued);
    if (!site || !to || warnings < FIRMER_MIN_WARNINGS) continue;
    if (counts.continued / warnings <= FIRMER_CONTINUE_SHARE) continue;
    firmerSites.push({
      kind: 'firmer-site',
      key: `firmer-site:${siteId}:${to}`,
      siteId,
      host: site.host,
      level: site.level,
      to,
      evidence: { warnings, continued: counts.continued, lookbackDays: SITE_LOOKBACK_DAYS },
    });
  }
  firmerSites.sort(
    (a, b) =>
      b.evidence.continued / b.evidence.warnings - a.evidence.continued / a.evidence.warnings ||
      b.evidence.warnings - a.evidence.warnings ||
      (a.siteId < b.siteId ? -1 : 1),
  );
  return [...flags, ...firmerSites];
}
