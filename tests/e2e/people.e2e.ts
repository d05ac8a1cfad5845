import { beforeEach, describe, expect, it } from 'vitest';
import { t } from '../i18n';
import { openExtensionPage, type Session, warningFrame } from './harness';
import { flagSite, freshSessionEachTest, openSection, readStore } from './steps';

const current = freshSessionEachTest();
let session: Session;
beforeEach(() => {
  session = current();
});

/** The person's words in a link, encoded as Steady encodes every part of one (RFC 3986 unreserved only). */
const encoded = (text: string) =>
  encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const MESSAGE = t('reach.defaultMessage');

/** Chooses the person's country on the Help section of the options page. */
async function chooseCountry(options: import('playwright-core').Page, country: string) {
  await openSection(options, 'nav.help');
  await options.getByRole('combobox', { name: t('lines.country') }).selectOption(country);
  const name = new Intl.DisplayNames(['en'], { type: 'region' }).of(country) ?? country;
  await options.getByText(t('lines.countrySaved', [name])).waitFor();
}

/** Adds a person on the options page, as a person does. */
async function addPerson(
  options: import('playwright-core').Page,
  name: string,
  ways: Partial<Record<'call' | 'text' | 'email' | 'whatsapp', string>>,
  preferred?: 'call' | 'text' | 'email' | 'whatsapp',
) {
  const form = options.getByRole('form', { name: t('people.addHeading') });
  await form.getByRole('textbox', { name: t('people.name'), exact: true }).fill(name);
  for (const [channel, value] of Object.entries(ways)) {
    await form.getByRole('textbox', { name: t(`people.ways.${channel as 'call'}`), exact: true }).fill(value);
  }
  if (preferred) await form.getByRole('combobox', { name: t('people.preferred') }).selectOption(preferred);
  await form.getByRole('button', { name: t('people.save') }).click();
  await options.getByText(t('people.saved', [name])).waitFor();
}

/** Opens a link the way a person does and returns the address the browser was asked to open. */
async function follow(link: import('playwright-core').Locator) {
  const opened = session.context.waitForEvent('request', (r) => !r.url().startsWith('chrome'));
  await link.click();
  return (await opened).url();
}

describe('support people and reaching out', () => {
  it('two people: the popup and the warning reach the first one’s preferred way with the words; reordered, the other one', async () => {
    const options = await flagSite(session, 'example.org');
    await chooseCountry(options, 'US');
    await openSection(options, 'people.heading');
    await addPerson(options, 'Sam', { call: '(201) 555-0123', whatsapp: '201 555 0123' }, 'whatsapp');
    await addPerson(options, 'Ana', { email: 'ana@example.org' });
    const people = await readStore(session, 'contacts');
    expect(people.map((p) => [p.name, p.ways, p.order])).toEqual(
      expect.arrayContaining([
        ['Sam', { call: '+12015550123', whatsapp: '+12015550123' }, 0],
        ['Ana', { email: 'ana@example.org' }, 1],
      ]),
    );

    const whatsapp = `https://wa.me/12015550123?text=${encoded(MESSAGE)}`;
    const popup = await openExtensionPage(session, 'popup.html');
    const reach = popup.getByRole('link', { name: t('reach.button', ['Sam']) });
    expect(await reach.getAttribute('href')).toBe(whatsapp);
    expect(await follow(reach)).toBe(whatsapp);
    await expect
      .poll(async () => (await readStore(session, 'reachOuts')).map((r) => [r.channel, r.from]))
      .toEqual([['whatsapp', 'popup']]);

    const tab = await session.context.newPage();
    await tab.goto(session.web.url('example.org', '/'));
    const frame = await warningFrame(tab);
    const fromWarning = frame?.getByRole('link', { name: t('reach.button', ['Sam']) });
    expect(await fromWarning?.getAttribute('href')).toBe(whatsapp);
    // "More" lists every person and every way.
    await frame?.getByRole('button', { name: t('reach.more') }).click();
    expect(await frame?.getByRole('link', { name: t('reach.way.call', ['Sam']) }).getAttribute('href')).toBe(
      'tel:+12015550123',
    );
    expect(await frame?.getByRole('link', { name: t('reach.way.email', ['Ana']) }).getAttribute('href')).toBe(
      `mailto:ana@example.org?subject=${encoded(t('reach.subject'))}&body=${encoded(MESSAGE)}`,
    );
    if (fromWarning) expect(await follow(fromWarning)).toBe(whatsapp);
    await expect
      .poll(async () => (await readStore(session, 'reachOuts')).map((r) => r.from).sort())
      .toEqual(['popup', 'warning']);

    // Ana first: now she is the one reached.
    await options.getByRole('button', { name: t('people.moveUp', ['Ana']) }).click();
    await options.getByText(t('people.moved', ['Ana', '1'])).waitFor();
    const again = await openExtensionPage(session, 'popup.html');
    expect(await again.getByRole('link', { name: t('reach.button', ['Ana']) }).getAttribute('href')).toBe(
      `mailto:ana@example.org?subject=${encoded(t('reach.subject'))}&body=${encoded(MESSAGE)}`,
    );
  });

  it('a call on a computer also shows the number large, to copy', async () => {
    const options = await openExtensionPage(session, 'options.html#people');
    await addPerson(options, 'Lee', { call: '+1 201 555 0188' });
    const popup = await openExtensionPage(session, 'popup.html');
    const link = popup.getByRole('link', { name: t('reach.button', ['Lee']) });
    expect(await link.getAttribute('href')).toBe('tel:+12015550188');
    await link.click();
    await popup.getByRole('heading', { name: t('reach.numberHeading', ['Lee']) }).waitFor();
    expect(await popup.getByText('+12015550188', { exact: true }).count()).toBe(1);
    await popup.getByRole('button', { name: t('reach.copyNumber') }).waitFor();
  });

  it('with no person, reach out goes to the crisis lines of the person’s country', async () => {
    const options = await openExtensionPage(session, 'options.html');
    await chooseCountry(options, 'ES');
    // Spain, no lines of their own yet: the United States lines are marked as not local.
    const before = await openExtensionPage(session, 'popup.html');
    await before.getByText(t('lines.usNotLocal')).waitFor();

    const lines = options.getByRole('form', { name: t('lines.addHeading') });
    await lines.getByRole('textbox', { name: t('lines.name') }).fill('Teléfono de la Esperanza');
    await lines.getByRole('textbox', { name: t('lines.number'), exact: true }).fill('717 003 717');
    await lines.getByRole('button', { name: t('lines.save') }).click();
    await options.getByText(t('lines.saved', ['Teléfono de la Esperanza'])).waitFor();

    const popup = await openExtensionPage(session, 'popup.html');
    await popup.getByRole('button', { name: t('reach.heading') }).click();
    const focused = await popup.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused).toBe('tel:717003717');
    expect(await popup.getByRole('link', { name: /988/ }).count(), 'no United States line shown as local').toBe(0);
    await popup.getByText(t('lines.yours')).waitFor();
  });
});
