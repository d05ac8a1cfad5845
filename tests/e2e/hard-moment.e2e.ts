import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { t } from '../i18n';
import { openExtensionPage, type Session } from './harness';
import { axeViolations, database, freshSessionEachTest, readStore, settingsRecord } from './steps';

const current = freshSessionEachTest();
let session: Session;
beforeEach(() => {
  session = current();
});

async function noViolations(page: Page, where: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await axeViolations(page), `${where} in ${scheme}`).toEqual([]);
  }
}

/** A popup as the toolbar opens it: at most 400 by 600. */
async function openPopup() {
  const popup = await openExtensionPage(session, 'popup.html');
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.getByRole('button', { name: t('popup.logUrge') }).waitFor();
  return popup;
}

describe('the popup for the hard moment', () => {
  it('the first view fits 400 by 600 with no scrolling, with a full plan, people, a trigger site and a days counter', async () => {
    const now = Date.now();
    const stamp = { createdAt: now, updatedAt: now };
    await database(session, {
      kind: 'write',
      store: 'plan',
      records: [
        { id: 'coping', items: ['Take a walk around the block', 'A long shower'], ...stamp },
        { id: 'reasons', items: ['My daughter, and the mornings we have together'], ...stamp },
      ],
    });
    await database(session, {
      kind: 'write',
      store: 'contacts',
      records: [{ id: 'c1', name: 'Sam', ways: { call: '+12015550123' }, order: 0, ...stamp }],
    });
    // A trigger site, so "Keep my sites firm until morning" is offered too.
    await database(session, {
      kind: 'write',
      store: 'sites',
      records: [{ id: 's1', host: 'example.org', scope: 'site', level: 'gentle', when: 'always', ...stamp }],
    });
    await database(session, {
      kind: 'write',
      store: 'settings',
      records: [
        settingsRecord(now, {
          showDays: true,
          counterStart: now - 40 * 86_400_000,
          recoveryStart: now - 90 * 86_400_000,
          dailyCheckIn: true,
        }),
      ],
    });
    const popup = await openPopup();
    await popup.getByText(t('popup.days', 40)).waitFor();
    await popup.getByRole('link', { name: t('reach.button', ['Sam']) }).waitFor();
    await popup.getByRole('button', { name: t('firm.keep') }).waitFor();
    const size = await popup.evaluate(() => ({
      height: document.documentElement.scrollHeight,
      width: document.documentElement.scrollWidth,
    }));
    expect(size.height, 'no vertical scrolling at 400 × 600').toBeLessThanOrEqual(600);
    expect(size.width, 'no sideways scrolling').toBeLessThanOrEqual(400);
    await noViolations(popup, 'the first view');
  });

  it('logs an urge with its strength and a trigger in three actions, and it is there in the history', async () => {
    const popup = await openPopup();
    await popup.getByRole('button', { name: t('popup.logUrge') }).click();
    const strength = popup.getByRole('slider', { name: t('urge.strength') });
    await strength.focus();
    await popup.keyboard.press('ArrowRight');
    await popup.getByRole('button', { name: t('urge.halt.tired') }).click();
    await expect
      .poll(async () => (await readStore(session, 'urges')).map((u) => [u.strength, u.triggers]))
      .toEqual([[6, ['tired']]]);
    await noViolations(popup, 'the urge details');

    const options = await openExtensionPage(session, 'options.html#history');
    await options.getByText(t('history.strength', ['6'])).waitFor();
    await options.getByText(t('urge.halt.tired')).waitFor();
    await noViolations(options, 'the history');
  });

  it('I used: safety on the first screen, nothing kept on a mis-tap, kept on going on, the totals as they were', async () => {
    const now = Date.now();
    await database(session, {
      kind: 'write',
      store: 'settings',
      records: [
        settingsRecord(now, {
          showDays: true,
          counterStart: now - 20 * 86_400_000,
          recoveryStart: now - 20 * 86_400_000,
        }),
      ],
    });
    const popup = await openPopup();
    await popup.getByText(t('popup.days', 20)).waitFor();
    // A mis-tap: the way out leaves nothing.
    await popup.getByRole('button', { name: t('popup.used') }).click();
    await popup.getByRole('button', { name: t('lapse.mistake') }).click();
    await popup.getByText(t('lapse.nothingKept')).waitFor();
    expect(await readStore(session, 'lapses')).toEqual([]);

    await popup.getByRole('button', { name: t('popup.used') }).click();
    await popup.getByRole('heading', { name: t('lapse.acknowledgeHeading') }).waitFor();
    for (const key of [
      'lapse.safetyNaloxone',
      'lapse.safetyAlone',
      'lapse.safetyEmergency',
      'lapse.safetyHopeless',
    ] as const) {
      await popup.getByText(t(key)).waitFor();
    }
    expect(await popup.getByRole('link', { name: /Never Use Alone/ }).getAttribute('href')).toBe('tel:+18004843731');
    expect(await popup.getByRole('link', { name: /911/ }).getAttribute('href')).toBe('tel:911');
    expect(await popup.getByRole('link', { name: /988/ }).getAttribute('href')).toBe('tel:988');
    expect(await readStore(session, 'lapses'), 'nothing kept while the first screen is read').toEqual([]);
    await noViolations(popup, 'the lapse check-in, first screen');
    await popup.getByRole('button', { name: t('lapse.goOn') }).click();
    await popup.getByRole('heading', { name: t('lapse.notAloneHeading') }).waitFor();
    await expect.poll(async () => (await readStore(session, 'lapses')).length).toBe(1);
    await popup.getByRole('button', { name: t('reach.heading') }).waitFor();
    await noViolations(popup, t('lapse.notAloneHeading'));
    for (const heading of ['lapse.whatHeading', 'lapse.changeHeading', 'lapse.nextDaysHeading'] as const) {
      await popup.getByRole('button', { name: t('lapse.next') }).click();
      await popup.getByRole('heading', { name: t(heading) }).waitFor();
      if (heading === 'lapse.changeHeading') {
        await popup.getByRole('button', { name: t('lapse.changePeople') }).click();
        await popup.getByRole('textbox', { name: t('lapse.changeProfile') }).waitFor();
      }
      await noViolations(popup, t(heading));
    }
    await popup.getByRole('button', { name: t('lapse.finish') }).click();
    await popup.getByText(t('popup.days', 20)).waitFor();
    const [settings] = await readStore(session, 'settings');
    expect(settings?.counterStart, 'the counter starts again only if the person chooses so').toBe(
      now - 20 * 86_400_000,
    );
    const [surroundings] = (await readStore(session, 'plan')).filter((section) => section.id === 'safer-surroundings');
    expect(surroundings?.items).toEqual([t('lapse.changePeopleLine')]);
    expect(await readStore(session, 'lapses')).toHaveLength(1);
  });

  it('an urge whose outcome is "I used" leads into the check-in and is kept as one lapse, linked to it', async () => {
    const popup = await openPopup();
    await popup.getByRole('button', { name: t('popup.logUrge') }).click();
    await popup.getByRole('radio', { name: t('urge.outcomes.used') }).click();
    await popup.getByRole('heading', { name: t('lapse.acknowledgeHeading') }).waitFor();
    await popup.getByText(t('lapse.safetyNaloxone')).waitFor();
    await popup.getByRole('button', { name: t('lapse.goOn') }).click();
    await popup.getByRole('heading', { name: t('lapse.notAloneHeading') }).waitFor();
    await expect.poll(async () => (await readStore(session, 'lapses')).length).toBe(1);
    const [urge] = await readStore(session, 'urges');
    const [lapse] = await readStore(session, 'lapses');
    expect(urge?.outcome).toBe('used');
    expect(lapse?.urgeId).toBe(urge?.id);

    // Counted once: one lapse in the history.
    const options = await openExtensionPage(session, 'options.html#history');
    await options.getByRole('radio', { name: t('history.filter.kinds.lapse') }).check();
    const lapseTitle = new RegExp(`^${t('history.lapse.title', ['']).trim()}`);
    await expect.poll(() => options.getByText(lapseTitle).count()).toBe(1);
  });

  it('the daily check-in and riding an urge out pass axe too', async () => {
    await database(session, {
      kind: 'write',
      store: 'settings',
      records: [settingsRecord(Date.now(), { dailyCheckIn: true })],
    });
    const popup = await openPopup();
    await popup.getByRole('button', { name: t('popup.checkInStart') }).click();
    await popup.getByRole('heading', { name: t('checkIn.heading') }).waitFor();
    await noViolations(popup, 'the daily check-in');
    await popup.getByRole('button', { name: t('popup.back') }).click();
    await popup.getByRole('button', { name: t('popup.rideItOut') }).click();
    await popup.getByRole('button', { name: t('ride.stop') }).click();
    await popup.getByRole('slider', { name: t('ride.after') }).waitFor();
    await noViolations(popup, 'riding it out');
  });
});
