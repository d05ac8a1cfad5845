import { type Problem, problem } from '@/utils/problems';
import { createRepo, type RepoOptions } from './repo';
import { URGE_OUTCOMES, type Urge } from './schema';
import { openAll, readKeyring } from './sealing';
import { isInt, isOptionalText, isText, isTime } from './validate';

/** A list of triggers: at most 20, each at most 200 characters. */
export const isTriggers = (value: unknown): boolean =>
  value === undefined ||
  (Array.isArray(value) && value.length <= 20 && value.every((item) => isText(item, 200) && item.trim() !== ''));

export function checkUrge(urge: Urge): Problem | undefined {
  if (!isTime(urge.at)) return problem('urge-time');
  if (urge.strength !== undefined && !isInt(urge.strength, 0, 10)) return problem('urge-intensity');
  if (urge.strengthAfter !== undefined && !isInt(urge.strengthAfter, 0, 10)) return problem('urge-intensity');
  if (urge.rodeSeconds !== undefined && !isInt(urge.rodeSeconds, 0, 24 * 3600)) return problem('urge-time');
  if (!isTriggers(urge.triggers)) return problem('urge-trigger');
  if (!isOptionalText(urge.note, 2000)) return problem('urge-note');
  if (!isOptionalText(urge.siteId, 100)) return problem('urge-site');
  if (urge.outcome !== undefined && !URGE_OUTCOMES.includes(urge.outcome)) return problem('urge-outcome');
  return undefined;
}

/** Urges the person logged, read newest first through the time index. */
export function urgesRepo(options: RepoOptions = {}) {
  const repo = createRepo('urges', checkUrge, options);
  return {
    ...repo,
    /** The newest urges first, at most `limit`, from before `before` (to page back through them). */
    async recent(limit = 20, before = Number.POSITIVE_INFINITY): Promise<Urge[]> {
      const database = await repo.open();
      const found: Urge[] = [];
      const range = Number.isFinite(before) ? IDBKeyRange.upperBound(before, true) : null;
      let cursor = await database.transaction('urges').store.index('by-at').openCursor(range, 'prev');
      while (cursor && found.length < limit) {
        found.push(cursor.value);
        cursor = await cursor.continue();
      }
      return openAll(await readKeyring(database), 'urges', found);
    },
  };
}
