import { afterEach, describe, expect, it } from 'vitest';
import { words } from '../i18n';
import { launch, openExtensionPage, type Session, warningFrame } from './harness';

let session: Session;
afterEach(async () => {
  await session?.close();
  await session?.web.stop();
});

const es = (key: Parameters<typeof words>[1], ...args: Array<number | Array<string | number>>) =>
  words('es', key, ...args);

describe('in a browser that speaks Spanish', () => {
  it('Steady speaks Spanish: the settings, the popup and the warning', async () => {
    session = await launch({ language: 'es' });
    const options = await openExtensionPage(session, 'options.html');
    const language = await options.evaluate(() =>
      (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage(),
    );
    expect(language, 'Chromium speaks only English without its translations: install Debian’s chromium-l10n').toMatch(
      /^es\b/,
    );
    expect(await options.evaluate(() => document.documentElement.lang)).toMatch(/^es\b/);
    expect(await options.title()).toBe(es('pages.options'));
    await options.getByRole('textbox', { name: es('sites.inputLabel'), exact: true }).fill('example.org');
    await options.getByRole('button', { name: es('sites.add') }).click();
    await options.getByText(es('sites.added', ['example.org'])).waitFor();
    // Weekday names come from Intl in the same language.
    await options.getByRole('link', { name: es('times.heading') }).click();
    await options.getByRole('checkbox', { name: 'viernes' }).waitFor();

    const popup = await openExtensionPage(session, 'popup.html');
    await popup.getByRole('button', { name: es('popup.logUrge') }).click();
    await popup.getByText(es('popup.logged')).waitFor();
    // "I used", in Spanish: safety first, and a mis-tap keeps nothing.
    await popup.getByRole('button', { name: es('urge.done') }).click();
    await popup.getByRole('button', { name: es('popup.used') }).click();
    await popup.getByRole('heading', { name: es('lapse.acknowledgeHeading') }).waitFor();
    for (const key of [
      'lapse.safetyNaloxone',
      'lapse.safetyAlone',
      'lapse.safetyEmergency',
      'lapse.safetyHopeless',
    ] as const) {
      await popup.getByText(es(key)).waitFor();
    }
    await popup.getByRole('button', { name: es('lapse.mistake') }).click();
    await popup.getByText(es('lapse.nothingKept')).waitFor();

    const tab = await session.context.newPage();
    await tab.goto(session.web.url('example.org', '/'));
    const frame = await warningFrame(tab);
    await frame?.getByRole('button', { name: es('warning.leave') }).waitFor();
    expect(await frame?.getByRole('link', { name: new RegExp(es('crisis.samhsa.name')) }).count()).toBe(1);
  });
});
