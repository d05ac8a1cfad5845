import type { SearchWord, Settings } from '@/utils/db/schema';
import { MAX_SEARCH_LENGTH, searchesRepo } from '@/utils/db/searches';
import { settingsRepo } from '@/utils/db/settings';
import { InvalidRecordError } from '@/utils/db/validate';
import { hasOrigins, requestOrigins } from '@/utils/permissions';
import { problem } from '@/utils/problems';
import { type EngineId, engineById, engineOrigins, SEARCH_ENGINES } from '@/utils/search/engines';
import { foldedWords, MAX_ENTRY_WORDS } from '@/utils/search/fold';
import { newSalt } from '@/utils/search/keyed-hash';
import { entryKeys, sameWord } from '@/utils/search/match';
import { giveBack } from './access';
import { attempt, type Done, tellBackground } from './run';

/** The words named for searches (oldest first) and the engines turned on. */
export async function listSearches(): Promise<{ words: SearchWord[]; engines: EngineId[] }> {
  const [words, settings] = await Promise.all([searchesRepo().list(), settingsRepo().get()]);
  return { words, engines: settings.searchEngines ?? [] };
}

/** This install's salt, made the first time a word is named. */
async function installSalt(settings: Settings): Promise<string> {
  if (settings.searchSalt) return settings.searchSalt;
  const salt = newSalt();
  await settingsRepo().update({ searchSalt: salt });
  return salt;
}

/**
 * Names a word (or a few) for searches: checked (some letters or digits, at most MAX_ENTRY_WORDS
 * words and MAX_SEARCH_LENGTH characters, not named already), stored with the keyed hashes of its
 * folded forms, and the background told once.
 */
export function addSearchWord(text: string, plurals: boolean): Promise<Done<SearchWord>> {
  return attempt(async () => {
    const word = text.trim();
    const words = foldedWords(word);
    if (words.length === 0) throw new InvalidRecordError('searches', problem('search-empty'));
    if (words.length > MAX_ENTRY_WORDS || word.length > MAX_SEARCH_LENGTH) {
      throw new InvalidRecordError('searches', problem('search-long', MAX_ENTRY_WORDS, MAX_SEARCH_LENGTH));
    }
    const salt = await installSalt(await settingsRepo().get());
    const { keys, words: span } = entryKeys(word, plurals, salt);
    // The same word folded (whatever its case, accents or width) is the same entry: checked in the
    // write's own transaction, so two quick adds of one word cannot both land.
    const added = await searchesRepo().put(
      { word, plurals, level: 'gentle', when: 'always', salt, keys, span },
      (stored) => {
        if (stored.some((entry) => sameWord(entry, word))) {
          throw new InvalidRecordError('searches', problem('search-duplicate'));
        }
      },
    );
    await tellBackground();
    return added;
  });
}

/** Takes a word off the list. */
export function removeSearchWord(entry: Pick<SearchWord, 'id'>): Promise<Done> {
  return attempt(async () => {
    await searchesRepo().remove(entry.id);
    await tellBackground();
  });
}

/** Changes how a word is handled: its level, when it applies, or whether its plurals count (its keys made again). */
export function changeSearchWord(
  entry: SearchWord,
  changes: Partial<Pick<SearchWord, 'level' | 'when' | 'plurals'>>,
): Promise<Done<SearchWord>> {
  return attempt(async () => {
    const rekeyed =
      changes.plurals !== undefined && changes.plurals !== entry.plurals
        ? (({ keys, words }) => ({ keys, span: words }))(entryKeys(entry.word, changes.plurals, entry.salt))
        : {};
    const updated = await searchesRepo().update(entry.id, { ...changes, ...rekeyed });
    await tellBackground();
    return updated;
  });
}

export type EngineStarted = {
  /** The browser's answer to the request for the engine's host (turning on only). */
  granted: Promise<boolean>;
  saved: Promise<Done<EngineId[]>>;
};

/**
 * Turns an engine on or off. Call it synchronously in the person's click: turning on asks the
 * browser for the engine's host before anything is awaited; turning off gives the host back
 * unless a trigger site still needs it.
 */
export function setSearchEngine(id: EngineId, on: boolean, engines: readonly EngineId[]): EngineStarted {
  const engine = engineById(id);
  const granted = on ? requestOrigins(engineOrigins(engine)) : Promise.resolve(false);
  const next = on ? [...new Set([...engines, id])] : engines.filter((other) => other !== id);
  const saved = attempt(async () => {
    await settingsRepo().update({ searchEngines: next });
    if (!on) await giveBack(engineOrigins(engine));
    await tellBackground();
    return next;
  });
  return { granted, saved };
}

/** Whether the browser gives Steady each engine's host, by id (the browser's fact, asked now). */
export async function engineAccess(): Promise<Record<string, boolean>> {
  return Object.fromEntries(
    await Promise.all(
      SEARCH_ENGINES.map(async (engine) => [engine.id, await hasOrigins(engineOrigins(engine))] as const),
    ),
  );
}

/** Asks for an engine's access again (call it in the person's click). */
export const allowEngine = (id: EngineId): Promise<boolean> => requestOrigins(engineOrigins(engineById(id)));
