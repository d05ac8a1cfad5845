import { type Problem, problem } from '@/utils/problems';
import { createRepo, type RepoOptions } from './repo';
import type { Urge } from './schema';
import { isInt, isOptionalText, isTime } from './validate';

export function checkUrge(urge: Urge): Problem | undefined {
  if (!isTime(urge.at)) return problem('urge-time');
  if (urge.intensity !== undefined && !isInt(urge.intensity, 1, 10)) return problem('urge-intensity');
  if (!isOptionalText(urge.trigger, 200)) return problem('urge-trigger');
  if (!isOptionalText(urge.note, 2000)) return problem('urge-note');
  if (!isOptionalText(urge.siteId, 100)) return problem('urge-site');
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
