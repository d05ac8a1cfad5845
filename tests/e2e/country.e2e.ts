import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { t, words } from '../i18n';
import { launch, openExtensionPage, type Session, warningFrame } from './harness';
import { axeViolations, readStore } from './steps';

/**
 * The country (issue #16, items 4 and 5): guessed from the browser's language region, said back
 * with every phone number before it is saved, and the chosen country's emergency number shown,
 * never a United States line as if it were local.
 */

let session: Session;
afterEach(async () => {
  await session?.close();
  await session?.web.stop();
});

const es = (key: Parameters<typeof words>[1], ...args: Array<number | Array<string | number>>) =>
  words('es', key, ...args);

/** axe finds nothing on the page as it is, in light and in dark. */
async function passesAxe(page: Page, where: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.waitForTimeout(100);
    expect(await axeViolations(page), `${where}, ${colorScheme}`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('in a browser in en-US, with no country chosen', () => {
  it('a US number typed as dialled at home is read with the guess, read back, and saved as +14155550132', async () => {
    session = await launch();
    const options = await openExtensionPage(session, 'options.html#people');
    const form = options.getByRole('form', { name: t('people.addHeading') });
    await form.getByRole('textbox', { name: t('people.name'), exact: true }).fill('Sam');
    const call = form.getByRole('textbox', { name: t('people.ways.call'), exact: true });
    await call.fill('(415) 555-0132');
    // Read back before it is saved, and tied to the field for a screen reader.
    const readBack = form.getByText(t('people.readBack', ['+1 415 555 0132', 'United States']), { exact: true });
    await readBack.waitFor();
    expect(await readBack.getAttribute('aria-live')).toBe('polite');
    expect(await call.getAttribute('aria-describedby')).toContain((await readBack.getAttribute('id')) ?? 'none');
    await passesAxe(options, 'people, a number read back');

    await form.getByRole('button', { name: t('people.save') }).click();
    await options.getByText(t('people.saved', ['Sam'])).waitFor();
    const people = await readStore(session, 'contacts');
    expect(people.map((p) => [p.name, p.ways])).toEqual([['Sam', { call: '+14155550132' }]]);
    // The guess was not saved as the person's country.
    expect((await readStore(session, 'settings'))[0]?.country).toBeUndefined();

    // A Mexican number typed without +52 reads as a US one, and the read-back says so.
    await form.getByRole('textbox', { name: t('people.name'), exact: true }).fill('Ana');
    await call.fill('55 1234 5678');
    await form.getByText(t('people.readBack', ['+1 551 234 5678', 'United States']), { exact: true }).waitFor();

    // A number that cannot exist here: the country picker sits beside the error; choosing
    // Mexico saves it and reads the numbers again.
    await call.fill('(000) 555-0132');
    await form.getByRole('button', { name: t('people.save') }).click();
    await form.getByText(t('problems.phoneInvalid')).waitFor();
    const picker = form.getByRole('combobox', { name: t('lines.country') });
    await passesAxe(options, 'people, a refused number with the country beside it');
    await picker.selectOption('MX');
    await expect.poll(async () => (await readStore(session, 'settings'))[0]?.country).toBe('MX');
    await call.fill('55 1234 5678');
    await form.getByText(t('people.readBack', ['+52 55 1234 5678', 'Mexico']), { exact: true }).waitFor();
  });

  it('Help now names the guess beside the picker, saves nothing, and keeps the United States lines as such', async () => {
    session = await launch();
    const options = await openExtensionPage(session, 'options.html#help');
    await options.getByText(t('lines.countryGuess', ['United States'])).waitFor();
    expect(await options.getByRole('combobox', { name: t('lines.country') }).inputValue()).toBe('');
    const lines = options.getByRole('region', { name: t('crisis.heading') });
    await lines.getByText(t('crisis.region'), { exact: true }).waitFor();
    expect(
      await lines.getByRole('link', { name: t('crisis.lineLabel', [t('crisis.lifeline.name'), '988']) }).count(),
    ).toBe(1);
    await passesAxe(options, 'help now, a guessed country');
    expect((await readStore(session, 'settings'))[0]?.country).toBeUndefined();
  });
});

describe('in a browser in es-MX', () => {
  it('Mexico is preselected as a guess, and once moved on with, its emergency number is shown, never a US one as local', async () => {
    session = await launch({ language: 'es', locale: 'es-MX' });
    const options = await openExtensionPage(session, 'options.html#welcome');
    const country = options.getByRole('combobox', { name: es('lines.country') });
    await expect.poll(() => country.inputValue()).toBe('MX');
    await options.getByText(es('welcome.countryGuessed')).waitFor();
    await passesAxe(options, 'welcome, the country guessed');

    await options.getByRole('button', { name: es('welcome.next') }).click();
    // Outside the United States, the first steps ask for the person's own lines.
    await options.getByRole('heading', { name: es('welcome.linesHeading') }).waitFor();
    expect((await readStore(session, 'settings'))[0]?.country).toBe('MX');
    const mexico = es('crisis.lineLabel', [es('crisis.emergencyIn', ['México']), '911']);
    const lines = options.getByRole('region', { name: es('crisis.heading') });
    const emergency = lines.getByRole('link', { name: mexico });
    expect(await emergency.getAttribute('href')).toBe('tel:911');
    // The United States lines are under their own words, not as if local.
    await lines.getByText(es('lines.usNotLocal')).waitFor();
    const usList = lines.getByRole('list', { name: es('crisis.region') });
    expect(await usList.getByRole('link', { name: /988/ }).count()).toBe(1);
    expect(await lines.getByRole('link', { name: /988/ }).count()).toBe(1);
    await passesAxe(options, 'welcome, the lines of Mexico');

    // The popup says the same: Mexico's number first.
    const popup = await openExtensionPage(session, 'popup.html');
    const popupLines = popup.getByRole('region', { name: es('crisis.heading') });
    await expect.poll(() => popupLines.getByRole('link').first().getAttribute('href')).toBe('tel:911');
    expect(await popupLines.getByRole('link').first().textContent()).toBe(mexico);
    await popupLines.getByText(es('lines.usNotLocal')).waitFor();
    await passesAxe(popup, 'popup, the lines of Mexico');
    await popup.close();

    // And the warning on a flagged site, which reads the lines from its own copy.
    const sites = await openExtensionPage(session, 'options.html#sites');
    await sites.getByRole('textbox', { name: es('sites.inputLabel'), exact: true }).fill('example.org');
    await sites.getByRole('button', { name: es('sites.add') }).click();
    await sites.getByText(es('sites.added', ['example.org'])).waitFor();
    const tab = await session.context.newPage();
    await tab.goto(session.web.url('example.org', '/'));
    const frame = await warningFrame(tab);
    const warningLines = frame?.getByRole('region', { name: es('crisis.heading') });
    // The check-in shows the lines at once and puts the copy's in their place as it is read.
    await expect.poll(() => warningLines?.getByRole('link').first().getAttribute('href')).toBe('tel:911');
    expect(await warningLines?.getByRole('link').first().textContent()).toBe(mexico);
    await warningLines?.getByText(es('lines.usNotLocal')).waitFor();
    await tab.close();
    await sites.close();

    // Their own line (Línea de la Vida, 800 911 2000: CONASAMA, as reported by El Universal).
    const form = options.getByRole('form', { name: es('lines.addHeading') });
    await form.getByRole('textbox', { name: es('lines.name') }).fill('Línea de la Vida');
    await form.getByRole('textbox', { name: es('lines.number'), exact: true }).fill('800 911 2000');
    await form.getByRole('button', { name: es('lines.save') }).click();
    await options.getByText(es('lines.saved', ['Línea de la Vida'])).waitFor();
    const after = await openExtensionPage(session, 'popup.html');
    const hrefs = () =>
      after
        .getByRole('region', { name: es('crisis.heading') })
        .getByRole('link')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    await expect.poll(hrefs).toEqual(['tel:8009112000', 'tel:911']);
  });
});
