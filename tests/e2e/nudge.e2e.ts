import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { t } from '../i18n';
import type { Session } from './harness';
import { axeViolations, database, freshSessionEachTest, readStore } from './steps';

/**
 * The nudge a hard time brings (a notification): its "Reach out" opens the person's own reach
 * out, their first person, not the lines page. A headless browser shows no notification to
 * click, so the test hands Steady's own listener the browser's click, as the browser does
 * (chrome.notifications.onButtonClicked.dispatch in the service worker).
 */
const current = freshSessionEachTest();
let session: Session;
beforeEach(() => {
  session = current();
});

/** A nudge's notification id: CHECK_IN_PREFIX (utils/background/hard-times.ts) and a window's key. */
const NUDGE = 'steady-checkin:test-window';

/** Clicks the nudge (a button by its index, or its body) and returns the tab it opens. */
async function clickNudge(button?: number): Promise<Page> {
  // Not the welcome tab a fresh, empty profile opens on install, which can open at the same moment.
  const opened = session.context.waitForEvent('page', {
    predicate: async (page) => {
      await page.waitForLoadState();
      return !page.url().endsWith('#welcome');
    },
  });
  await session.worker.evaluate(
    ([id, index]) => {
      type Click = { dispatch(...args: unknown[]): void };
      const api = (globalThis as unknown as { chrome: { notifications: Record<string, Click> } }).chrome.notifications;
      if (index === null) api.onClicked?.dispatch(id);
      else api.onButtonClicked?.dispatch(id, index);
    },
    [NUDGE, button ?? null] as const,
  );
  const page = await opened;
  await page.waitForLoadState();
  return page;
}

async function addPeople() {
  const stamp = { createdAt: 1, updatedAt: 1 };
  await database(session, {
    kind: 'write',
    store: 'contacts',
    records: [
      {
        ...stamp,
        id: 'sam',
        name: 'Sam',
        ways: { call: '+12015550123', whatsapp: '+12015550123' },
        preferred: 'whatsapp',
        order: 0,
      },
      { ...stamp, id: 'ana', name: 'Ana', ways: { email: 'ana@example.org' }, order: 1 },
    ],
  });
}

describe('the nudge of a hard time', () => {
  it('"Reach out" opens the first person, by their preferred way, with the focus on it; one press reaches them', async () => {
    await addPeople();
    const page = await clickNudge(1);
    expect(new URL(page.url()).pathname).toBe('/reach.html');
    const reach = page.getByRole('link', { name: t('reach.button', ['Sam']) });
    await reach.waitFor();
    expect(await reach.getAttribute('href')).toMatch(/^https:\/\/wa\.me\/12015550123\?text=/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(t('reach.button', ['Sam']));
    // Not the lines page: no country to choose, no lines to edit.
    expect(await page.getByRole('heading', { name: t('lines.heading') }).count()).toBe(0);

    const request = session.context.waitForEvent('request', (r) => r.url().startsWith('https://wa.me/'));
    await page.keyboard.press('Enter');
    expect((await request).url()).toMatch(/^https:\/\/wa\.me\/12015550123\?text=/);
    await expect
      .poll(async () => (await readStore(session, 'reachOuts')).map((r) => [r.contactId, r.channel, r.from]))
      .toEqual([['sam', 'whatsapp', 'notification']]);

    // "More" still lists everyone.
    await page.getByRole('button', { name: t('reach.more') }).click();
    await page.getByRole('link', { name: t('reach.way.email', ['Ana']) }).waitFor();
  });

  it('"Open my plan" and the nudge itself open the plan', async () => {
    for (const button of [0, undefined]) {
      const page = await clickNudge(button);
      expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe('/options.html#plan');
      await page.getByRole('heading', { level: 2, name: t('plan.heading') }).waitFor();
      await page.close();
    }
  });

  it.each(['light', 'dark'] as const)(
    'the reach out page passes axe in %s, with people and without',
    async (scheme) => {
      const empty = await clickNudge(1);
      await empty.emulateMedia({ colorScheme: scheme });
      await empty.getByText(t('reach.noPeople')).waitFor();
      await expect.poll(() => empty.evaluate(() => document.activeElement?.textContent)).toBe(t('reach.heading'));
      expect(await axeViolations(empty), 'with no one yet').toEqual([]);

      await addPeople();
      const page = await clickNudge(1);
      await page.emulateMedia({ colorScheme: scheme });
      await page.getByRole('link', { name: t('reach.button', ['Sam']) }).waitFor();
      await page.getByRole('button', { name: t('reach.more') }).click();
      expect(await axeViolations(page), 'with two people, "More" open').toEqual([]);
    },
  );
});
