import { afterEach, describe, expect, it } from 'vitest';
import { type Locale, type MessageKey, t, words } from '../i18n';
import { type Driver, startDriver } from './driver';
import { COVER_PROBE, FIND_COVER, GRANTED_TEST_HOSTS, inWorker, registeredMatches } from './harness';

/**
 * Searches as triggers, in Chromium and in Firefox alike (through driver.ts): a word named in the
 * Searches section, Google turned on, a search that holds the word checked in on before its results
 * show, one that does not left alone. The results page is a fake one at Google's own results
 * address (www.google.com/search, served by the local test server; www.google.com is not on the
 * browsers' HTTPS preload lists, so it loads over http there).
 */
let driver: Driver | undefined;
afterEach(async () => {
  await driver?.close();
  driver = undefined;
});

/** The test build granted Google too, as a person's click on its switch would. */
const GRANT = [...GRANTED_TEST_HOSTS, '*://www.google.com/*'];

/** A results page whose first body script notes whether Steady's cover was already there (COVER_PROBE). */
const RESULTS = COVER_PROBE.replace('Flagged content', 'Results');

/** Names a word (its plurals too, as the field starts) and turns Google on, as a person does. */
async function nameWordAndTurnOnGoogle(d: Driver, word: string, language: Locale = 'en') {
  const say = (key: MessageKey, ...args: Array<Array<string | number>>) => words(language, key, ...args);
  const options = await d.options('searches');
  await options.fill('textbox', say('searches.inputLabel'), word);
  await options.click('button', say('searches.add'));
  await options.waitForStatus(say('searches.added', [word]));
  await options.click('switch', say('searches.engineLabel', ['Google']));
  await options.waitForStatus(say('searches.engineOn', ['Google']));
  return options;
}

/**
 * The searches each run makes: in English, two words in capitals with a plus for the space; in
 * Spanish, a word with an accent, searched in its plural without it. Each with a query holding the
 * word only inside another word.
 */
const RUNS = [
  { browser: 'chromium', language: 'en', word: 'Elm Street', hit: 'bar+on+ELM+street&hl=en', inside: 'elmstreet+cafe' },
  { browser: 'firefox', language: 'en', word: 'Elm Street', hit: 'bar+on+ELM+street&hl=en', inside: 'elmstreet+cafe' },
  { browser: 'chromium', language: 'es', word: 'Camión', hit: 'CAMIONES+baratos&hl=es', inside: 'camionero+cerca' },
] as const;

describe.each(RUNS)('in $browser, in $language', ({ browser, language, word, hit, inside }) => {
  it('a search with a named word is checked in on before its results show; one without is left alone', async () => {
    const say = (key: MessageKey) => words(language, key);
    driver = await startDriver(browser, language, GRANT);
    driver.web.page('/search', RESULTS);
    await nameWordAndTurnOnGoogle(driver, word, language);

    // Other words around it, other capitals, a plural: still the named word.
    const tab = await driver.visit('www.google.com', `/search?q=${hit}`);
    const checkIn = await tab.checkIn();
    expect(await tab.title(), 'the cover was there before the results page’s first script').toBe('covered');
    await checkIn.seeText(say('warning.searchHeading'));
    await checkIn.find('button', say('warning.leaveSearch'));
    await checkIn.click('button', say('warning.continueSearch'));
    await tab.waitUncovered();

    // A search without the words: the guard checks it and lifts its cover; no check-in is loaded.
    const plain = await driver.visit('www.google.com', '/search?q=weather+tomorrow');
    expect(await plain.host()).toBe('www.google.com');
    await plain.waitUncovered();
    expect(await plain.covered()).toBe(false);
    // Part of a word is not the word.
    const partial = await driver.visit('www.google.com', `/search?q=${inside}`);
    await partial.waitUncovered();
    expect(await partial.covered()).toBe(false);
  });
});

describe('in chromium, what Steady keeps and where it runs', () => {
  it('storage.local holds no named word in the clear; the guard is registered for the results address only', async () => {
    driver = await startDriver('chromium', 'en', GRANT);
    await nameWordAndTurnOnGoogle(driver, 'Elm Street');
    const session = driver.chromium;
    if (!session) throw new Error('the Chromium driver gives its session');
    await expect.poll(() => registeredMatches(session)).toContain('*://www.google.com/search*');
    expect(await registeredMatches(session)).not.toContain('*://www.google.com/*');
    type Api = { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } };
    const stored = JSON.stringify(
      await inWorker(session, () => (globalThis as unknown as { chrome: Api }).chrome.storage.local.get(null)),
    );
    expect(stored, 'the guard’s copy is there, with the word’s keys').toContain('"keys"');
    expect(stored.toLowerCase()).not.toContain('elm');
    expect(stored.toLowerCase()).not.toContain('street');
    // And a results page does not learn it either: nothing of Steady's is left on a search without it.
    driver.web.page('/search', RESULTS);
    const tab = await driver.visit('www.google.com', '/search?q=weather');
    await tab.waitUncovered();
    const page = session.context.pages().find((p) => p.url().includes('q=weather'));
    expect(
      await page?.evaluate(
        `Boolean(${FIND_COVER}) || document.documentElement.outerHTML.toLowerCase().includes('elm')`,
      ),
    ).toBe(false);
  });
});

describe('in firefox, DuckDuckGo’s results at /?q=', () => {
  // duckduckgo.com loads over http in Firefox here (Chromium upgrades it to https, which the test
  // server does not serve): its two patterns, `/` and `/?*`, reach its results address.
  it('a search there with a named word is checked in on; its other pages are not', async () => {
    driver = await startDriver('firefox', 'en', [...GRANT, '*://duckduckgo.com/*']);
    driver.web.page('/', RESULTS);
    const options = await nameWordAndTurnOnGoogle(driver, 'heroin');
    await options.click('switch', t('searches.engineLabel', ['DuckDuckGo']));
    await options.waitForStatus(t('searches.engineOn', ['DuckDuckGo']));
    const tab = await driver.visit('duckduckgo.com', '/?q=Heroin+prices&ia=web');
    const checkIn = await tab.checkIn();
    expect(await tab.title()).toBe('covered');
    await checkIn.seeText(t('warning.searchHeading'));
    const about = await driver.visit('duckduckgo.com', '/about?q=heroin');
    expect(await about.host()).toBe('duckduckgo.com');
    expect(await about.covered(), 'no guard runs outside the results address').toBe(false);
  });
});
