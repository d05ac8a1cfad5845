import { beforeEach, describe, expect, it } from 'vitest';
import { t } from '../i18n';
import { openExtensionPage, type Session } from './harness';
import { freshSessionEachTest, openSection } from './steps';

const current = freshSessionEachTest();
let session: Session;
beforeEach(() => {
  session = current();
});

/** Chooses the person's country on the Help section of the options page. */
async function chooseCountry(options: import('playwright-core').Page, country: string) {
  await openSection(options, 'nav.help');
  await options.getByRole('combobox', { name: t('lines.country') }).selectOption(country);
  const name = new Intl.DisplayNames(['en'], { type: 'region' }).of(country) ?? country;
  await options.getByText(t('lines.countrySaved', [name])).waitFor();
}

/**
 * What only Chromium's automation reads here: where the focus is in the popup (script in Steady's
 * page). Reaching out itself (the preferred way with the words, the link followed from the popup and
 * the check-in, "More", the number large to copy) runs in both browsers (both-people.e2e.ts), as do
 * the order of people and a country's lines (both-browsers.e2e.ts).
 */
describe('support people and reaching out', () => {
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
