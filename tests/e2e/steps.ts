import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect } from 'vitest';
import { t } from '../i18n';
import { launch, openExtensionPage, type Session } from './harness';

/** A fresh browser with Steady for each test of the file, closed after it. */
export function freshSessionEachTest(): () => Session {
  let session: Session | undefined;
  beforeEach(async () => {
    session = await launch();
  });
  afterEach(async () => {
    await session?.close();
    await session?.web.stop();
  });
  return () => {
    if (!session) throw new Error('no session: call inside a test');
    return session;
  };
}

/** Opens a section of the options page from its navigation, as a person does. */
export async function openSection(
  options: Page,
  name: 'sites.heading' | 'times.heading' | 'plan.heading' | 'settings.heading' | 'nav.help',
) {
  await options
    .getByRole('navigation', { name: t('nav.label') })
    .getByRole('link', { name: t(name) })
    .click();
  await options.getByRole('heading', { level: 2, name: t(name) }).waitFor();
}

/** Writes the person's reasons into their plan on the options page. */
export async function writeReasons(options: Page, reasons: string) {
  await openSection(options, 'plan.heading');
  await options.getByRole('textbox', { name: t('plan.sections.reasons') }).fill(reasons);
  await options.getByRole('button', { name: t('plan.save') }).click();
  await options.getByText(t('plan.saved')).waitFor();
}

/** The live region of the options page's trigger-sites section. */
export function sitesStatus(options: Page) {
  return options.getByRole('region', { name: t('sites.heading') }).getByRole('status');
}

/** Flags a site on the options page, as a person does, and returns the page. */
export async function flagSite(session: Session, site: string) {
  const options = await openExtensionPage(session, 'options.html');
  await options.getByRole('textbox', { name: t('sites.inputLabel'), exact: true }).fill(site);
  await options.getByRole('button', { name: t('sites.add') }).click();
  await expect.poll(() => sitesStatus(options).textContent()).toContain(t('sites.added', [site]));
  return options;
}

/** Every record of one IndexedDB store, read from an extension page (as the data must be). */
export async function readStore(session: Session, store: string): Promise<Array<Record<string, unknown>>> {
  const page = await openExtensionPage(session, 'popup.html');
  const records = await page.evaluate(
    (name) =>
      new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
        const open = indexedDB.open('steady');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
  await page.close();
  return records;
}

/**
 * Sets Steady's host access in the browser's own extension settings (chrome://extensions),
 * as a person does: 'ON_CLICK' withdraws it, 'ON_ALL_SITES' gives it back.
 */
export async function setSiteAccess(session: Session, hostAccess: 'ON_CLICK' | 'ON_ALL_SITES'): Promise<void> {
  const page = await session.context.newPage();
  await page.goto('chrome://extensions/');
  await page.evaluate(
    async ([extensionId, access]) => {
      type DeveloperPrivate = { updateExtensionConfiguration(update: object): Promise<void> };
      const api = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome;
      await api.developerPrivate.updateExtensionConfiguration({ extensionId, hostAccess: access });
    },
    [session.extensionId, hostAccess] as const,
  );
  await page.close();
}

/** Moves every site's quiet time into the past, as time passing would, and tells the background. */
export async function endQuietTimes(session: Session): Promise<void> {
  const page = await openExtensionPage(session, 'popup.html');
  await page.evaluate(async () => {
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('steady');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('sites', 'readwrite');
        const store = tx.objectStore('sites');
        const all = store.getAll();
        all.onsuccess = () => {
          for (const site of all.result) if (site.quietUntil) store.put({ ...site, quietUntil: Date.now() - 1 });
        };
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      };
    });
    type Api = { runtime: { sendMessage(message: object): Promise<unknown> } };
    await (globalThis as unknown as { chrome: Api }).chrome.runtime.sendMessage({ type: 'enforcement-changed' });
  });
  await page.close();
}
