import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../i18n';
import { launch, openExtensionPage, type Session } from './harness';
import { flagSite, writeReasons } from './steps';

/**
 * Every screen of Steady passes axe (WCAG 2.1 A and AA, and axe's best practices) with no
 * violation, in light and in dark.
 */
let session: Session;

beforeAll(async () => {
  session = await launch();
  // Something on every screen: a site, a hard time, the plan.
  const options = await flagSite(session, 'example.org');
  await writeReasons(options, 'My kids');
  await options.close();
}, 60_000);

afterAll(async () => {
  await session?.close();
  await session?.web.stop();
});

async function violations(page: Page) {
  const results = await new AxeBuilder({ page: page as never })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const SCHEMES = ['light', 'dark'] as const;
const SECTIONS = ['welcome', 'sites', 'times', 'plan', 'people', 'settings', 'help'] as const;

describe.each(SCHEMES)('in %s', (scheme) => {
  it.each(SECTIONS)('the options page, section %s', async (section) => {
    const page = await openExtensionPage(session, `options.html#${section}`);
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByRole('navigation', { name: t('nav.label') }).waitFor();
    await page.waitForTimeout(200);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('the options page on a narrow window, with its menu open', async () => {
    const page = await openExtensionPage(session, 'options.html#plan');
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 400, height: 800 });
    await page.getByRole('button', { name: t('nav.menu') }).click();
    await page.getByRole('link', { name: t('nav.help') }).waitFor();
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('the popup', async () => {
    const page = await openExtensionPage(session, 'popup.html');
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByRole('button', { name: t('popup.logUrge') }).waitFor();
    await page.waitForTimeout(200);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it.each(['gentle', 'pause', 'firm'])('the warning (%s), and its ride-it-out and log panels', async (level) => {
    // The warning page opened on its own (the background does not answer it here: it says so).
    const query = new URLSearchParams({ u: session.web.url('example.org', '/'), b: '0', t: 'x', l: level, p: '5' });
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/warning.html?${query}`);
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByRole('button', { name: t('warning.leave') }).waitFor();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: t('warning.rideItOut') }).click();
    await page.getByRole('heading', { name: t('ride.heading') }).waitFor();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: t('warning.logUrge') }).click();
    await page.getByRole('heading', { name: t('warning.logHeading') }).waitFor();
    expect(await violations(page)).toEqual([]);
    await page.close();
  });
});
