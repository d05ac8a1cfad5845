import { type Problem, problem } from '@/utils/problems';
import { MAX_ENTRY_WORDS } from '@/utils/search/fold';
import { isSalt } from '@/utils/search/keyed-hash';
import { createRepo, type RepoOptions } from './repo';
import { type SearchWord, SITE_WHENS, WARNING_LEVELS } from './schema';
import { isInt, isText, isTime } from './validate';

/** The longest named entry, in characters. */
export const MAX_SEARCH_LENGTH = 100;

/** The most keys an entry has (its forms: the word and at most five plural forms). */
const MAX_KEYS = 8;

/** The first problem with a named search word as stored (its word may be sealed, and is then not seen here). */
export function checkSearchWord(entry: SearchWord): Problem | undefined {
  if (entry.word !== undefined && !(isText(entry.word, MAX_SEARCH_LENGTH) && entry.word.trim() !== '')) {
    return problem('search-long', MAX_ENTRY_WORDS, MAX_SEARCH_LENGTH);
  }
  if (typeof entry.plurals !== 'boolean') return problem('search-entry');
  if (!WARNING_LEVELS.includes(entry.level)) return problem('site-level');
  if (!SITE_WHENS.includes(entry.when)) return problem('site-when');
  if (entry.quietUntil !== undefined && !isTime(entry.quietUntil)) return problem('site-quiet');
  if (!isSalt(entry.salt)) return problem('search-entry');
  if (
    !Array.isArray(entry.keys) ||
    entry.keys.length === 0 ||
    entry.keys.length > MAX_KEYS ||
    !entry.keys.every((key) => typeof key === 'string' && /^[0-9a-f]{16}$/.test(key))
  ) {
    return problem('search-entry');
  }
  if (!isInt(entry.span, 1, MAX_ENTRY_WORDS)) return problem('search-entry');
  return undefined;
}

/** The words the person named for searches. */
export function searchesRepo(options: RepoOptions = {}) {
  const repo = createRepo('searches', checkSearchWord, options);
  return {
    ...repo,
    /** Quiets these words' check-ins until `until`; words gone meanwhile, and ids of no word (a site's), are passed over. */
    async quiet(ids: readonly string[], until: number): Promise<void> {
      const stored = new Set((await repo.list()).map((entry) => entry.id));
      for (const id of ids) if (stored.has(id)) await repo.update(id, { quietUntil: until });
    },
    /** The words, oldest first. */
    async list(): Promise<SearchWord[]> {
      return (await repo.list()).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
    },
  };
}
