import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../i18n';
import { launch, openExtensionPage, type Session } from './harness';
import { axeViolations, database, flagSite, openSection, writeReasons } from './steps';

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
  await seedHistory();
}, 60_000);

/** An entry of every kind in the history: an urge, a warning and its choice, a reach out, a lapse, a check-in. */
async function seedHistory() {
  const hour = 3_600_000;
  const at = Date.now() - 3 * hour;
  const stamp = { createdAt: at, updatedAt: at };
  const write = (store: string, records: Array<Record<string, unknown>>) =>
    database(session, { kind: 'write', store, records: records.map((record) => ({ ...stamp, ...record })) });
  await write('urges', [{ id: 'a11y-urge', at, strength: 6, triggers: ['lonely'], note: 'After work' }]);
  await write('events', [
    { id: 'a11y-shown', at: at - hour, siteId: 'a11y-site', host: 'example.org', choice: 'shown' },
    { id: 'a11y-leave', at: at - hour + 60_000, siteId: 'a11y-site', host: 'example.org', choice: 'leave' },
  ]);
  await write('contacts', [{ id: 'a11y-sam', name: 'Sam', ways: { text: '+12015550123' }, order: 0 }]);
  await write('reachOuts', [
    { id: 'a11y-reach', at: at - 2 * hour, contactId: 'a11y-sam', channel: 'text', from: 'popup' },
  ]);
  await write('lapses', [{ id: 'a11y-lapse', at: at - 30 * hour, triggers: ['tired'], change: 'Call Sam first' }]);
  const day = new Date(at - 48 * hour).toLocaleDateString('en-CA');
  await write('checkins', [{ id: day, mood: 3, sleep: 4, movement: true, craving: 2 }]);
}

afterAll(async () => {
  await session?.close();
  await session?.web.stop();
});

const SCHEMES = ['light', 'dark'] as const;
const SECTIONS = ['welcome', 'sites', 'searches', 'times', 'plan', 'people', 'settings', 'data', 'help'] as const;

describe.each(SCHEMES)('in %s', (scheme) => {
  it.each(SECTIONS)('the options page, section %s', async (section) => {
    const page = await openExtensionPage(session, `options.html#${section}`);
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByRole('navigation', { name: t('nav.label') }).waitFor();
    await page.waitForTimeout(200);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('the history, with an entry of every kind, a warning, a lapse and a check-in open to change, and dates to choose', async () => {
    const page = await openExtensionPage(session, 'options.html#history');
    await page.emulateMedia({ colorScheme: scheme });
    const list = page.getByRole('list', { name: t('history.heading') });
    await list.getByText(t('history.reachOut.ways.text', ['Sam'])).waitFor();
    expect(await list.getByRole('listitem').count()).toBe(5);
    expect(await axeViolations(page)).toEqual([]);
    await list.getByRole('button', { name: /^Change what you chose on example\.org/ }).click();
    await list.getByRole('group', { name: t('history.warning.choicesLegend') }).waitFor();
    await list.getByRole('button', { name: /^Change the lapse of/ }).click();
    await list.getByRole('button', { name: new RegExp(`^${t('history.checkIn.edit', ['']).trim()}`) }).click();
    await page.getByRole('radio', { name: t('history.filter.periods.dates') }).check();
    await page.getByLabel(t('history.filter.from')).waitFor();
    await page.getByLabel(t('history.filter.to')).fill('2020-01-01');
    await page.getByText(t('history.problems.datesOrder')).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('the options page on a narrow window, with its menu open', async () => {
    const page = await openExtensionPage(session, 'options.html#plan');
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 400, height: 800 });
    await page.getByRole('button', { name: t('nav.menu') }).click();
    await page.getByRole('link', { name: t('nav.help') }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('the popup', async () => {
    const page = await openExtensionPage(session, 'popup.html');
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByRole('button', { name: t('popup.logUrge') }).waitFor();
    await page.waitForTimeout(200);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it.each(['gentle', 'pause', 'firm'])('the warning (%s), and its ride-it-out and log panels', async (level) => {
    // The warning page opened on its own (the background does not answer it here: it says so).
    const query = new URLSearchParams({ u: session.web.url('example.org', '/'), b: '0', t: 'x', l: level, p: '5' });
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/warning.html?${query}`);
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByRole('button', { name: t('warning.leave') }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: t('warning.rideItOut') }).click();
    await page.getByRole('heading', { name: t('ride.heading') }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: t('warning.logUrge') }).click();
    await page.getByRole('heading', { name: t('warning.logHeading') }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
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
    expect(await axeViolations(page), 'the Data section, with a passcode').toEqual([]);

    await page.getByRole('button', { name: t('data.lockNow') }).click();
    await page.getByRole('heading', { level: 2, name: t('lock.heading') }).waitFor();
    await page
      .getByRole('region', { name: t('crisis.heading') })
      .getByRole('link')
      .first()
      .waitFor();
    expect(await axeViolations(page), 'the lock screen').toEqual([]);

    await page.getByLabel(t('lock.passcode'), { exact: true }).fill('not it');
    await page.getByRole('button', { name: t('lock.unlock') }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: t('problems.lockWrong') })
      .waitFor();
    expect(await axeViolations(page), 'the lock screen, after a wrong passcode').toEqual([]);

    await page.getByRole('button', { name: t('data.delete') }).click();
    await page.getByRole('button', { name: t('data.confirmNo') }).waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent), { message: 'the focus keeps the data' })
      .toBe(t('data.confirmNo'));
    expect(await axeViolations(page), 'the lock screen, asking before deleting everything').toEqual([]);
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
