import { beforeEach, describe, expect, it } from 'vitest';
import { t } from '../i18n';
import { FIND_COVER, openExtensionPage, registeredMatches, type Session, warningFrame } from './harness';
import { LONG, SPA } from './pages';
import {
  endQuietTimes,
  flagSite,
  freshSessionEachTest,
  openSection,
  readStore,
  setSiteAccess,
  sitesStatus,
  writeReasons,
} from './steps';

const current = freshSessionEachTest();
let session: Session;
beforeEach(() => {
  session = current();
});

/** A page whose own script tries every way it has to read what Steady shows. */
const SNOOP = `<!doctype html><html><head><title>snoop</title></head><body><h1>Snoop</h1><script>
window.snoop = () => {
  const found = [];
  const host = [...document.documentElement.children].find((el) => el !== document.head && el !== document.body);
  found.push('host:' + Boolean(host), 'shadow:' + String(host && host.shadowRoot));
  try { found.push('frame:' + window.frames[0].document.body.innerText); } catch (e) { found.push('frame blocked'); }
  found.push(document.documentElement.outerHTML, document.body.innerText);
  for (const entry of performance.getEntries()) found.push(entry.name);
  return found.join('\\n');
};
</script></body></html>`;

async function setLevel(level: 'gentle' | 'pause' | 'firm', site = 'example.org') {
  const options = await openExtensionPage(session, 'options.html');
  await options.getByRole('combobox', { name: t('sites.levelLabel', [site]) }).selectOption(level);
  await expect.poll(() => sitesStatus(options).textContent()).toBe(t('common.saved'));
  return options;
}

async function visit(path: string, host = 'example.org') {
  const tab = await session.context.newPage();
  await tab.goto(session.web.url(host, path));
  return tab;
}

