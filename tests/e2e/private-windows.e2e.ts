import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { t } from '../i18n';
import { openExtensionPage, type Session } from './harness';
import { freshSessionEachTest, openSection } from './steps';

/**
 * Private windows in real Chromium: Steady reads the browser's own switch (chrome://extensions →
 * Details → "Allow in Incognito"), off by default, and the Sites section says which it is.
 */

const current = freshSessionEachTest();
let session: Session;
beforeEach(() => {
  session = current();
});

/** The Sites section's part about private windows, on a fresh options page. */
async function privateWindowsPart(): Promise<{ page: Page; text: string }> {
  const page = await openExtensionPage(session, 'options.html');
  await openSection(page, 'sites.heading');
  const part = page
    .getByRole('region', { name: t('sites.heading') })
    .getByRole('region', { name: t('privateWindows.heading') });
  await part.getByText(t('privateWindows.howChrome')).waitFor();
  return { page, text: (await part.textContent()) ?? '' };
}

/**
 * Turns "Allow in Incognito" on in chrome://extensions, as a person does there, and waits until
 * Steady is back. Chromium reloads an extension for this change; one loaded from a folder with
 * developer mode off comes back disabled ("unsupported developer extension", a state a store
 * install never has), so the page enables it again, as the person would with its switch.
 */
async function allowInIncognito(): Promise<void> {
  const page = await session.context.newPage();
  await page.goto('chrome://extensions/');
  await page.evaluate(async (extensionId) => {
    type Info = { state: string; incognitoAccess: { isActive: boolean } };
    type Chrome = {
      developerPrivate: {
        updateExtensionConfiguration(update: object): Promise<void>;
        getExtensionInfo(id: string): Promise<Info>;
      };
      management: { setEnabled(id: string, enabled: boolean): Promise<void> };
    };
    const api = (globalThis as unknown as { chrome: Chrome }).chrome;
    await api.developerPrivate.updateExtensionConfiguration({ extensionId, incognitoAccess: true });
    for (;;) {
      const info = await api.developerPrivate.getExtensionInfo(extensionId);
      if (info.state === 'ENABLED' && info.incognitoAccess.isActive) return;
      if (info.state === 'DISABLED') await api.management.setEnabled(extensionId, true);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }, session.extensionId);
  await page.close();
}

describe('private windows', () => {
  it('says Steady does not run in private windows until the person allows it, then says it does', async () => {
    const before = await privateWindowsPart();
    expect(before.text).toContain(t('privateWindows.off'));
    expect(before.text).not.toContain(t('privateWindows.on'));
    await before.page.close().catch(() => undefined);

    await allowInIncognito();
    const after = await privateWindowsPart();
    expect(after.text).toContain(t('privateWindows.on'));
    expect(after.text).not.toContain(t('privateWindows.off'));
  });
});
