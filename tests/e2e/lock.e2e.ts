import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { t } from '../i18n';
import { inWorker, openExtensionPage, type Session } from './harness';
import { PASSCODE, PRIVATE } from './person';
import { database, freshSessionEachTest, openSection, readStore, setPasscodeIn, settingsRecord } from './steps';

const current = freshSessionEachTest();
let session: Session;
beforeEach(() => {
  session = current();
});

/** A plan, a support person, one urge with a note, and the days counter on. */
async function seed() {
  const now = Date.now();
  const stamp = { createdAt: now, updatedAt: now };
  await database(session, {
    kind: 'write',
    store: 'plan',
    records: [
      { id: 'coping', items: [PRIVATE.coping], ...stamp },
      { id: 'reasons', items: [PRIVATE.reason], ...stamp },
      { id: 'triggers', items: [PRIVATE.trigger], ...stamp },
    ],
  });
  await database(session, {
    kind: 'write',
    store: 'contacts',
    records: [{ id: 'c1', name: PRIVATE.contact, ways: { call: '+12015550123' }, order: 0, ...stamp }],
  });
  await database(session, {
    kind: 'write',
    store: 'urges',
    records: [{ id: 'u1', at: now - 3_600_000, strength: 7, note: PRIVATE.note, ...stamp }],
  });
  await database(session, {
    kind: 'write',
    store: 'settings',
    records: [
      settingsRecord(now, {
        showDays: true,
        counterStart: now - 12 * 86_400_000,
        recoveryStart: now - 12 * 86_400_000,
      }),
    ],
  });
}

/**
 * Everything a page could show or hand to a screen reader: its text (hidden parts too), the
 * values of its controls, and its attributes.
 */
function everythingOn(page: Page): Promise<string> {
  return page.evaluate(() => {
    const values = [...document.querySelectorAll('input, textarea, select')].map(
      (control) => (control as HTMLInputElement).value,
    );
    const attributes = [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.value));
    return [document.documentElement.textContent ?? '', ...values, ...attributes].join('\n');
  });
}

/** Says which of the person's own words a page shows. */
async function privateWordsOn(page: Page, words: readonly string[]): Promise<string[]> {
  const shown = await everythingOn(page);
  return words.filter((w) => shown.includes(w));
}

/** The options page's lock screen, once it is there. */
async function lockScreen(page: Page) {
  await page.getByRole('heading', { level: 2, name: t('lock.heading') }).waitFor();
  // The crisis lines come from the database after the lock check: wait for them too.
  await page
    .getByRole('region', { name: t('crisis.heading') })
    .getByRole('link')
    .first()
    .waitFor();
}

