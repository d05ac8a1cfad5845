import type { SitePattern, TriggerSite } from '@/utils/db/schema';
import { createMatcher } from '@/utils/triggers/matcher';
import { parseSiteInput } from '@/utils/triggers/site-pattern';
import { readPlan } from './plan';
import { listSites } from './sites';

/** The two parts of the plan the popup shows: a next step (coping) and the person's reasons. */
export async function popupPlan(): Promise<{ coping: string[]; reasons: string[] }> {
  const items = await readPlan('coping', 'reasons');
  return { coping: items.coping ?? [], reasons: items.reasons ?? [] };
}

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
