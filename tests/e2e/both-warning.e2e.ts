import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../i18n';
import { BROWSERS, type Driver, startDriver } from './driver';
import { flag, setLevel } from './flows';
import { FIND_COVER } from './harness';
import { LONG, SPA } from './pages';
import { readStore } from './steps';

/**
 * The check-in stays put and keeps the page's place, in Chromium and in Firefox alike: the page's
 * place kept on reload and going back, and after Continue on a move within the site; three hundred
 * address changes under one check-in, <html> replaced under it, Escape that dismisses nothing, an
 * urge logged from it, and focus that stays inside it. One browser per
 * kind for the whole file; each test has a host of its own (its rules and quiet times apart). The
 * page's own state is read by script in the web page, never in Steady's pages.
 */

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

describe.each(BROWSERS)('in %s', (browser) => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await startDriver(browser);
    driver.web.page('/long', LONG);
    driver.web.page('/loop/r/x', SPA);
    driver.web.page('/snoop', SNOOP);
  });
  afterAll(() => driver?.close());

  /** Flags a site on a fresh options page, and closes it. */
  const flagged = async (site: string) => (await flag(driver, site)).close();

  it('a page of a flagged host that does not check in keeps its place on reload and on going back', async () => {
    await flagged('place.example.org/r/x');
    const tab = await driver.visit('place.example.org', '/long');
    await tab.find('heading', 'Later on');
    await tab.waitUncovered();
    await tab.wheel(5000);
    await expect.poll(() => tab.script<number>('scrollY')).toBe(5000);
    await tab.reload();
    await expect.poll(() => tab.script<number>('scrollY'), { message: 'after a reload' }).toBe(5000);
    await tab.goto('calm.test', '/x');
    await tab.back();
    await expect.poll(() => tab.script<number>('scrollY'), { message: 'after going back' }).toBe(5000);
    await tab.close();
  });

  it('an address change within a checked-in page keeps the check-in the person is reading; a loop grows no history', async () => {
    await flagged('loop.example.org/loop/r/x');
    const tab = await driver.visit('calm.test', '/');
    const checkIns = tab.countCheckIns();
    await tab.goto('loop.example.org', '/loop/r/x');
    const checkIn = await tab.checkIn();
    await checkIn.click('button', t('warning.rideItOut'));
    await checkIn.find('heading', t('ride.heading'));
    const shown = async () =>
      driver.chromium && (await readStore(driver.chromium, 'events')).filter((e) => e.choice === 'shown').length;
    if (driver.chromium) await expect.poll(shown).toBe(1);

    await tab.script(`(() => {
      location.hash = '#replies';
      history.pushState({}, '', '/loop/r/x?sort=new');
      history.replaceState({}, '', '/loop/r/x/thread/1');
      for (let i = 0; i < 300; i++) history.pushState({}, '', '/loop/r/x/thread/' + i);
    })()`);
    expect(await checkIn.count('heading', t('ride.heading')), 'still where the person was in it').toBe(1);
    // A positive sign that the guard has seen every change: a move off the flagged path lifts the cover.
    await tab.script('go("/")');
    await tab.waitUncovered();
    expect(checkIns.loads, 'one check-in, kept through every change').toBe(1);
    // Chromium's records are read in its worker (Firefox gives automation no script in Steady).
    if (driver.chromium) expect(await shown(), 'the showing recorded once').toBe(1);
    await tab.close();
  });

  it('continue puts the page back where the person left it after a move within the site to another trigger path', async () => {
    const options = await flag(driver, 'spot.example.org/long');
    await options.fill('textbox', t('sites.inputLabel'), 'spot.example.org/r/x');
    await options.click('button', t('sites.add'));
    await options.waitForStatus(t('sites.added', ['spot.example.org/r/x']));
    await options.close();
    const tab = await driver.visit('spot.example.org', '/long');
    await (await tab.checkIn()).click('button', t('warning.continue'));
    await tab.waitUncovered();
    await tab.find('heading', 'Later on');
    await tab.wheel(5000);
    await expect.poll(() => tab.script<number>('scrollY')).toBe(5000);
    await tab.script('go("/r/x")');
    await (await tab.checkIn()).click('button', t('warning.continue'));
    await tab.waitUncovered();
    await expect.poll(() => tab.script<number>('scrollY'), { message: 'after a move within the site' }).toBe(5000);
    await tab.close();
  });

  it('replacing <html> does not lift the cover, and continue still does', async () => {
    await flagged('moved.example.org');
    const tab = await driver.visit('moved.example.org', '/');
    await tab.checkIn();
    const replaced = await tab.script<boolean>(`(() => {
      const html = document.createElement('html');
      html.append(document.createElement('head'), document.createElement('body'));
      const old = document.documentElement;
      old.remove();
      document.append(html);
      return document.documentElement !== old;
    })()`);
    expect(replaced).toBe(true);
    await expect.poll(() => tab.covered(), { message: 'the cover is on the new <html>' }).toBe(true);
    const again = await tab.checkIn();
    await again.click('button', t('warning.continue'));
    await tab.waitUncovered();
    await tab.close();
  });

  it('pause: Escape does not dismiss it; continue comes after the pause and lifts the cover', async () => {
    const options = await flag(driver, 'pause.example.org');
    await setLevel(options, 'pause', 'pause.example.org');
    await options.click('link', t('settings.heading'));
    await options.fillLabelled(t('settings.pauseSeconds'), '5');
    await options.click('button', t('settings.save'));
    await options.waitForStatus(t('common.saved'));
    await options.close();
    const tab = await driver.visit('pause.example.org', '/');
    const checkIn = await tab.checkIn();
    expect(await checkIn.attribute('button', t('warning.continue'), 'disabled'), 'not yet').not.toBeNull();
    await tab.press('Escape');
    // The positive signal: the pause ends (seconds after Escape), and the check-in is still there.
    await expect
      .poll(() => checkIn.attribute('button', t('warning.continue'), 'disabled'), { timeout: 20_000 })
      .toBeNull();
    expect(await tab.covered(), 'Escape does not dismiss a pause').toBe(true);
    expect(await checkIn.count('button', t('warning.leave'))).toBe(1);
    await checkIn.click('button', t('warning.continue'));
    await tab.waitUncovered();
    await tab.close();
  });

  it('firm: Escape does not dismiss it; an urge logged from it is in the history with the site, and it stays', async () => {
    const options = await flag(driver, 'firm.example.org');
    await setLevel(options, 'firm', 'firm.example.org');
    await options.close();
    const tab = await driver.visit('firm.example.org', '/');
    const checkIn = await tab.checkIn();
    await tab.press('Escape');
    // The positive signal: an urge logged after Escape, through the background and back to the screen.
    await checkIn.click('button', t('warning.logUrge'));
    await checkIn.click('button', t('warning.logSave'));
    await checkIn.seeText(t('warning.logSaved'));
    expect(await tab.covered(), 'Escape does not dismiss a firm check-in').toBe(true);
    expect(await checkIn.count('button', t('warning.leave'))).toBe(1);
    expect(await checkIn.count('button', t('warning.continue'))).toBe(0);
    await tab.close();
    // The history keeps the urge with the site as what set it off, and the choice made on the check-in.
    const history = await driver.options('history');
    await history.seeText('firm.example.org');
    await history.seeText(t('history.warning.chose', [t('history.warning.choices.logUrge')]));
    await history.close();
  });

  it('the page’s own scripts find none of the person’s words, and focus stays in the check-in', async () => {
    await flagged('snoop.example.org');
    const options = await driver.options('plan');
    await options.fill('textbox', t('plan.sections.reasons'), 'Lily, my daughter\nMy job at the garage');
    await options.click('button', t('plan.save'));
    await options.seeText(t('plan.saved'));
    await options.close();

    const tab = await driver.visit('snoop.example.org', '/snoop');
    const checkIn = await tab.checkIn();
    // One of the reasons shows in the check-in (the positive signal that the words are there to find).
    await expect
      .poll(async () => (await checkIn.hasText('Lily, my daughter')) || (await checkIn.hasText('My job at the garage')))
      .toBe(true);
    const seen = await tab.script<string>('snoop()');
    expect(seen).toContain('shadow:null');
    expect(seen).toContain('frame blocked');
    for (const secret of ['Lily', 'daughter', 'garage', 'snoop.example.org/*']) expect(seen).not.toContain(secret);

    for (let i = 0; i < 12; i++) {
      await tab.press('Tab');
      const inCheckIn = await tab.script<boolean>(`document.activeElement === ${FIND_COVER}`);
      expect(inCheckIn, `focus after ${i + 1} tabs`).toBe(true);
    }
    await tab.close();
  });
});
