import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../i18n';
import { BROWSERS, type Driver, startDriver, type Tab } from './driver';
import { addPerson } from './flows';
import { PASSCODE, PRIVATE } from './person';

/**
 * The lock, in Chromium and in Firefox alike: every word of the person's is gone from every locked
 * screen, and "Lock now" in one page locks the others at once. A page is read whole, as the
 * browser hands it to automation: its text, hidden parts too, its attributes and shadow trees (in
 * Firefox over WebDriver BiDi, with no script in Steady's pages). One browser per browser kind
 * for the file: the tests follow on from each other. The passcode's own steps (a wrong one, the
 * right one) are in both-browsers.e2e.ts; the time running out and what is stored, in lock.e2e.ts.
 */

const EVERY_WORD = Object.values(PRIVATE);
/** What the locked popup may not show: a support person's name stays, to reach them in a hard moment. */
const SEALED_WORDS = [PRIVATE.note, PRIVATE.coping, PRIVATE.reason, PRIVATE.trigger];

/** Which of `words` a page holds anywhere (text, hidden text, attributes, shadow trees). */
async function wordsOn(tab: Tab, words: readonly string[]): Promise<string[]> {
  const everything = await tab.domText();
  return words.filter((word) => everything.includes(word));
}

/** The lock screen, with its crisis lines (they come from the database after the lock check). */
async function lockScreen(tab: Tab) {
  await tab.find('heading', t('lock.heading'));
  await tab.find('link', `${t('crisis.lifeline.name')}: 988`);
}

describe.each(BROWSERS)('in %s', (browser) => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await startDriver(browser);
    // A plan, a support person and an urge with a note, written as a person writes them.
    const options = await driver.options('plan');
    await options.fill('textbox', t('plan.sections.reasons'), PRIVATE.reason);
    await options.fill('textbox', t('plan.sections.coping'), PRIVATE.coping);
    await options.fill('textbox', t('plan.sections.triggers'), PRIVATE.trigger);
    await options.click('button', t('plan.save'));
    await options.seeText(t('plan.saved'));
    await options.click('link', t('people.heading'));
    await addPerson(options, PRIVATE.contact, 'call', '+1 201 555 0123');
    await options.close();
    const popup = await driver.popup();
    await popup.click('button', t('popup.logUrge'));
    await popup.fill('textbox', t('urge.note'), PRIVATE.note);
    await popup.press('Tab');
    await popup.click('button', t('urge.done'));
    await popup.find('button', t('popup.logUrge'));
    await popup.close();
  }, 120_000);
  afterAll(() => driver?.close());

  it('“Lock now” in one page locks the other open pages at once, and none of the words is left in them', async () => {
    // Unlocked, the words are there to read (so their absence below means something).
    const history = await driver.options('history');
    await history.seeText(PRIVATE.note);
    const popup = await driver.popup();
    await popup.seeText(PRIVATE.coping);
    expect(await wordsOn(popup, EVERY_WORD)).toEqual(expect.arrayContaining([PRIVATE.coping, PRIVATE.reason]));
    const people = await driver.options('people');
    await people.seeText(PRIVATE.contact);
    expect(await wordsOn(history, EVERY_WORD), 'the history, unlocked').toContain(PRIVATE.note);

    const data = await driver.options('data');
    await data.fillLabelled(t('data.passcode'), PASSCODE);
    await data.fillLabelled(t('data.passcodeAgain'), PASSCODE);
    await data.click('button', t('data.setLock'));
    await data.waitForStatus(t('data.lockSet'));
    await data.click('button', t('data.lockNow'));

    for (const [what, tab] of [
      ['the data section', data],
      ['the history, open before', history],
      ['my people, open before', people],
    ] as const) {
      await lockScreen(tab);
      expect(await wordsOn(tab, EVERY_WORD), `${what}, locked`).toEqual([]);
      expect(await tab.count('navigation', t('nav.label')), `${what}: no way around the lock`).toBe(0);
      await tab.close();
    }
    // The popup open before: its plan's words go, with no reload; reaching the person stays.
    await expect.poll(() => wordsOn(popup, SEALED_WORDS), { timeout: 20_000 }).toEqual([]);
    await popup.find('link', t('reach.button', [PRIVATE.contact]));
    await popup.close();
  });

  it('every locked screen opened afresh holds none of the words; logging an urge still works', async () => {
    for (const section of ['history', 'plan', 'people', 'data'] as const) {
      const options = await driver.options(section);
      await lockScreen(options);
      expect(await wordsOn(options, EVERY_WORD), `options.html#${section}, locked`).toEqual([]);
      // No field on the lock screen but the passcode (a textbox to Playwright, none to Firefox): no value to hold a word.
      const fields = (await options.controlShots('textbox')).map((field) => field.name);
      expect(
        fields.filter((name) => !name.includes('unlock-passcode')),
        `options.html#${section}: fields`,
      ).toEqual([]);
      await options.close();
    }
    const popup = await driver.popup();
    await popup.find('link', t('reach.button', [PRIVATE.contact]));
    expect(await wordsOn(popup, SEALED_WORDS), 'the popup, locked').toEqual([]);
    await popup.click('button', t('popup.logUrge'));
    await popup.find('heading', t('urge.heading'));
    await popup.find('button', t('urge.halt.tired'));
    expect(await wordsOn(popup, SEALED_WORDS), 'logging an urge, locked').toEqual([]);
    await popup.click('button', t('urge.done'));
    await popup.find('button', t('popup.logUrge'));
    expect(await wordsOn(popup, SEALED_WORDS), 'the popup after logging, locked').toEqual([]);

    // Opened with the passcode, the words are back.
    const options = await driver.options('history');
    await lockScreen(options);
    await options.fillLabelled(t('lock.passcode'), PASSCODE);
    await options.click('button', t('lock.unlock'));
    await options.find('navigation', t('nav.label'));
    await options.seeText(PRIVATE.note);
  });
});
