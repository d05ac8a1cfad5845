import { afterEach, describe, expect, it } from 'vitest';
import { t, words } from '../i18n';
import { BROWSERS, type Driver, startDriver } from './driver';
import { addPerson, flag, setLevel } from './flows';

/**
 * What matters most to a person, in Chromium and in Firefox alike: one set of tests, run against
 * both browsers through the thin driver (driver.ts). What Firefox cannot do, and what is not
 * ported yet, is listed in the README ("Firefox").
 */
let driver: Driver | undefined;
afterEach(async () => {
  await driver?.close();
  driver = undefined;
});

describe.each(BROWSERS)('in %s', (browser) => {
  it('gentle: the check-in covers the page; continue lifts it and the site stays quiet; another site gets nothing', async () => {
    driver = await startDriver(browser);
    await flag(driver, 'example.org');
    const tab = await driver.visit('news.example.org', '/story');
    const checkIn = await tab.checkIn();
    expect(await tab.covered()).toBe(true);
    await checkIn.find('button', t('reach.heading'));
    await checkIn.click('button', t('warning.continue'));
    await tab.waitUncovered();
    // Quiet after continue: were it to check in again, the cover would stay and this would not return.
    await tab.goto('example.org', '/later');
    await tab.waitUncovered();
    const other = await driver.visit('example.net', '/');
    expect(await other.host()).toBe('example.net');
    expect(await other.covered(), 'a site that is not a trigger site gets nothing of Steady’s').toBe(false);
  });

  it('leave goes back to where the person was', async () => {
    driver = await startDriver(browser);
    await flag(driver, 'example.org');
    const tab = await driver.visit('example.com', '/start');
    await tab.goto('example.org', '/x');
    const checkIn = await tab.checkIn();
    await checkIn.click('button', t('warning.leave'));
    await expect.poll(() => tab.host()).toBe('example.com');
    expect(await tab.covered()).toBe(false);
  });

  it('pause: continue comes after the breathing pause, and then lifts the cover', async () => {
    driver = await startDriver(browser);
    const options = await flag(driver, 'example.org');
    await setLevel(options, 'pause');
    await options.click('link', t('settings.heading'));
    await options.fillLabelled(t('settings.pauseSeconds'), '5');
    await options.click('button', t('settings.save'));
    await options.waitForStatus(t('common.saved'));
    const tab = await driver.visit('example.org', '/');
    const checkIn = await tab.checkIn();
    expect(await checkIn.attribute('button', t('warning.continue'), 'disabled'), 'not yet').not.toBeNull();
    await expect
      .poll(() => checkIn.attribute('button', t('warning.continue'), 'disabled'), { timeout: 20_000 })
      .toBeNull();
    await checkIn.click('button', t('warning.continue'));
    await tab.waitUncovered();
  });

  it('removing a site: its check-in is gone', async () => {
    driver = await startDriver(browser);
    const options = await flag(driver, 'example.org');
    await options.click('button', t('sites.remove', ['example.org']));
    await options.waitForStatus(t('sites.removed', ['example.org']));
    const tab = await driver.visit('example.org', '/');
    expect(await tab.host()).toBe('example.org');
    expect(await tab.covered(), 'no cover and no check-in once the site is gone').toBe(false);
  });

  it('firm: no continue, but leave, reach out and the crisis lines', async () => {
    driver = await startDriver(browser);
    const options = await flag(driver, 'example.org');
    await setLevel(options, 'firm');
    const tab = await driver.visit('example.org', '/');
    const checkIn = await tab.checkIn();
    await checkIn.find('button', t('reach.heading'));
    expect(await checkIn.count('button', t('warning.leave')), 'the count sees what is there').toBe(1);
    expect(await checkIn.count('button', t('warning.continue'))).toBe(0);
    await checkIn.click('button', t('reach.heading'));
    expect(await checkIn.attribute('link', `${t('crisis.lifeline.name')}: 988`, 'href')).toBe('tel:988');
  });

  it('people: the popup reaches the first person; moved up, the other one', async () => {
    driver = await startDriver(browser);
    const options = await driver.options('people');
    await addPerson(options, 'Sam', 'call', '+1 201 555 0123');
    await addPerson(options, 'Ana', 'email', 'ana@example.org');
    const popup = await driver.popup();
    expect(await popup.attribute('link', t('reach.button', ['Sam']), 'href')).toBe('tel:+12015550123');
    await options.click('button', t('people.moveUp', ['Ana']));
    await options.waitForStatus(t('people.moved', ['Ana', '1']));
    const again = await driver.popup();
    expect(await again.attribute('link', t('reach.button', ['Ana']), 'href')).toMatch(/^mailto:ana@example\.org\?/);
  });

  it('an urge logged in the popup, with what set it off, is in the history', async () => {
    driver = await startDriver(browser);
    const popup = await driver.popup();
    await popup.click('button', t('popup.logUrge'));
    await popup.seeText(t('popup.logged'));
    await popup.click('button', t('urge.halt.tired'));
    await popup.click('button', t('urge.done'));
    const options = await driver.options('history');
    await options.seeText(t('urge.halt.tired'));
  });

  it('the plan: reasons written in the options show in the popup', async () => {
    driver = await startDriver(browser);
    const options = await driver.options('plan');
    await options.fill('textbox', t('plan.sections.reasons'), 'Being there for Maya’s recital');
    await options.click('button', t('plan.save'));
    await options.seeText(t('plan.saved'));
    const popup = await driver.popup();
    await popup.seeText('Being there for Maya’s recital');
  });

  it('"I used": safety first; "I tapped this by mistake" keeps nothing; going on keeps one lapse', async () => {
    driver = await startDriver(browser);
    const popup = await driver.popup();
    await popup.click('button', t('popup.used'));
    await popup.find('heading', t('lapse.acknowledgeHeading'));
    await popup.click('button', t('lapse.mistake'));
    await popup.seeText(t('lapse.nothingKept'));
    const options = await driver.options('history');
    await options.seeText(t('history.empty'));

    await popup.click('button', t('popup.used'));
    await popup.find('heading', t('lapse.acknowledgeHeading'));
    for (const key of ['lapse.safetyNaloxone', 'lapse.safetyAlone', 'lapse.safetyEmergency'] as const) {
      await popup.seeText(t(key));
    }
    const line = (name: string, number: string) => t('crisis.lineLabel', [name, number]);
    expect(await popup.attribute('link', line(t('crisis.neverUseAlone.name'), '1-800-484-3731'), 'href')).toBe(
      'tel:+18004843731',
    );
    expect(await popup.attribute('link', line(t('crisis.emergency.name'), '911'), 'href')).toBe('tel:911');
    await popup.click('button', t('lapse.goOn'));
    await popup.find('heading', t('lapse.notAloneHeading'));
    await popup.find('button', t('reach.heading'));
    for (const heading of ['lapse.whatHeading', 'lapse.changeHeading', 'lapse.nextDaysHeading'] as const) {
      await popup.click('button', t('lapse.next'));
      await popup.find('heading', t(heading));
    }
    await popup.click('button', t('lapse.finish'));
    await popup.find('button', t('popup.logUrge'));
    const later = await driver.options('history');
    await later.seeTextStarting(t('history.lapse.title', ['']).trim());
  });

  it('an urge whose outcome is "I used" leads into the same steps and is kept as a lapse', async () => {
    driver = await startDriver(browser);
    const popup = await driver.popup();
    await popup.click('button', t('popup.logUrge'));
    await popup.click('radio', t('urge.outcomes.used'));
    await popup.find('heading', t('lapse.acknowledgeHeading'));
    await popup.seeText(t('lapse.safetyNaloxone'));
    await popup.click('button', t('lapse.goOn'));
    await popup.find('heading', t('lapse.notAloneHeading'));
    const options = await driver.options('history');
    await options.seeTextStarting(t('history.lapse.title', ['']).trim());
  });

  it('with no person, reach out goes to the lines of the person’s country, never a US line as local', async () => {
    driver = await startDriver(browser);
    const options = await driver.options('help');
    const spain = new Intl.DisplayNames(['en'], { type: 'region' }).of('ES') ?? 'Spain';
    await options.choose(t('lines.country'), spain);
    await options.seeText(t('lines.countrySaved', [spain]));
    const before = await driver.popup();
    await before.seeText(t('lines.usNotLocal'));

    await options.fill('textbox', t('lines.name'), 'Teléfono de la Esperanza');
    await options.fill('textbox', t('lines.number'), '717 003 717');
    await options.click('button', t('lines.save'));
    await options.seeText(t('lines.saved', ['Teléfono de la Esperanza']));
    const popup = await driver.popup();
    await popup.click('button', t('reach.heading'));
    await popup.seeText(t('lines.yours'));
    const own = t('crisis.lineLabel', ['Teléfono de la Esperanza', '717 003 717']);
    expect(await popup.attribute('link', own, 'href')).toBe('tel:717003717');
    expect(await popup.count('link', own), 'the count sees what is there').toBe(1);
    expect(await popup.count('link', t('crisis.lineLabel', [t('crisis.lifeline.name'), '988']))).toBe(0);
  });

  it('in a browser that speaks Spanish, Steady does: the settings, the popup, "I used" and the check-in', async () => {
    driver = await startDriver(browser, 'es');
    const es = (key: Parameters<typeof words>[1], ...args: Array<Array<string | number>>) => words('es', key, ...args);
    const options = await driver.options();
    await options.fill('textbox', es('sites.inputLabel'), 'example.org');
    await options.click('button', es('sites.add'));
    await options.waitForStatus(es('sites.added', ['example.org']));
    const popup = await driver.popup();
    await popup.click('button', es('popup.used'));
    await popup.find('heading', es('lapse.acknowledgeHeading'));
    await popup.seeText(es('lapse.safetyNaloxone'));
    await popup.click('button', es('lapse.mistake'));
    await popup.seeText(es('lapse.nothingKept'));
    const tab = await driver.visit('example.org', '/');
    const checkIn = await tab.checkIn();
    await checkIn.find('button', es('warning.continue'));
    await checkIn.click('button', es('warning.leave'));
  });

  it('the lock: closes the settings, keeps help open, refuses a wrong passcode and opens with the right one', async () => {
    driver = await startDriver(browser);
    const options = await driver.options('data');
    await options.fillLabelled(t('data.passcode'), 'river stones 24');
    await options.fillLabelled(t('data.passcodeAgain'), 'river stones 24');
    await options.click('button', t('data.setLock'));
    await options.waitForStatus(t('data.lockSet'));
    expect(await options.count('navigation', t('nav.label')), 'unlocked, the sections are there').toBe(1);
    await options.click('button', t('data.lockNow'));
    await options.find('heading', t('lock.heading'));
    expect(await options.count('navigation', t('nav.label'))).toBe(0);
    await options.find('link', `${t('crisis.lifeline.name')}: 988`);
    // Logging an urge stays open while locked.
    const popup = await driver.popup();
    await popup.click('button', t('popup.logUrge'));
    await popup.seeText(t('popup.logged'));

    await options.fillLabelled(t('lock.passcode'), 'river stones 25');
    await options.click('button', t('lock.unlock'));
    await options.seeText(t('problems.lockWrong'));
    expect(await options.count('navigation', t('nav.label'))).toBe(0);
    await options.fillLabelled(t('lock.passcode'), 'river stones 24');
    await options.click('button', t('lock.unlock'));
    await options.find('navigation', t('nav.label'));
  });
});
