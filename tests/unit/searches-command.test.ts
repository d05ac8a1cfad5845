import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { enforce } from '@/utils/background/enforce';
import { GUARD_SCRIPT_ID } from '@/utils/background/registration';
import { chooseOnWarning, openWarning } from '@/utils/background/warning';
import { BACKUP_APP, BACKUP_FORMAT } from '@/utils/backup/format';
import { importData } from '@/utils/commands/data';
import { lockNow, setPasscode, unlock } from '@/utils/commands/lock';
import type { Done } from '@/utils/commands/run';
import {
  addSearchWord,
  changeSearchWord,
  listSearches,
  removeSearchWord,
  setSearchEngine,
} from '@/utils/commands/searches';
import { flagSites, removeSite } from '@/utils/commands/sites';
import { eventsRepo } from '@/utils/db/events';
import { DB_VERSION, openSteadyDb } from '@/utils/db/open';
import { SEARCH_TRIGGER, STORE_NAMES, type TriggerSite, type WarningChoice } from '@/utils/db/schema';
import { searchesRepo } from '@/utils/db/searches';
import { settingsRepo } from '@/utils/db/settings';
import { urgesRepo } from '@/utils/db/urges';
import { decideFromState, type GuardState } from '@/utils/guard/state';
import { changeChoices } from '@/utils/history/warnings';
import { suggestSites } from '@/utils/insights/site-suggestions';
import { createSiteWarnings, SEARCH_ROW } from '@/utils/insights/site-warnings';
import { entryKeys } from '@/utils/search/match';
import { STORAGE } from '@/utils/storage-keys';
import { createLocalClock } from '@/utils/time/clock';
import { type FakeExtensionState, installFakePermissionsAndScripting } from '../fakes';

