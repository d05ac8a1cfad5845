import { settingsRepo } from '@/utils/db/settings';
import { sitesRepo } from '@/utils/db/sites';
import { releaseOrigins } from '@/utils/permissions';
import { engineById, engineOrigins } from '@/utils/search/engines';
import { originsFor } from '@/utils/triggers/site-pattern';

/** Every host access Steady still needs, as stored now: the trigger sites' and the engines' turned on. */
export async function originsInUse(): Promise<string[]> {
  const [sites, settings] = await Promise.all([sitesRepo().list(), settingsRepo().get()]);
  const engines = (settings.searchEngines ?? []).flatMap((id) => engineOrigins(engineById(id)));
  return [...sites.flatMap(originsFor), ...engines];
}

/**
 * Gives back `released` once what needed it is gone from the database, keeping whatever a trigger
 * site or an engine still needs (a site and an engine can share a host: google.com and Google).
 */
export async function giveBack(released: readonly string[]): Promise<void> {
  await releaseOrigins(released, await originsInUse());
}
