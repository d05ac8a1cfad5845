/**
 * The search engines Steady can check in on, in one table: where each shows its results and which
 * parameter of that address holds the query.
 *
 * Source: Chromium's list of search engines (components/search_engines/prepopulated_engines.json,
 * the `search_url` of google, bing, duckduckgo, brave, ecosia and yahoo: `…/search?q=`, DuckDuckGo's
 * `https://duckduckgo.com/?q=`, Yahoo's `https://search.yahoo.com/search?p=`); Startpage is not in
 * it: its results are at `/sp/search` with `query` (its own form) or `q` (links to it).
 *
 * `paths` are the result pages' exact paths; `matches` the match patterns the guard is registered
 * for, the narrowest that hold them (never the whole host). DuckDuckGo shows results at `/` with
 * `?q=`: its patterns are the path `/` alone and `/?*` (browsers differ on whether a pattern's path
 * also sees the query; between them, the two cover `/` with any query and nothing else of the host).
 */
import type { EngineId } from './engine-ids';

export { ENGINE_IDS, type EngineId, isEngineId } from './engine-ids';

export const SEARCH_ENGINES = [
  { id: 'google', name: 'Google', host: 'www.google.com', paths: ['/search'], matches: ['/search*'], params: ['q'] },
  { id: 'bing', name: 'Bing', host: 'www.bing.com', paths: ['/search'], matches: ['/search*'], params: ['q'] },
  { id: 'duckduckgo', name: 'DuckDuckGo', host: 'duckduckgo.com', paths: ['/'], matches: ['/', '/?*'], params: ['q'] },
  {
    id: 'brave',
    name: 'Brave Search',
    host: 'search.brave.com',
    paths: ['/search'],
    matches: ['/search*'],
    params: ['q'],
  },
  { id: 'ecosia', name: 'Ecosia', host: 'www.ecosia.org', paths: ['/search'], matches: ['/search*'], params: ['q'] },
  {
    id: 'startpage',
    name: 'Startpage',
    host: 'www.startpage.com',
    paths: ['/sp/search', '/do/dsearch'],
    matches: ['/sp/search*', '/do/dsearch*'],
    params: ['query', 'q'],
  },
  { id: 'yahoo', name: 'Yahoo', host: 'search.yahoo.com', paths: ['/search'], matches: ['/search*'], params: ['p'] },
] as const;

export type SearchEngine = (typeof SEARCH_ENGINES)[number];

// The table and the ids name the same engines (a compile-time check).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type _Ids = Same<SearchEngine['id'], EngineId> extends true ? true : never;
export const ENGINES_MATCH_IDS: _Ids = true;

/** An engine by its id. */
export const engineById = (id: EngineId): SearchEngine =>
  SEARCH_ENGINES.find((engine) => engine.id === id) as SearchEngine;

/** The host access an engine needs (asked in the click that turns it on), as the browser's origins. */
export const engineOrigins = (engine: SearchEngine): string[] => [`*://${engine.host}/*`];

/** The match patterns the guard is registered for on an engine: its result addresses only. */
export const engineMatches = (engine: SearchEngine): string[] =>
  engine.matches.map((path) => `*://${engine.host}${path}`);

/**
 * The query of a result address of one of `engines` (as the person typed it, decoded), or
 * undefined when `url` is no engine's result page or holds no query.
 */
export function searchQuery(
  url: string,
  engines: readonly EngineId[],
): { engine: SearchEngine; query: string } | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  for (const id of engines) {
    const engine = engineById(id);
    if (!engine || engine.host !== parsed.hostname || !(engine.paths as readonly string[]).includes(parsed.pathname))
      continue;
    for (const param of engine.params) {
      const query = parsed.searchParams.get(param);
      if (query) return { engine, query };
    }
  }
  return undefined;
}
