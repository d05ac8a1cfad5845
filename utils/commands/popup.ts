import type { SitePattern, TriggerSite } from '@/utils/db/schema';
import { createMatcher } from '@/utils/triggers/matcher';
import { parseSiteInput } from '@/utils/triggers/site-pattern';
import { readPlan } from './plan';
import { listSites } from './sites';

/** The parts of the plan the popup uses: a next step (coping), the person's reasons, and their triggers (as chips). */
export async function popupPlan(): Promise<{ coping: string[]; reasons: string[]; triggers: string[] }> {
  const items = await readPlan('coping', 'reasons', 'triggers');
  return { coping: items.coping ?? [], reasons: items.reasons ?? [], triggers: items.triggers ?? [] };
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
