import { beforeEach, describe, expect, it } from 'vitest';
import { t } from '../i18n';
import { FIND_COVER, openExtensionPage, type Session, warningFrame } from './harness';
import { axeViolations, database, flagSite, freshSessionEachTest } from './steps';

const current = freshSessionEachTest();
let session: Session;
beforeEach(() => {
  session = current();
});

/**
 * What only Chromium's automation can do here: open the database from one of Steady's pages by
 * script (Firefox 140 refuses script there). What a hostile page can learn of Steady, read by the
 * page's own script, runs in both browsers (both-trust.e2e.ts).
 */
describe('the exits never wait on the database', () => {
  it('with the database unopenable, the warning still offers leave, the crisis lines and continue', async () => {
    await flagSite(session, 'example.org');
    // Another context takes the database to a version this Steady cannot open: every read fails.
    await database(session, { kind: 'open-at', version: 99 });

    const tab = await session.context.newPage();
    await tab.goto(session.web.url('example.org', '/a'));
    const frame = await warningFrame(tab);
    expect(frame).toBeDefined();
    await frame?.getByRole('button', { name: t('warning.leave') }).waitFor();
    expect(await frame?.getByRole('link', { name: /988 Suicide & Crisis Lifeline/ }).getAttribute('href')).toBe(
      'tel:988',
    );
    await frame?.getByText(t('warning.unavailable')).waitFor();
    await frame?.getByRole('button', { name: t('warning.continue') }).click();
    await expect.poll(() => tab.evaluate(`${FIND_COVER} ? 1 : 0`)).toBe(0);
    await tab.getByRole('heading', { name: 'Test page /a' }).waitFor();
  });

  it('with the database unopenable, the popup keeps reach out and the lines, and the settings show the lines', async () => {
    await database(session, { kind: 'open-at', version: 99 });
    const popup = await openExtensionPage(session, 'popup.html');
    await popup.getByText(t('trouble.popup')).waitFor();
    await popup.getByRole('button', { name: t('reach.heading') }).waitFor();
    expect(await popup.getByRole('link', { name: /988 Suicide & Crisis Lifeline/ }).getAttribute('href')).toBe(
      'tel:988',
    );
    await popup.getByRole('button', { name: t('popup.logUrge') }).waitFor();

    const options = await openExtensionPage(session, 'options.html#history');
    await options.getByRole('heading', { name: t('trouble.heading') }).waitFor();
    expect(await options.getByRole('link', { name: /988 Suicide & Crisis Lifeline/ }).getAttribute('href')).toBe(
      'tel:988',
    );
    await options.getByRole('button', { name: t('trouble.retry') }).waitFor();
    for (const [page, where] of [
      [popup, 'the popup'],
      [options, 'the settings'],
    ] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        expect(await axeViolations(page), `${where} in ${scheme}`).toEqual([]);
      }
    }
  });

  it('a section that breaks on a record it cannot read shows the lines in its place; the others still work', async () => {
    const now = Date.now();
    // A part of the plan written by something other than Steady: its lines are not a list.
    await database(session, {
      kind: 'write',
      store: 'plan',
      records: [{ id: 'coping', items: 'Take a walk', createdAt: now, updatedAt: now }],
    });
    const options = await openExtensionPage(session, 'options.html#plan');
    await options.getByRole('heading', { name: t('trouble.section') }).waitFor();
    expect(await options.getByRole('link', { name: /988 Suicide & Crisis Lifeline/ }).getAttribute('href')).toBe(
      'tel:988',
    );
    await options.getByRole('link', { name: t('people.heading') }).click();
    await options.getByRole('heading', { name: t('people.heading'), level: 2 }).waitFor();
    expect(await options.getByRole('heading', { name: t('trouble.section') }).count()).toBe(0);

    // The popup, which reads that part of the plan too, stays whole.
    const popup = await openExtensionPage(session, 'popup.html');
    await popup.getByRole('button', { name: t('popup.logUrge') }).waitFor();
    expect(await popup.getByText(t('trouble.popup')).count()).toBe(0);
  });

  it('a view of the popup that breaks on a record it cannot read leaves reach out and the lines', async () => {
    const now = Date.now();
    // The plan's triggers written by something other than Steady: not a list, so the urge's chips cannot be made.
    await database(session, {
      kind: 'write',
      store: 'plan',
      records: [{ id: 'triggers', items: 'Payday', createdAt: now, updatedAt: now }],
    });
    const popup = await openExtensionPage(session, 'popup.html');
    await popup.getByRole('button', { name: t('popup.logUrge') }).click();
    await popup.getByText(t('trouble.part')).waitFor();
    await popup.getByRole('button', { name: t('reach.heading') }).waitFor();
    expect(await popup.getByRole('link', { name: /988 Suicide & Crisis Lifeline/ }).getAttribute('href')).toBe(
      'tel:988',
    );
  });
});