/** A long page with a section far down, for an address that names it. */
describe('warning levels', () => {
  it('pause: continue comes after the breathing pause', async () => {
    await flagSite(session, 'example.org');
    const options = await setLevel('pause');
    await openSection(options, 'settings.heading');
    await options.getByRole('spinbutton', { name: t('settings.pauseSeconds') }).fill('5');
    await options.getByRole('button', { name: t('settings.save') }).click();
    await options.getByText(t('common.saved')).first().waitFor();
    const tab = await visit('/');
    const frame = await warningFrame(tab);
    const carryOn = frame?.getByRole('button', { name: t('warning.continue') });
    await carryOn?.waitFor();
    expect(await carryOn?.isDisabled()).toBe(true);
    await tab.keyboard.press('Escape');
    // The positive signal: the pause ends (seconds after Escape), and the warning is still there.
    await expect.poll(() => carryOn?.isEnabled(), { timeout: 8000 }).toBe(true);
    expect(await warningFrame(tab, 100), 'Escape does not dismiss a pause').toBeDefined();
    await carryOn?.click();
    await expect.poll(() => tab.frames().some((f) => f.url().includes('/warning.html'))).toBe(false);
  });

  it('continue shows the page where its address points (#later), though it was not laid out while covered', async () => {
    session.web.page('/long', LONG);
    await flagSite(session, 'example.org');
    const tab = await visit('/long#later');
    const frame = await warningFrame(tab);
    const later = tab.getByRole('heading', { name: 'Later on' });
    expect(await later.count(), 'while covered, nothing of the page is there to find, even by a screen reader').toBe(0);
    await frame?.getByRole('button', { name: t('warning.continue') }).click();
    await later.waitFor({ state: 'visible' });
    await expect.poll(() => tab.evaluate(() => scrollY)).toBeGreaterThan(1000);
    expect(
      await later.evaluate((h) => Math.abs(h.getBoundingClientRect().top)),
      'at the top of the window',
    ).toBeLessThan(1);
  });

  it('a page of a flagged host that does not warn keeps its place on reload and on going back', async () => {
    session.web.page('/long', LONG);
    await flagSite(session, 'example.org/r/x');
    const tab = await visit('/long');
    await tab.getByRole('heading', { name: 'Later on' }).waitFor();
    await tab.mouse.wheel(0, 5000);
    await expect.poll(() => tab.evaluate(() => scrollY)).toBe(5000);
    await tab.reload();
    await expect.poll(() => tab.evaluate(() => scrollY), { message: 'after a reload' }).toBe(5000);
    await tab.goto(session.web.url('calm.test', '/x'));
    await tab.goBack();
    await expect.poll(() => tab.evaluate(() => scrollY), { message: 'after going back' }).toBe(5000);
  });

  it('continue puts the page back where the person left it: on a reload, and after a move within the site', async () => {
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

    await flagSite(session, 'example.org/r/x');
    await tab.evaluate(() => (window as unknown as { go(path: string): void }).go('/r/x'));
    await (await warningFrame(tab))?.getByRole('button', { name: t('warning.continue') }).click();
    await expect.poll(scrolled, { message: 'after a move within the site' }).toBe(5000);
  });

  it('firm: no continue, but leave, reach out and the crisis lines', async () => {
    await flagSite(session, 'example.org');
    await setLevel('firm');
    const tab = await visit('/');
    const frame = await warningFrame(tab);
    await frame?.getByRole('button', { name: t('warning.leave') }).waitFor();
    expect(await frame?.getByRole('button', { name: t('warning.continue') }).count()).toBe(0);
    expect(await frame?.getByRole('button', { name: t('reach.heading') }).count()).toBe(1);
    expect(await frame?.getByRole('link', { name: /988 Suicide & Crisis Lifeline/ }).getAttribute('href')).toBe(
      'tel:988',
    );
    await tab.keyboard.press('Escape');
    // The positive signal: an urge logged after Escape, through the background and back to the
    // screen; the warning is still there.
    await frame?.getByRole('button', { name: t('warning.logUrge') }).click();
    await frame?.getByRole('button', { name: t('warning.logSave') }).click();
    await frame?.getByText(t('warning.logSaved')).waitFor();
    expect(await warningFrame(tab, 100), 'Escape does not dismiss a firm warning').toBeDefined();
    expect(await frame?.getByRole('button', { name: t('warning.leave') }).isVisible()).toBe(true);
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
  /** Warning frames loaded in a tab so far (each one is a warning shown, and recorded, afresh). */
  function countWarnings(tab: import('playwright-core').Page) {
    const seen = { loads: 0 };
    tab.on('framenavigated', (frame) => {
      if (frame.url().includes('/warning.html')) seen.loads++;
    });
    return seen;
  }
  const shownCount = async () => (await readStore(session, 'events')).filter((e) => e.choice === 'shown').length;

  it('an address change within a warned page keeps the warning the person is reading, and a loop grows no history', async () => {
    session.web.page('/r/x', SPA);
    await flagSite(session, 'example.org/r/x');
    const tab = await session.context.newPage();
    const warnings = countWarnings(tab);
    await tab.goto(session.web.url('example.org', '/r/x'));
    const frame = await warningFrame(tab);
    await frame?.getByRole('button', { name: t('warning.rideItOut') }).click();
    await frame?.getByRole('heading', { name: t('ride.heading') }).waitFor();
    await expect.poll(shownCount).toBe(1);

    await tab.evaluate(() => {
      location.hash = '#replies';
      history.pushState({}, '', '/r/x?sort=new');
      history.replaceState({}, '', '/r/x/thread/1');
      for (let i = 0; i < 300; i++) history.pushState({}, '', `/r/x/thread/${i}`);
    });
    // A positive sign that the guard has seen every change: a move off the flagged path lifts the cover.
    expect(await frame?.getByRole('heading', { name: t('ride.heading') }).isVisible()).toBe(true);
    await tab.evaluate(() => (window as unknown as { go(path: string): void }).go('/'));
    await expect.poll(() => tab.evaluate(`${FIND_COVER} ? 1 : 0`)).toBe(0);
    expect(warnings.loads, 'one warning, kept through every change').toBe(1);
    expect(await shownCount(), 'the showing recorded once').toBe(1);
  });

  it('replacing <html> does not lift the cover, and continue still does', async () => {
    await flagSite(session, 'example.org');
    const tab = await visit('/');
    const frame = await warningFrame(tab);
    await frame?.getByRole('button', { name: t('warning.leave') }).waitFor();
    const replaced = await tab.evaluate(() => {
      const html = document.createElement('html');
      html.append(document.createElement('head'), document.createElement('body'));
      const old = document.documentElement;
      old.remove();
      document.append(html);
      return document.documentElement !== old;
    });
    expect(replaced).toBe(true);
    await expect
      .poll(() => tab.evaluate(`${FIND_COVER} ? 1 : 0`), { message: 'the cover is on the new <html>' })
      .toBe(1);
    const again = await warningFrame(tab);
    await again?.getByRole('button', { name: t('warning.continue') }).click();
    await expect.poll(() => tab.evaluate(`${FIND_COVER} ? 1 : 0`)).toBe(0);
  });

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

describe('privacy and focus', () => {
  it('the page’s own scripts find none of the person’s data, and focus stays in the warning', async () => {
    session.web.page('/snoop', SNOOP);
    const options = await flagSite(session, 'example.org');
    await writeReasons(options, 'Lily, my daughter\nMy job at the garage');

    const tab = await visit('/snoop');
    const frame = await warningFrame(tab);
    await frame?.getByRole('button', { name: t('warning.leave') }).waitFor();
    expect(await frame?.locator('blockquote').textContent()).toMatch(/Lily, my daughter|My job at the garage/);

    const seen = await tab.evaluate(() => (window as unknown as { snoop(): string }).snoop());
    expect(seen).toContain('shadow:null');
    expect(seen).toContain('frame blocked');
    for (const secret of ['Lily', 'daughter', 'garage', 'example.org/*']) expect(seen).not.toContain(secret);

    for (let i = 0; i < 12; i++) {
      await tab.keyboard.press('Tab');
      const inWarning = await tab.evaluate(`document.activeElement === ${FIND_COVER}`);
      expect(inWarning, `focus after ${i + 1} tabs`).toBe(true);
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
