import { createRepo, type RepoOptions } from './repo';
import type { Urge } from './schema';
import { isInt, isOptionalText, isTime } from './validate';

export function checkUrge(urge: Urge): string | undefined {
  if (!isTime(urge.at)) return 'The urge needs a time.';
  if (urge.intensity !== undefined && !isInt(urge.intensity, 1, 10)) return 'How strong is from 1 to 10.';
  if (!isOptionalText(urge.trigger, 200)) return 'What set it off is at most 200 characters.';
  if (!isOptionalText(urge.note, 2000)) return 'A note is at most 2,000 characters.';
  if (!isOptionalText(urge.siteId, 100)) return 'The site is not valid.';
  return undefined;
}

/** Urges the person logged, read newest first through the time index. */
export function urgesRepo(options: RepoOptions = {}) {
  const repo = createRepo('urges', checkUrge, options);
  return {
    ...repo,
    async recent(limit = 20): Promise<Urge[]> {
      const database = await repo.open();
      const found: Urge[] = [];
      let cursor = await database.transaction('urges').store.index('by-at').openCursor(null, 'prev');
      while (cursor && found.length < limit) {
        found.push(cursor.value);
        cursor = await cursor.continue();
      }
      return found;
    },
  };
}
