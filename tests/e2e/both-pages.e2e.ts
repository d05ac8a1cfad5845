import { afterEach, describe, expect, it } from 'vitest';
import { t } from '../i18n';
import { BROWSERS, type Driver, startDriver } from './driver';
import { flag } from './flows';
import { LONG, SPA } from './pages';

/**
 * The page under the check-in, in Chromium and in Firefox alike: what a person finds after
 * Continue, and a single-page site that changes its address without loading. The page's own state
 * is read by script in the web page (never in Steady's pages).
 */

let driver: Driver | undefined;
afterEach(async () => {
  await driver?.close();
  driver = undefined;
});

describe.each(BROWSERS)('in %s', (browser) => {
  it('continue shows the page where its address points (#later), though it was not laid out while covered', async () => {
    driver = await startDriver(browser);
    driver.web.page('/long', LONG);
    await flag(driver, 'example.org');
    const tab = await driver.visit('example.org', '/long#later');
    const checkIn = await tab.checkIn();
    expect(await tab.count('heading', 'Later on'), 'while covered, nothing of the page is there to find').toBe(0);
    await checkIn.click('button', t('warning.continue'));
    await tab.waitUncovered();
    await tab.find('heading', 'Later on');
    await expect.poll(() => tab.script<number>('scrollY')).toBeGreaterThan(1000);
    const top = await tab.script<number>('Math.abs(document.getElementById("later").getBoundingClientRect().top)');
    expect(top, 'the heading at the top of the window').toBeLessThan(1);
  });

  it('a single-page site: a flagged path checks in when the page moves there without loading', async () => {
    driver = await startDriver(browser);
    driver.web.page('/', SPA);
    await flag(driver, 'example.org/r/opiates');
    const tab = await driver.visit('example.org', '/');
    await tab.find('heading', 'Forum home');
    // The home page is not a trigger page: the cover the guard puts up at once comes off when it has read the rules.
    await tab.waitUncovered();
    await tab.script('go("/r/opiates")');
    const checkIn = await tab.checkIn();
    await checkIn.click('button', t('warning.continue'));
    await tab.waitUncovered();
    expect(await tab.script<string>('location.pathname')).toBe('/r/opiates');
  });
});
