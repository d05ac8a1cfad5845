import { afterEach, describe, expect, it } from 'vitest';
import { t } from '../i18n';
import { byRole, type FirefoxSession, firefoxWarningFrame, launchFirefox } from './firefox';
import { GRANTED_TEST_HOSTS } from './harness';

/**
 * Steady in Firefox (the Firefox MV3 build, installed as a temporary add-on): the first path,
 * flag a site and meet the warning there, works as in Chromium.
 */
let session: FirefoxSession;

afterEach(async () => {
  await session?.close();
});

/** A page whose very first body element notes whether the warning was already there. */
const PROBE = `<!doctype html><html><head><title>probe</title></head><body><script>
  document.title = document.querySelector('steady-guard') ? 'covered' : 'bare';
</script><h1>Flagged content</h1></body></html>`;

async function flag(site: string) {
  const options = await session.openOptions();
  await byRole(options, 'textbox', t('sites.inputLabel')).fill(site);
  await byRole(options, 'button', t('sites.add')).click();
  await options.waitForFunction((text) => document.body.textContent.includes(text), {}, t('sites.added', [site]));
}

const guarded = (page: import('puppeteer-core').Page) =>
  page.evaluate(() => document.querySelector('steady-guard') !== null);

describe('in Firefox', () => {
  it('flag a site, visit it, see the warning before the page, continue, and it stays quiet', async () => {
    session = await launchFirefox(GRANTED_TEST_HOSTS);
    session.web.page('/probe', PROBE);
    await flag('example.org');

    const tab = await session.browser.newPage();
    await tab.goto(session.web.url('news.example.org', '/probe'));
    expect(await tab.title(), 'the warning was there before the body’s first script').toBe('covered');
    const frame = await firefoxWarningFrame(tab);
    expect(frame, 'the warning frame is on the page').toBeDefined();
    if (!frame) return;
    await byRole(frame, 'button', t('warning.leave')).wait();
    await byRole(frame, 'button', t('reach.heading')).wait();
    await byRole(frame, 'button', t('warning.continue')).click();
    await tab.waitForFunction(() => document.querySelector('steady-guard') === null);
    expect(await tab.evaluate(() => document.body.textContent)).toContain('Flagged content');

    await tab.goto(session.web.url('example.org', '/later'));
    expect(await firefoxWarningFrame(tab, 1000), 'quiet after continue').toBeUndefined();
    expect(await guarded(tab)).toBe(false);

    const other = await session.browser.newPage();
    await other.goto(session.web.url('example.net', '/'));
    expect(await guarded(other), 'a site that is not flagged gets nothing of Steady’s').toBe(false);
    expect(other.frames()).toHaveLength(1);
  });

  it('leave goes back to where the person was', async () => {
    session = await launchFirefox(GRANTED_TEST_HOSTS);
    await flag('example.org');
    const tab = await session.browser.newPage();
    await tab.goto(session.web.url('example.com', '/start'));
    await tab.goto(session.web.url('example.org', '/x'));
    const frame = await firefoxWarningFrame(tab);
    expect(frame, 'the warning frame is on the page').toBeDefined();
    if (!frame) return;
    await byRole(frame, 'button', t('warning.leave')).click();
    await tab.waitForFunction(() => location.hostname === 'example.com');
    expect(await guarded(tab)).toBe(false);
  });
});
