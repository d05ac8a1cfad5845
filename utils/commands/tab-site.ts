import type { SitePattern, TriggerSite } from '@/utils/db/schema';
import { createMatcher } from '@/utils/triggers/matcher';
import { parseSiteInput } from '@/utils/triggers/site-pattern';
import { listSites } from './sites';

/** The open tab's site as Steady would flag it, and whether a rule already covers it. */
export async function siteOfTab(
  url: string,
): Promise<{ pattern: SitePattern; sites: TriggerSite[]; flagged: boolean } | undefined> {
  if (!/^https?:\/\//.test(url)) return undefined;
  const parsed = parseSiteInput(url);
  if (!parsed.ok) return undefined;
  const sites = await listSites();
  return { pattern: parsed.pattern, sites, flagged: createMatcher(sites).match(url) !== undefined };
}
