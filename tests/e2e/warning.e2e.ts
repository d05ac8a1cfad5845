import { beforeEach, describe, expect, it } from 'vitest';
import { t } from '../i18n';
import { FIND_COVER, registeredMatches, type Session, warningFrame } from './harness';
import { LONG, SPA } from './pages';
import { endQuietTimes, flagSite, freshSessionEachTest, readStore, setSiteAccess, writeReasons } from './steps';

const current = freshSessionEachTest();
let session: Session;
beforeEach(() => {
  session = current();
});

async function visit(path: string, host = 'example.org') {
  const tab = await session.context.newPage();
  await tab.goto(session.web.url(host, path));
  return tab;
}

/**
 * What only Chromium's automation can do here: end quiet times in the database (script in
 * Steady's pages), read the records, frame the check-in at the extension's own address, change a
 * site's access in chrome://extensions. The levels, the page's place, address changes, <html>
 * replaced, Escape and the focus trap run in both browsers (both-warning.e2e.ts, both-pages.e2e.ts,
 * both-browsers.e2e.ts).
 */
describe('warning levels', () => {
  it('continue puts the page back where the person left it on a reload (after a move within the site: both-warning.e2e.ts)', async () => {
    session.web.page('/long', LONG);
    await flagSite(session, 'example.org/long');
    const tab = await visit('/long');
    const scrolled = () => tab.evaluate(() => scrollY);
    await (await warningFrame(tab))?.getByRole('button', { name: t('warning.continue') }).click();
    await tab.getByRole('heading', { name: 'Later on' }).waitFor();
    await tab.mouse.wheel(0, 5000);
    await expect.poll(scrolled).toBe(5000);
    await endQuietTimes(session);
    await tab.reload();
    await (await warningFrame(tab))?.getByRole('button', { name: t('warning.continue') }).click();
    await expect.poll(scrolled, { message: 'after a reload' }).toBe(5000);
  });

  it('gentle: logs the urge from the warning, with the site as its trigger', async () => {
    await flagSite(session, 'example.org');
    const tab = await visit('/');
    const frame = await warningFrame(tab);
    await frame?.getByRole('button', { name: t('warning.logUrge') }).click();
    await frame?.getByRole('button', { name: t('warning.logSave') }).click();
    await frame?.getByText(t('warning.logSaved')).waitFor();
    const urges = await readStore(session, 'urges');
    expect(urges).toEqual([expect.objectContaining({ triggers: ['example.org'] })]);
    const choices = (await readStore(session, 'events')).map((e) => e.choice);
    expect(choices).toEqual(expect.arrayContaining(['shown', 'log-urge']));
    expect((await readStore(session, 'events')).every((e) => e.path === undefined)).toBe(true);
  });
});

describe('single-page sites', () => {
  it('a path rule fires when the page changes its address without loading, and not again while quiet', async () => {
    session.web.page('/', SPA);
    await flagSite(session, 'example.org/r/opiates');
    const tab = await visit('/');
    expect(await warningFrame(tab, 800), 'the home page is not flagged').toBeUndefined();
    await tab.evaluate(() => (window as unknown as { go(path: string): void }).go('/r/opiates'));
    const frame = await warningFrame(tab);
    expect(frame, 'the flagged path warns').toBeDefined();
    await frame?.getByRole('button', { name: t('warning.continue') }).click();
    await expect.poll(() => tab.frames().some((f) => f.url().includes('/warning.html'))).toBe(false);
    await tab.evaluate(() => (window as unknown as { go(path: string): void }).go('/r/opiates/new'));
    expect(await warningFrame(tab, 800), 'quiet after continue').toBeUndefined();
  });
});

describe('a warning stays put', () => {
  it('continue always lifts: leave, return and continue, again and again', { timeout: 180_000 }, async () => {
    await flagSite(session, 'example.org');
    const tab = await session.context.newPage();
    for (let round = 0; round < 8; round++) {
      const where = `round ${round}`;
      await tab.goto(session.web.url('calm.test', '/start'));
      await tab.goto(session.web.url('example.org', `/p${round}`));
      const leaving = await warningFrame(tab);
      await leaving?.getByRole('button', { name: t('warning.leave') }).click();
      await expect.poll(() => tab.url(), { message: where }).toBe(session.web.url('calm.test', '/start'));
      // Back to the same site at once: by going forward, or by its address.
      if (round % 2 === 0) await tab.goForward();
      else await tab.goto(session.web.url('example.org', `/p${round}`));
      const frame = await warningFrame(tab);
      await frame?.getByRole('button', { name: t('warning.continue') }).click();
      await expect
        .poll(() => tab.evaluate(`${FIND_COVER} ? 1 : 0`), { message: `${where}: lifted`, timeout: 5000 })
        .toBe(0);
      await tab.getByRole('heading', { name: `Test page /p${round}` }).waitFor({ state: 'visible' });
      await endQuietTimes(session);
    }
  });
});

describe('a page that frames the warning itself', () => {
  it('is refused: no words of the person, no record', async () => {
    const options = await flagSite(session, 'example.org');
    await writeReasons(options, 'Lily, my daughter');
    const tab = await visit('/', 'attacker.test');
    const target = `chrome-extension://${session.extensionId}/warning.html?u=${encodeURIComponent(session.web.url('example.org', '/'))}&b=0`;
    await tab.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.src = src;
      document.body.append(frame);
    }, target);
    // The warning is web-accessible only at its per-session address (use_dynamic_url): the
    // browser refuses the extension's fixed address (the positive signal: the frame's error page).
    // The background would not answer either.
    await expect.poll(() => tab.frames().map((f) => f.url())).toContain('chrome-error://chromewebdata/');
    for (const frame of tab.frames()) expect(await frame.content()).not.toContain('Lily');
    expect(await readStore(session, 'events')).toEqual([]);
  });
});

describe('access in the browser’s own settings', () => {
  it('withdrawn: the site is marked and warns nowhere; given back: it warns again', async () => {
    const options = await flagSite(session, 'example.org');
    await setSiteAccess(session, 'ON_CLICK');
    await options.getByRole('button', { name: t('sites.grant', ['example.org']) }).waitFor();
    await expect.poll(() => registeredMatches(session)).toEqual([]);
    const tab = await visit('/');
    expect(await warningFrame(tab, 800)).toBeUndefined();

    await setSiteAccess(session, 'ON_ALL_SITES');
    await options.getByText(t('sites.active')).waitFor();
    await expect.poll(() => registeredMatches(session)).toEqual(['*://*.example.org/*', '*://example.org/*']);
    const again = await visit('/again');
    expect(await warningFrame(again)).toBeDefined();
  });
});