/** The value of a command that must have worked. */
async function saved<T>(done: Promise<Done<T>>): Promise<T> {
  const result = await done;
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problem)}`);
  return result.value;
}

let ext: FakeExtensionState;
beforeEach(() => {
  ext = installFakePermissionsAndScripting([]);
});

const guardState = async () =>
  (await fakeBrowser.storage.local.get(STORAGE.guard.key))[STORAGE.guard.key] as GuardState;

const add = (word: string, plurals = false) => addSearchWord(word, plurals);

describe('naming a word for searches', () => {
  it('stores the word with its keys under the install’s salt, made once', async () => {
    const done = await add('Elm Street', true);
    expect(done.ok).toBe(true);
    const settings = await settingsRepo().get();
    expect(settings.searchSalt).toMatch(/^[0-9a-f]{32}$/);
    await add('heroin');
    const { words } = await listSearches();
    expect(words.map((w) => [w.word, w.plurals, w.level, w.when, w.span])).toEqual([
      ['Elm Street', true, 'gentle', 'always', 2],
      ['heroin', false, 'gentle', 'always', 1],
    ]);
    expect(words.every((w) => w.salt === settings.searchSalt)).toBe(true);
    expect((await settingsRepo().get()).searchSalt, 'the salt is made once').toBe(settings.searchSalt);
  });

  it.each([
    ['nothing', '   ', 'search-empty'],
    ['punctuation only', '?! …', 'search-empty'],
    ['too many words', 'one two three four five six seven', 'search-long'],
    ['too long', 'a'.repeat(101), 'search-long'],
  ])('refuses %s with a clear problem and stores nothing', async (_name, text, code) => {
    const done = await add(text);
    expect(done).toMatchObject({ ok: false, problem: { code } });
    expect((await listSearches()).words).toEqual([]);
  });

  it('refuses the same word again, whatever its case, accents or width', async () => {
    await add('Camión');
    for (const again of ['camion', 'CAMIÓN', 'ｃａｍｉｏｎ']) {
      expect(await add(again)).toMatchObject({ ok: false, problem: { code: 'search-duplicate' } });
    }
    expect((await listSearches()).words).toHaveLength(1);
  });

  it('two quick adds of one word: one lands, the other is refused (checked in the write’s transaction)', async () => {
    const results = await Promise.all([
      addSearchWord('Elm Street', false),
      addSearchWord('elm street', false),
      addSearchWord('ELM STREET', true),
    ]);
    expect(results.filter((done) => done.ok)).toHaveLength(1);
    expect(results.filter((done) => !done.ok).map((done) => !done.ok && done.problem.code)).toEqual([
      'search-duplicate',
      'search-duplicate',
    ]);
    expect((await listSearches()).words).toHaveLength(1);
  });

  it('a copy from another install adds a word the device names only if it is new, whatever the salt', async () => {
    await add('Camión', true);
    const other = '0123456789abcdef0123456789abcdef';
    const entry = (id: string, word: string) => ({
      id,
      word,
      plurals: true,
      level: 'firm',
      when: 'always',
      salt: other,
      ...(({ keys, words }) => ({ keys, span: words }))(entryKeys(word, true, other)),
      createdAt: 1_780_000_000_000,
      updatedAt: 1_780_000_000_000,
    });
    const text = JSON.stringify({
      app: BACKUP_APP,
      format: BACKUP_FORMAT,
      dbVersion: DB_VERSION,
      exportedAt: 1_780_000_000_000,
      stores: {
        ...Object.fromEntries(STORE_NAMES.map((store) => [store, []])),
        searches: [entry('w1', 'CAMION'), entry('w2', 'Elm Street')],
      },
    });
    const done = await importData(text, 'add');
    expect(done.ok && done.value.searches).toEqual({ added: 1, kept: 1 });
    expect((await listSearches()).words.map((word) => word.word).sort()).toEqual(['Camión', 'Elm Street']);
  });

  it('changes the level and plurals (its keys made again), and removes it', async () => {
    const done = await add('leaf');
    if (!done.ok) throw new Error('not added');
    const firm = await changeSearchWord(done.value, { level: 'firm', plurals: true });
    if (!firm.ok) throw new Error('not changed');
    expect(firm.value.level).toBe('firm');
    expect(firm.value.keys.length).toBeGreaterThan(done.value.keys.length);
    await removeSearchWord(firm.value);
    expect((await listSearches()).words).toEqual([]);
  });
});

describe('the engines and what the background derives', () => {
  it('turning an engine on asks for its host in the click; the guard then runs on its results address only', async () => {
    await add('Elm Street', true);
    const started = setSearchEngine('google', true, []);
    expect(await started.granted).toBe(true);
    expect((await started.saved).ok).toBe(true);
    expect(ext.granted.has('*://www.google.com/*')).toBe(true);
    await enforce();
    expect(ext.scripts.get(GUARD_SCRIPT_ID)?.matches).toEqual(['*://www.google.com/search*']);
    const state = await guardState();
    expect(JSON.stringify(state).toLowerCase()).not.toContain('elm');
    expect(decideFromState(state, 'https://www.google.com/search?q=elm+streets+near+me', 1)?.level).toBe('gentle');
    expect(decideFromState(state, 'https://www.google.com/search?q=elmstreet', 1)).toBeUndefined();
  });

  it('an engine without access, or with no word named, registers nothing', async () => {
    await settingsRepo().update({ searchEngines: ['bing'] });
    await enforce();
    expect(ext.scripts.get(GUARD_SCRIPT_ID)).toBeUndefined();
    await add('heroin');
    await enforce();
    expect(ext.scripts.get(GUARD_SCRIPT_ID), 'Bing was never given access').toBeUndefined();
    expect((await guardState()).search?.engines).toEqual(['bing']);
  });

  it('turning an engine off gives its host back unless a trigger site needs it', async () => {
    await add('heroin');
    await setSearchEngine('google', true, []).saved;
    const flagged = flagSites([{ host: 'www.google.com', scope: 'host' }], []);
    if (!flagged.ok) throw new Error('not flagged');
    const [site] = await saved(flagged.saved);
    const off = setSearchEngine('google', false, ['google']);
    expect((await off.saved).ok).toBe(true);
    expect(ext.granted.has('*://www.google.com/*'), 'kept for a site').toBe(true);
    expect((await removeSite(site as TriggerSite)).ok).toBe(true);
    expect(ext.granted.has('*://www.google.com/*'), 'given back with the site').toBe(false);
    expect((await settingsRepo().get()).searchEngines).toEqual([]);
    await enforce();
    expect(ext.scripts.get(GUARD_SCRIPT_ID)).toBeUndefined();
  });

  it('taking off a trigger site that shares a host with an engine keeps the engine’s access, until both are gone', async () => {
    await add('heroin');
    await setSearchEngine('google', true, []).saved;
    // google.com and every subdomain: the wider grant holds www.google.com, which Google needs.
    const flagged = flagSites([{ host: 'google.com', scope: 'site' }], []);
    if (!flagged.ok) throw new Error('not flagged');
    const [site] = await saved(flagged.saved);
    expect([...ext.granted].sort()).toEqual(['*://*.google.com/*', '*://google.com/*', '*://www.google.com/*']);
    expect((await removeSite(site as TriggerSite)).ok).toBe(true);
    expect([...ext.granted].sort(), 'google.com itself goes; what covers the engine stays').toEqual([
      '*://*.google.com/*',
      '*://www.google.com/*',
    ]);
    await enforce();
    expect(ext.scripts.get(GUARD_SCRIPT_ID)?.matches).toContain('*://www.google.com/search*');
    expect((await setSearchEngine('google', false, ['google']).saved).ok).toBe(true);
    expect([...ext.granted], 'nothing needs google.com any more').toEqual([]);
  });

  it('a continue quiets the search word in the database', async () => {
    await add('heroin');
    const [entry] = (await listSearches()).words;
    await searchesRepo().quiet([entry?.id ?? '', 'not-a-word'], 5_000_000_000_000);
    expect((await listSearches()).words[0]?.quietUntil).toBe(5_000_000_000_000);
  });
});

describe('a check-in on a search, in the background', () => {
  const NOW = 1_780_000_000_000;
  const SEARCH = 'https://www.google.com/search?q=heroin+near+me';

  it('is recorded against the engine’s host, never the word or the query; continue quiets the word; an urge names “a search”', async () => {
    await settingsRepo().update({ recordPaths: true });
    await add('heroin');
    await setSearchEngine('google', true, []).saved;
    const view = await openWarning(SEARCH, NOW, 'UTC');
    expect(view).toMatchObject({ found: true, level: 'gentle' });
    await chooseOnWarning({ type: 'warning-choice', url: SEARCH, choice: 'log-urge' }, NOW + 1, 'UTC', enforce);
    await chooseOnWarning({ type: 'warning-choice', url: SEARCH, choice: 'continue' }, NOW + 2, 'UTC', enforce);
    const events = await eventsRepo().list();
    expect(events.map((e) => [e.choice, e.host, e.path])).toEqual(
      expect.arrayContaining([
        ['shown', 'www.google.com', '/search'],
        ['log-urge', 'www.google.com', '/search'],
        ['continue', 'www.google.com', '/search'],
      ]),
    );
    expect(JSON.stringify(events)).not.toContain('heroin');
    expect((await urgesRepo().list())[0]?.triggers).toEqual([SEARCH_TRIGGER]);
    expect(events.every((e) => e.kind === 'search')).toBe(true);
    expect((await listSearches()).words[0]?.quietUntil).toBeGreaterThan(NOW);
    expect((await openWarning(SEARCH, NOW + 3, 'UTC')).found, 'quiet after continue').toBe(false);
  });
});

describe('insights count searches as one more kind of trigger', () => {
  const clock = createLocalClock('UTC');
  const event = (siteId: string, host: string, choice: WarningChoice, kind?: 'search') => ({
    at: 1_780_000_000_000,
    siteId,
    host,
    choice,
    ...(kind ? { kind } : {}),
  });

  it('every search check-in, whatever its word or engine, is one row; sites keep theirs', () => {
    const counts = createSiteWarnings(clock);
    counts.add(event('word-a', 'www.google.com', 'shown', 'search'));
    counts.add(event('word-b', 'duckduckgo.com', 'shown', 'search'));
    counts.add(event('word-b', 'duckduckgo.com', 'leave', 'search'));
    counts.add(event('site-1', 'example.org', 'shown'));
    const rows = counts.result().sites.map((row) => [row.siteId, row.search ?? false, row.host, row.shown]);
    expect(rows).toEqual([
      [SEARCH_ROW, true, '', 2],
      ['site-1', false, 'example.org', 1],
    ]);
  });

  it('a search’s engine is never suggested as a trigger site, however often it comes up', () => {
    const events = Array.from({ length: 30 }, (_, i) => ({
      ...event('word-a', 'www.google.com', 'shown', 'search'),
      at: 1_780_000_000_000 - i * 3_600_000,
    }));
    const urges = [{ at: 1_780_000_000_000, siteId: 'word-a', triggers: [SEARCH_TRIGGER] }];
    expect(suggestSites(urges, events, [], 1_780_000_000_000, 'UTC')).toEqual([]);
    // The same check-ins on a site no longer on the list do suggest it: the test can tell.
    const asSite = events.map(({ kind: _kind, ...rest }) => rest);
    expect(JSON.stringify(suggestSites([], asSite, [], 1_780_000_000_000, 'UTC'))).toContain('www.google.com');
  });
});

describe('the words at rest, under a passcode', () => {
  it('are sealed when a passcode is set; while locked the guard still checks in from their keys', async () => {
    await add('Elm Street');
    await setSearchEngine('google', true, []).saved;
    const raw = async () => {
      const db = await openSteadyDb();
      const all = await db.getAll('searches');
      db.close();
      return JSON.stringify(all, (_key, value) =>
        ArrayBuffer.isView(value) ? new TextDecoder().decode(value as Uint8Array) : value,
      );
    };
    expect(await raw(), 'in the clear without a passcode').toContain('Elm Street');
    expect((await setPasscode('river stones', 'river stones', 5)).ok).toBe(true);
    expect(await raw()).not.toContain('Elm Street');
    await lockNow();
    await enforce();
    const state = await guardState();
    expect(JSON.stringify(state)).not.toContain('Elm');
    expect(decideFromState(state, 'https://www.google.com/search?q=elm+street', 1)?.level).toBe('gentle');
    expect((await listSearches()).words[0]?.word, 'left out of every read while locked').toBeUndefined();
    expect((await unlock('river stones')).ok).toBe(true);
    expect((await listSearches()).words[0]?.word).toBe('Elm Street');
  });
});

describe('the history of a search’s check-in', () => {
  it('a choice added to it later stays a search’s (never a site’s, which insights would suggest)', () => {
    const shown = {
      id: 'e1',
      at: 1_780_000_000_000,
      siteId: 'word-a',
      host: 'www.google.com',
      choice: 'shown' as const,
      kind: 'search' as const,
      createdAt: 1,
      updatedAt: 1,
    };
    const change = changeChoices({ events: [shown] }, ['leave'], 2, () => 'e2');
    expect(change?.into).toEqual([expect.objectContaining({ choice: 'leave', kind: 'search', siteId: 'word-a' })]);
  });
});