describe('the passcode lock', () => {
  it('locks the person’s words away, keeps help and logging open, refuses a wrong passcode and opens with the right one', async () => {
    await seed();

    // Unlocked, the person's words are there (so that their absence below means something).
    const options = await openExtensionPage(session, 'options.html#history');
    await options.getByText(PRIVATE.note).waitFor();
    await openSection(options, 'plan.heading');
    expect(await options.getByRole('textbox', { name: t('plan.sections.coping') }).inputValue()).toBe(PRIVATE.coping);
    await openSection(options, 'people.heading');
    await options.getByText(PRIVATE.contact, { exact: true }).first().waitFor();
    const unlockedPopup = await openExtensionPage(session, 'popup.html');
    await unlockedPopup.getByText(PRIVATE.coping).waitFor();
    await unlockedPopup.getByText(PRIVATE.reason).waitFor();
    await unlockedPopup.getByText(t('popup.days', 12)).waitFor();
    await unlockedPopup.close();

    // Set a passcode in the Data section, then lock now.
    await openSection(options, 'data.heading');
    await setPasscodeIn(options, PASSCODE);
    const [settings] = await readStore(session, 'settings');
    expect(JSON.stringify(settings), 'the passcode is never stored as typed').not.toContain(PASSCODE);
    await options.getByRole('button', { name: t('data.lockNow') }).click();

    // The options page: the lock screen, none of the person's words, no way around it.
    await lockScreen(options);
    const everyWord = Object.values(PRIVATE);
    expect(await privateWordsOn(options, everyWord)).toEqual([]);
    expect(await options.getByRole('navigation', { name: t('nav.label') }).count()).toBe(0);
    // Each section opened afresh while locked, and the popup: both-lock.e2e.ts (both browsers).

    // The crisis lines are there, and each is a link that calls, texts or opens a page.
    const lines = options.getByRole('region', { name: t('crisis.heading') }).getByRole('link');
    const hrefs = await lines.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^(tel:|sms:|https:)/);
    expect(hrefs).toContain('tel:988');
    // Deleting everything, the only way in without the passcode, is offered too.
    await options.getByRole('button', { name: t('data.delete') }).waitFor();

    // The popup, locked: reach out to the person and logging an urge still work; the plan's words and the days are not shown.
    const popup = await openExtensionPage(session, 'popup.html');
    const reach = popup.getByRole('link', { name: t('reach.button', [PRIVATE.contact]) });
    expect(await reach.getAttribute('href')).toBe('tel:+12015550123');
    await popup.getByRole('button', { name: t('popup.logUrge') }).click();
    await popup.getByRole('heading', { name: t('urge.heading') }).waitFor();
    await popup.getByRole('button', { name: t('urge.halt.tired') }).waitFor();
    await expect.poll(async () => (await readStore(session, 'urges')).length).toBe(2);
    await popup.getByRole('button', { name: t('urge.done') }).click();
    await popup.getByRole('button', { name: t('popup.logUrge') }).waitFor();
    await popup.getByRole('link', { name: t('reach.button', [PRIVATE.contact]) }).waitFor();
    // The days counter (set here in the database, with the rest of what the person keeps) is not shown.
    expect(await popup.getByText(t('popup.days', 12)).count()).toBe(0);

    // A wrong passcode: said plainly, and still locked.
    const passcode = options.getByLabel(t('lock.passcode'), { exact: true });
    await passcode.fill('river stones 25');
    await options.getByRole('button', { name: t('lock.unlock') }).click();
    await options
      .getByRole('alert')
      .filter({ hasText: t('problems.lockWrong') })
      .waitFor();
    expect(await passcode.getAttribute('aria-invalid')).toBe('true');
    await lockScreen(options);
    expect(await privateWordsOn(options, everyWord)).toEqual([]);

    // The right one: the sections and the history are back, with the urge logged while locked.
    await passcode.fill(PASSCODE);
    await options.getByRole('button', { name: t('lock.unlock') }).click();
    await options.getByRole('navigation', { name: t('nav.label') }).waitFor();
    expect(await options.getByRole('heading', { level: 2, name: t('lock.heading') }).count()).toBe(0);
    await openSection(options, 'history.heading');
    await options.getByText(PRIVATE.note).waitFor();
    expect(
      await options
        .getByRole('list', { name: t('history.heading') })
        .getByRole('listitem')
        .count(),
    ).toBe(2);

    // Unlocked holds for Steady's other pages too, until the time chosen is up.
    const again = await openExtensionPage(session, 'popup.html');
    await again.getByText(PRIVATE.coping).waitFor();
  });

  it('locks every open page at the very minute its time is up; while locked the popup names no hard time', async () => {
    await seed();
    const now = Date.now();
    await database(session, {
      kind: 'write',
      store: 'times',
      records: [
        {
          id: 't1',
          label: 'Every hour of the week',
          rule: { kind: 'weekly', days: [0, 1, 2, 3, 4, 5, 6], start: 0, end: 1439 },
          createdAt: now,
          updatedAt: now,
        },
      ],
    });
    const first = await openExtensionPage(session, 'options.html#data');
    await setPasscodeIn(first, PASSCODE);
    const hardTimeOn = t('hardTimes.state.onNoEnd').slice(0, 12);
    const popup = await openExtensionPage(session, 'popup.html');
    await popup.getByText(hardTimeOn, { exact: false }).first().waitFor();
    const second = await openExtensionPage(session, 'options.html#plan');
    await second.getByRole('navigation', { name: t('nav.label') }).waitFor();

    // "Lock now" in one page (the others locking at once, with none of the words: both-lock.e2e.ts).
    await first.getByRole('button', { name: t('data.lockNow') }).click();
    await lockScreen(second);
    await lockScreen(first);
    await expect.poll(() => popup.getByText(hardTimeOn, { exact: false }).count()).toBe(0);

    // Unlocked until a moment from now: every open page locks again when that moment comes.
    await second.getByLabel(t('lock.passcode'), { exact: true }).fill(PASSCODE);
    await second.getByRole('button', { name: t('lock.unlock') }).click();
    await second.getByRole('navigation', { name: t('nav.label') }).waitFor();
    await first.getByRole('navigation', { name: t('nav.label') }).waitFor();
    await popup.getByText(PRIVATE.coping).waitFor();
    await inWorker(session, () =>
      (
        globalThis as unknown as { chrome: { storage: { session: { set(items: object): Promise<void> } } } }
      ).chrome.storage.session.set({ unlockedUntil: Date.now() + 2_000 }),
    );
    await lockScreen(first);
    await lockScreen(second);
    await expect.poll(() => popup.getByText(PRIVATE.coping).count()).toBe(0);
  });
});
