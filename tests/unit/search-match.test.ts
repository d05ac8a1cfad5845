import { describe, expect, it } from 'vitest';
import type { SearchWord, TriggerSite } from '@/utils/db/schema';
import { decideFromState, deriveGuardState, withQuiet } from '@/utils/guard/state';
import { type EngineId, engineMatches, SEARCH_ENGINES, searchQuery } from '@/utils/search/engines';
import { createSearchMatcher, entryKeys, type SearchRule } from '@/utils/search/match';
import { decideWarning } from '@/utils/triggers/decide';

const SALT = '0123456789abcdef0123456789abcdef';
const OFF = { on: false, firmer: false };

function word(text: string, over: Partial<SearchWord> = {}, salt = SALT): SearchWord {
  const plurals = over.plurals ?? false;
  const { keys, words } = entryKeys(text, plurals, salt);
  return {
    id: text,
    createdAt: 1,
    updatedAt: 1,
    word: text,
    plurals,
    level: 'gentle',
    when: 'always',
    salt,
    keys,
    span: words,
    ...over,
  };
}

const rules = (words: SearchWord[]): SearchRule[] =>
  words.map(({ id, level, when, salt, keys }) => ({ id, level, when, salt, keys }));
const matcher = (words: SearchWord[], engines: readonly EngineId[] = ['google', 'duckduckgo', 'yahoo', 'startpage']) =>
  createSearchMatcher({ engines: [...engines], rules: rules(words), longest: Math.max(...words.map((w) => w.span)) });

describe('the engines: each reads its own query from its result address', () => {
  it.each([
    ['google', 'https://www.google.com/search?q=elm+street&hl=en', 'elm street'],
    ['bing', 'https://www.bing.com/search?q=elm%20street&form=QBLH', 'elm street'],
    ['duckduckgo', 'https://duckduckgo.com/?q=elm+street&ia=web', 'elm street'],
    ['brave', 'https://search.brave.com/search?q=elm+street', 'elm street'],
    ['ecosia', 'https://www.ecosia.org/search?method=index&q=elm+street', 'elm street'],
    ['startpage', 'https://www.startpage.com/sp/search?query=elm+street', 'elm street'],
    ['yahoo', 'https://search.yahoo.com/search?p=elm+street&fr=yfp', 'elm street'],
  ] as const)('%s', (id, url, query) => {
    expect(searchQuery(url, [id])?.query).toBe(query);
    const others = SEARCH_ENGINES.map((engine) => engine.id).filter((other) => other !== id);
    expect(searchQuery(url, others), 'another engine’s address is not this one’s').toBeUndefined();
  });

  it.each([
    'https://www.google.com/maps?q=elm+street',
    'https://www.google.com/search',
    'https://duckduckgo.com/about?q=elm',
    'https://mail.google.com/search?q=elm',
    'not an address',
  ])('no query read from %s', (url) => {
    expect(searchQuery(url, ['google', 'duckduckgo'])).toBeUndefined();
  });

  it('registers for result addresses only, never a whole host', () => {
    for (const engine of SEARCH_ENGINES) {
      for (const pattern of engineMatches(engine)) {
        expect(pattern.startsWith(`*://${engine.host}/`)).toBe(true);
        expect(pattern.endsWith(`${engine.host}/*`), pattern).toBe(false);
      }
    }
  });
});

describe('matching a search against the named words', () => {
  const named = [word('Elm Street'), word('Camión', { plurals: true }), word('heroin'), word('İstanbul')];
  it.each([
    ['a named word', 'https://www.google.com/search?q=where+is+heroin+cheap', ['heroin']],
    ['in capitals and full width', 'https://www.google.com/search?q=ＨＥＲＯＩＮ', ['heroin']],
    ['a phrase', 'https://duckduckgo.com/?q=bar+on+elm+street', ['Elm Street']],
    ['a phrase with other punctuation', 'https://duckduckgo.com/?q=elm-street%3F', ['Elm Street']],
    ['a plural, accents folded', 'https://search.yahoo.com/search?p=camiones+usados', ['Camión']],
    ['Turkish dotted İ as plain I', 'https://www.google.com/search?q=ISTANBUL+hotels', ['İstanbul']],
    ['two words at once', 'https://www.google.com/search?q=heroin+elm+street', ['Elm Street', 'heroin']],
    ['part of a word is not the word', 'https://www.google.com/search?q=heroines+elmstreet', []],
    ['a plural the person did not ask for', 'https://www.google.com/search?q=heroins', []],
    ['the phrase split apart', 'https://www.google.com/search?q=elm+and+street', []],
    ['an engine not turned on', 'https://www.bing.com/search?q=heroin', []],
    ['no query', 'https://www.google.com/search?tbm=isch', []],
  ])('%s', (_name, url, expected) => {
    expect(
      matcher(named)
        .matchAll(url)
        .map((rule) => rule.id)
        .sort(),
    ).toEqual([...expected].sort());
  });

  it('words with another salt (brought back from a copy) still match', () => {
    const other = word('fentanyl', {}, 'ffffffffffffffffffffffffffffffff');
    expect(matcher([...named, other]).matchAll('https://www.google.com/search?q=fentanyl')[0]?.id).toBe('fentanyl');
  });
});

