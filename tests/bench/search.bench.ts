/**
 * Searches as triggers.
 *
 * `search.decide_ns`: the guard's decision (decideFromState, the function the guard calls) for a
 * search address, with 200 named words (a third of them two-word phrases, half with their plurals)
 * and every engine on, in nanoseconds per address, over 10,000 generated search addresses on the
 * seven engines (one in ten holds a named word); the median of its rounds.
 *
 * `cover.before_body.search`: over 50 searches on Google's results address holding a named word,
 * the share where the results page's very first body script already found Steady's cover.
 */
import type { SearchWord } from '@/utils/db/schema';
import { decideFromState, deriveGuardState } from '@/utils/guard/state';
import { ENGINE_IDS, SEARCH_ENGINES } from '@/utils/search/engines';
import { entryKeys } from '@/utils/search/match';
import { COVER_PROBE, GRANTED_TEST_HOSTS, launch, openExtensionPage, testBuild } from '../e2e/harness';
import { t } from '../i18n';
import { requireBuild } from './browser';
import { median, note, report, reportTarget, round, seeded, timeNsPerItem } from './harness';

const WORDS = 200;
const ADDRESSES = 10_000;
const ROUNDS = 9;
const NAVIGATIONS = 50;
const SALT = '5eed5eed5eed5eed5eed5eed5eed5eed';

const random = seeded(20);
const letters = 'abcdefghijklmnopqrstuvwxyzáéíóñ';
const made = () =>
  Array.from(
    { length: 4 + Math.floor(random.next() * 6) },
    () => letters[Math.floor(random.next() * letters.length)],
  ).join('');

function namedWords(): SearchWord[] {
  return Array.from({ length: WORDS }, (_, i) => {
    const word = i % 3 === 0 ? `${made()} ${made()}` : made();
    const plurals = i % 2 === 0;
    const { keys, words } = entryKeys(word, plurals, SALT);
    return {
      id: `w${i}`,
      createdAt: 1,
      updatedAt: 1,
      word,
      plurals,
      level: 'gentle',
      when: 'always',
      salt: SALT,
      keys,
      span: words,
    };
  });
}

function addresses(words: readonly SearchWord[]): { urls: string[]; holding: number } {
  let holding = 0;
  const urls = Array.from({ length: ADDRESSES }, (_, i) => {
    const engine = SEARCH_ENGINES[i % SEARCH_ENGINES.length] as (typeof SEARCH_ENGINES)[number];
    const terms = Array.from({ length: 2 + Math.floor(random.next() * 5) }, made);
    if (i % 10 === 0) {
      terms.splice(1, 0, (words[Math.floor(random.next() * words.length)] as SearchWord).word.toUpperCase());
      holding++;
    }
    const query = new URLSearchParams({ [engine.params[0]]: terms.join(' '), hl: 'en' });
    return `https://${engine.host}${engine.paths[0]}?${query}`;
  });
  return { urls, holding };
}

function decideNs(): void {
  const words = namedWords();
  const state = deriveGuardState(
    [],
    { on: false, firmer: false },
    { pauseSeconds: 10, quietMinutes: 15, searchEngines: [...ENGINE_IDS] },
    words,
  );
  const { urls, holding } = addresses(words);
  const run = (items: readonly string[]) => {
    let hits = 0;
    for (const url of items) if (decideFromState(state, url, 1_000)) hits++;
    return hits;
  };
  const times: number[] = [];
  for (let round_ = 0; round_ < ROUNDS; round_++) {
    const { nsPerItem, checksum } = timeNsPerItem(urls, run);
    // A random made word can fall inside another query by chance; never fewer than were put there.
    if (checksum < holding) {
      note(`search: ${checksum} addresses decided to check in, but ${holding} hold a named word`);
      process.exit(1);
    }
    times.push(nsPerItem);
  }
  note(
    `search: ${holding} of ${ADDRESSES} addresses hold a named word; rounds ${times.map((t_) => round(t_, 0)).join(', ')} ns`,
  );
  report({ name: 'search.decide_ns', value: round(median(times), 0), unit: 'ns', words: WORDS });
}

async function coverBeforeBody(): Promise<void> {
  requireBuild();
  const session = await launch({ extensionDir: testBuild([...GRANTED_TEST_HOSTS, '*://www.google.com/*']) });
  try {
    session.web.page('/search', COVER_PROBE);
    const options = await openExtensionPage(session, 'options.html#searches');
    const status = (text: string) => options.getByRole('status').filter({ hasText: text }).first().waitFor();
    await options.getByRole('textbox', { name: t('searches.inputLabel'), exact: true }).fill('Elm Street');
    await options.getByRole('button', { name: t('searches.add'), exact: true }).click();
    await status(t('searches.added', ['Elm Street']));
    await options.getByRole('switch', { name: t('searches.engineLabel', ['Google']), exact: true }).click();
    await status(t('searches.engineOn', ['Google']));
    const tab = await session.context.newPage();
    let covered = 0;
    for (let i = 0; i < NAVIGATIONS; i++) {
      await tab.goto(session.web.url('www.google.com', `/search?q=elm+street+${i}`));
      if ((await tab.title()) === 'covered') covered++;
    }
    note(`search: ${covered} of ${NAVIGATIONS} searches were covered before the results page's first script ran`);
    reportTarget('cover.before_body.search', covered / NAVIGATIONS, 'share', '>=', 1);
  } finally {
    await session.close();
    await session.web.stop();
  }
}

decideNs();
await coverBeforeBody();
