import type { SitePattern, TriggerSite } from '@/utils/db/schema';
import { sitesRepo } from '@/utils/db/sites';
import { requestAccess } from '@/utils/permissions';
import { createMatcher } from '@/utils/triggers/matcher';
import { parseSiteInput } from '@/utils/triggers/site-pattern';
import { attempt, type Done } from './run';
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

/** What flagging a tab's site came to: added to the list, or already checked in on there. */
export type TabSiteFlagged = 'added' | 'already';

/**
 * Flags the site of a tab from outside a page (the menu on Steady's toolbar icon): as the popup
 * does, the permission for its host is requested at once, synchronously, inside the person's
 * click; the list is read after. A site a rule already covers is left as it is. Undefined for a
 * tab that is not a web page. The background is not told: the caller is the background.
 */
export function flagSiteOfTab(
  url: string,
): { granted: Promise<boolean>; saved: Promise<Done<TabSiteFlagged>> } | undefined {
  if (!/^https?:\/\//.test(url)) return undefined;
  const parsed = parseSiteInput(url);
  if (!parsed.ok) return undefined;
  const { pattern } = parsed;
  const granted = requestAccess([pattern]);
  const saved = attempt(async (): Promise<TabSiteFlagged> => {
    const sites = await listSites();
    if (createMatcher(sites).match(url) !== undefined) return 'already';
    await sitesRepo().addAll([pattern]);
    return 'added';
  });
  return { granted, saved };
}
