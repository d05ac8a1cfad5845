import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../i18n';
import { BROWSERS, type Driver, startDriver } from './driver';
import { addPerson, flag } from './flows';
import { readStore } from './steps';

/**
 * Reaching out, in Chromium and in Firefox alike: with no one on the list, to the country's own
 * line with the focus on it; the popup's and the check-in's "Reach out" go to the first person's
 * preferred way with the person's words, and the browser sets out for it (the
 * link actually followed); "More" lists every person and every way; a call on a computer also
 * shows the number large, to copy. One browser per kind for the whole file. What only Chromium's
 * automation reads (the records, by script in Steady's pages) is checked there too.
 */

/** The person's words in a link, encoded as Steady encodes every part of one (RFC 3986 unreserved only). */
const encoded = (text: string) =>
  encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const MESSAGE = t('reach.defaultMessage');
const WHATSAPP = `https://wa.me/12015550123?text=${encoded(MESSAGE)}`;
const MAIL = `mailto:ana@example.org?subject=${encoded(t('reach.subject'))}&body=${encoded(MESSAGE)}`;

describe.each(BROWSERS)('in %s', (browser) => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await startDriver(browser);
  });
  afterAll(() => driver?.close());

  // First, while the person has no one on their list.
  it('with no person, reach out goes to the country’s own line, with the focus on it', async () => {
    const help = await driver.options('help');
    const spain = new Intl.DisplayNames(['en'], { type: 'region' }).of('ES') ?? 'Spain';
    await help.choose(t('lines.country'), spain);
    await help.seeText(t('lines.countrySaved', [spain]));
    await help.fill('textbox', t('lines.name'), 'Teléfono de la Esperanza');
    await help.fill('textbox', t('lines.number'), '717 003 717');
    await help.click('button', t('lines.save'));
    await help.seeText(t('lines.saved', ['Teléfono de la Esperanza']));
    await help.close();
    const popup = await driver.popup();
    await popup.click('button', t('reach.heading'));
    await popup.seeText(t('lines.yours'));
    await expect
      .poll(() => popup.focused('href'), { message: 'the focus on the first line, to call at once' })
      .toBe('tel:717003717');
    expect(
      await popup.count('link', t('crisis.lineLabel', [t('crisis.lifeline.name'), '988'])),
      'no US line as local',
    ).toBe(0);
    await popup.close();
  });

  it('the popup and the check-in reach the first person’s preferred way with the words, and the browser goes there', async () => {
    await (await flag(driver, 'reach.example.org')).close();
    const help = await driver.options('help');
    const us = new Intl.DisplayNames(['en'], { type: 'region' }).of('US') ?? 'United States';
    await help.choose(t('lines.country'), us);
    await help.seeText(t('lines.countrySaved', [us]));
    await help.close();

    const options = await driver.options('people');
    await options.fill('textbox', t('people.name'), 'Sam');
    await options.fill('textbox', t('people.ways.call'), '(201) 555-0123');
    await options.fill('textbox', t('people.ways.whatsapp'), '201 555 0123');
    await options.choose(t('people.preferred'), t('people.ways.whatsapp'));
    await options.click('button', t('people.save'));
    await options.waitForStatus(t('people.saved', ['Sam']));
    await addPerson(options, 'Ana', 'email', 'ana@example.org');
    await options.close();
    if (driver.chromium) {
      const people = await readStore(driver.chromium, 'contacts');
      expect(people.map((p) => [p.name, p.ways, p.order])).toEqual(
        expect.arrayContaining([
          ['Sam', { call: '+12015550123', whatsapp: '+12015550123' }, 0],
          ['Ana', { email: 'ana@example.org' }, 1],
        ]),
      );
    }

    const popup = await driver.popup();
    expect(await popup.attribute('link', t('reach.button', ['Sam']), 'href')).toBe(WHATSAPP);
    expect(await popup.follow(t('reach.button', ['Sam'])), 'followed from the popup').toBe(WHATSAPP);
    await popup.close();

    const tab = await driver.visit('reach.example.org', '/');
    const checkIn = await tab.checkIn();
    expect(await checkIn.attribute('link', t('reach.button', ['Sam']), 'href')).toBe(WHATSAPP);
    // "More" lists every person and every way.
    await checkIn.click('button', t('reach.more'));
    expect(await checkIn.attribute('link', t('reach.way.call', ['Sam']), 'href')).toBe('tel:+12015550123');
    expect(await checkIn.attribute('link', t('reach.way.email', ['Ana']), 'href')).toBe(MAIL);
    expect(await checkIn.follow(t('reach.button', ['Sam'])), 'followed from the check-in').toBe(WHATSAPP);
    if (driver.chromium) {
      const session = driver.chromium;
      await expect
        .poll(async () => (await readStore(session, 'reachOuts')).map((r) => `${r.channel} ${r.from}`).sort())
        .toEqual(['whatsapp popup', 'whatsapp warning']);
    }
    await tab.close();
  });

  it('a call on a computer also shows the number large, to copy', async () => {
    const options = await driver.options('people');
    await addPerson(options, 'Lee', 'call', '+1 201 555 0188');
    await options.close();
    const popup = await driver.popup();
    // "More" lists Lee whoever is first.
    await popup.click('button', t('reach.more'));
    expect(await popup.attribute('link', t('reach.way.call', ['Lee']), 'href')).toBe('tel:+12015550188');
    await popup.click('link', t('reach.way.call', ['Lee']));
    await popup.find('heading', t('reach.numberHeading', ['Lee']));
    await popup.seeText('+12015550188');
    await popup.find('button', t('reach.copyNumber'));
    await popup.close();
  });
});
