import type { Page } from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import { t } from '../i18n';
import {
  ADDON_UUID,
  click,
  control,
  type FirefoxSession,
  firefoxWarningFrame,
  launchFirefox,
  locate,
  pageCovered,
  seeText,
  stillWaitingFor,
  type,
  waitForStatus,
  waitUncovered,
} from './firefox';
import { FIND_COVER, GRANTED_TEST_HOSTS } from './harness';

/**
 * Steady in Firefox (the Firefox MV3 build, installed as a temporary add-on): what only a web
 * page's own script can see (the cover before the body's first script, the page not rendered under
 * it). What a hostile page learns, a forged cover among it, runs in both browsers (both-trust.e2e.ts),
 * as do the flows a person goes through (both-browsers.e2e.ts and the other both-*.e2e.ts, through
 * driver.ts). Steady's own pages are driven without script in them
 * (Firefox 140 refuses it there): see the helpers in firefox.ts.
 */
let session: FirefoxSession;

afterEach(async () => {
  const waiting = stillWaitingFor();
  if (waiting) console.error(`Still waiting for ${waiting} when the test ended.`);
  await session?.close();
});

/**
 * A page whose very first body script notes whether the page is already covered: Steady's cover
 * (found without its name, FIND_COVER) is there and is what shows in the middle of the window.
 */
const PROBE = `<!doctype html><html><head><title>probe</title></head><body><script>
  const cover = ${FIND_COVER};
  document.title = cover && document.elementFromPoint(innerWidth / 2, innerHeight / 2) === cover ? 'covered' : 'bare';
</script><h1>Flagged content</h1></body></html>`;

async function flag(site: string) {
  const options = await session.openOptions();
  await type(await control(options, 'textbox', t('sites.inputLabel')), site);
  await click(await control(options, 'button', t('sites.add')));
  await waitForStatus(options, t('sites.added', [site]));
}

async function visit(page: Page, host: string, path: string) {
  await page.goto(session.web.url(host, path));
}

describe('in Firefox', () => {
  it('flag a site, visit it, see the warning before the page, continue, and it stays quiet', async () => {
    session = await launchFirefox(GRANTED_TEST_HOSTS);
    session.web.page('/probe', PROBE);
    await flag('example.org');

    const tab = await session.browser.newPage();
    await visit(tab, 'news.example.org', '/probe');
    expect(await tab.title(), 'the warning was there before the body’s first script').toBe('covered');
    const frame = await firefoxWarningFrame(tab);
    expect(await pageCovered(tab)).toBe(true);
    const headingShown = () => tab.evaluate(() => document.querySelector('h1')?.checkVisibility() ?? false);
    expect(await headingShown(), 'the page underneath is not rendered while covered').toBe(false);
    await control(frame, 'button', t('reach.heading'));
    await click(await control(frame, 'button', t('warning.continue')));
    await waitUncovered(tab); // the cover and the warning frame in it are gone
    expect(await tab.evaluate(() => document.body.textContent)).toContain('Flagged content');
    expect(await headingShown(), 'and is there again once the cover is off').toBe(true);

    // Quiet after continue: the guard covers at document_start, reads the rules, and lifts its
    // cover instead of warning (were it to warn, the cover would stay and this would not return).
    await visit(tab, 'example.org', '/later');
    await waitUncovered(tab);

    const other = await session.browser.newPage();
    await visit(other, 'example.net', '/probe');
    expect(await other.title(), 'the probe sees a bare page as bare').toBe('bare');
    expect(await pageCovered(other), 'a site that is not flagged gets nothing of Steady’s').toBe(false);
    expect(other.frames()).toHaveLength(1);
  });

  it('a page that frames the check-in at Steady’s own address gets none of the person’s words and leaves no record', async () => {
    // Firefox has no use_dynamic_url: the check-in's address holds the profile's own random UUID,
    // which a page cannot know. The test profile fixes it, so here the page knows it, and the
    // background must refuse it (the tab's host is not the one the frame names). Tall, so the
    // plan's Save is within the mouse's reach.
    session = await launchFirefox(GRANTED_TEST_HOSTS, { width: 1024, height: 2400 });
    await flag('example.org');
    const plan = await session.openOptions('plan');
    await type(await control(plan, 'textbox', t('plan.sections.reasons')), 'Lily, my daughter');
    await click(await control(plan, 'button', t('plan.save')));
    await seeText(plan, t('plan.saved'));

    const tab = await session.browser.newPage();
    await visit(tab, 'attacker.test', '/');
    const named = encodeURIComponent(session.web.url('example.org', '/'));
    await tab.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.src = src;
      document.body.append(frame);
    }, `moz-extension://${ADDON_UUID}/warning.html?u=${named}&b=0`);
    const frame = await firefoxWarningFrame(tab);
    // The positive signal: unanswered, the check-in says it cannot read Steady's data (its exits stay).
    await seeText(frame, t('warning.unavailable'));
    expect(await locate(frame, { type: 'xpath', value: '//*[contains(text(), "Lily")]' })).toBeUndefined();
    const history = await session.openOptions('history');
    await seeText(history, t('history.empty'));
  });
});
