import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../i18n';
import { launch, openExtensionPage, type Session } from './harness';
import { flagSite, openSection, writeReasons } from './steps';

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
const SECTIONS = ['welcome', 'sites', 'times', 'plan', 'people', 'settings', 'data', 'help'] as const;

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

// Last, so that a failure here leaves no lock over the screens above.
describe.each(SCHEMES)('locked, in %s', (scheme) => {
  it('the Data section with a passcode set, the lock screen, a wrong passcode, and deleting everything asked', async () => {
    const passcode = 'river stones 24';
    const page = await openExtensionPage(session, 'options.html#data');
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByRole('heading', { level: 2, name: t('data.heading') }).waitFor();
    await page.getByLabel(t('data.passcode'), { exact: true }).fill(passcode);
    await page.getByLabel(t('data.passcodeAgain'), { exact: true }).fill(passcode);
    await page.getByRole('button', { name: t('data.setLock') }).click();
    await page.getByText(t('data.lockSet')).waitFor();
    expect(await violations(page), 'the Data section, with a passcode').toEqual([]);

    await page.getByRole('button', { name: t('data.lockNow') }).click();
    await page.getByRole('heading', { level: 2, name: t('lock.heading') }).waitFor();
    await page
      .getByRole('region', { name: t('crisis.heading') })
      .getByRole('link')
      .first()
      .waitFor();
    expect(await violations(page), 'the lock screen').toEqual([]);

    await page.getByLabel(t('lock.passcode'), { exact: true }).fill('not it');
    await page.getByRole('button', { name: t('lock.unlock') }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: t('problems.lockWrong') })
      .waitFor();
    expect(await violations(page), 'the lock screen, after a wrong passcode').toEqual([]);

    await page.getByRole('button', { name: t('data.delete') }).click();
    await page.getByRole('button', { name: t('data.confirmNo') }).waitFor();
    expect(await violations(page), 'the lock screen, asking before deleting everything').toEqual([]);
    await page.getByRole('button', { name: t('data.confirmNo') }).click();

    // Unlocked again and the passcode taken away: as it was.
    await page.getByLabel(t('lock.passcode'), { exact: true }).fill(passcode);
    await page.getByRole('button', { name: t('lock.unlock') }).click();
    await page.getByRole('navigation', { name: t('nav.label') }).waitFor();
    await openSection(page, 'data.heading');
    await page.getByLabel(t('data.currentPasscode'), { exact: true }).fill(passcode);
    await page.getByRole('button', { name: t('data.removeLock') }).click();
    await page.getByText(t('data.lockRemoved')).waitFor();
    await page.close();
  });
});