describe('one decision for sites and searches', () => {
  const google: TriggerSite = {
    id: 'google-site',
    createdAt: 1,
    updatedAt: 1,
    host: 'google.com',
    scope: 'site',
    level: 'gentle',
    when: 'always',
  };
  const settings = { pauseSeconds: 10, quietMinutes: 15, searchEngines: ['google' as const] };

  it('the firmest of a site and a search word wins, and both are covered by continue', () => {
    const state = deriveGuardState([google], OFF, settings, [word('heroin', { level: 'firm' })]);
    const decision = decideFromState(state, 'https://www.google.com/search?q=heroin', 1_000);
    expect(decision?.level).toBe('firm');
    expect(decision?.rule.id).toBe('heroin');
    expect(decision?.covering.map((rule) => rule.id).sort()).toEqual(['google-site', 'heroin']);
  });

  it.each([
    ['always, no hard time', { when: 'always' as const }, OFF, 'gentle'],
    ['hard times only, no hard time', { when: 'hard-times' as const }, OFF, undefined],
    ['hard times only, in one', { when: 'hard-times' as const }, { on: true, firmer: false }, 'gentle'],
    ['one firmer in a hard time', { level: 'pause' as const }, { on: true, firmer: true }, 'firm'],
    ['quiet after continue', { quietUntil: 5_000 }, OFF, undefined],
  ])('levels, hard times and quiet as for sites: %s', (_name, over, hardTime, level) => {
    const state = deriveGuardState([], hardTime, settings, [word('heroin', over)]);
    expect(decideFromState(state, 'https://www.google.com/search?q=heroin', 1_000)?.level).toBe(level);
  });

  it('the guard’s own quiet times quiet a search word too, never a firm one', () => {
    const state = deriveGuardState([], OFF, settings, [word('heroin'), word('fentanyl', { level: 'firm' })]);
    const quiet = withQuiet(state, { heroin: 9_000, fentanyl: 9_000 }, 1_000);
    expect(decideFromState(quiet, 'https://www.google.com/search?q=heroin', 1_000)).toBeUndefined();
    expect(decideFromState(quiet, 'https://www.google.com/search?q=fentanyl', 1_000)?.level).toBe('firm');
  });

  it('“keep my sites firm until morning” holds a search word too: firm, though quieted, until the time', () => {
    const state = deriveGuardState([], { ...OFF, firmUntil: 5_000 }, settings, [word('heroin')]);
    const quiet = { heroin: 9_000 };
    // As the guard decides: its quiet times applied at each decision's own now.
    const at = (now: number) =>
      decideFromState(withQuiet(state, quiet, now), 'https://www.google.com/search?q=heroin', now);
    expect(at(1_000)?.level).toBe('firm');
    expect(at(5_000), 'at the time, its own quiet again').toBeUndefined();
  });

  it('the background decides the same from the database’s records', () => {
    const words = [word('heroin', { level: 'pause' })];
    const state = deriveGuardState([], OFF, settings, words);
    const url = 'https://www.google.com/search?q=heroin';
    const fromRecords = decideWarning([], url, 1_000, OFF, undefined, matcher(words, ['google']));
    expect(fromRecords?.level).toBe(decideFromState(state, url, 1_000)?.level);
  });

  it('the guard’s copy holds no named word, only keyed hashes; none without an engine or a word', () => {
    const state = deriveGuardState([], OFF, settings, [
      word('Elm Street', { id: 'a' }),
      word('Camión', { id: 'b', plurals: true }),
    ]);
    const stored = JSON.stringify(state).toLowerCase();
    for (const clear of ['elm', 'street', 'camion', 'camión']) expect(stored).not.toContain(clear);
    expect(state.search?.rules).toHaveLength(2);
    expect(deriveGuardState([], OFF, { ...settings, searchEngines: [] }, [word('x')]).search).toBeUndefined();
    expect(deriveGuardState([], OFF, settings, []).search).toBeUndefined();
  });
});
