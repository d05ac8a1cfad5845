import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/db/settings';
import { STORAGE } from '@/utils/storage-keys';
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
  name:
    | 'sites.heading'
    | 'times.heading'
    | 'plan.heading'
    | 'people.heading'
    | 'history.heading'
    | 'settings.heading'
    | 'data.heading'
    | 'nav.help',
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
  await sitesStatus(options)
    .filter({ hasText: t('sites.added', [site]) })
    .waitFor();
  return options;
}

/** What the one database helper can do: read a store, write records into it, or open the database at a version. */
type DatabaseAction =
  | { kind: 'read'; store: string }
  | { kind: 'write'; store: string; records: Array<Record<string, unknown>> }
  | { kind: 'open-at'; version: number };

/**
 * Steady's IndexedDB, reached as the data must be: from one of Steady's own pages. The only place
 * the end-to-end tests open the database.
 */
export async function database(session: Session, action: DatabaseAction): Promise<Array<Record<string, unknown>>> {
  const page = await openExtensionPage(session, 'popup.html');
  try {
    return await page.evaluate(
      (act) =>
        new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
          const open = act.kind === 'open-at' ? indexedDB.open('steady', act.version) : indexedDB.open('steady');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            if (act.kind === 'open-at') {
              db.close();
              resolve([]);
              return;
            }
            const tx = db.transaction(act.store, act.kind === 'read' ? 'readonly' : 'readwrite');
            const store = tx.objectStore(act.store);
            let read: Array<Record<string, unknown>> = [];
            if (act.kind === 'read') {
              const all = store.getAll();
              all.onsuccess = () => {
                read = all.result;
              };
            } else {
              for (const record of act.records) store.put(record);
            }
            tx.oncomplete = () => {
              db.close();
              resolve(read);
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      action,
    );
  } finally {
    await page.close();
  }
}

/** Every record of one store. */
export const readStore = (session: Session, store: string) => database(session, { kind: 'read', store });

/**
 * Sends a raw message to Steady's background from one of its own pages, as a page of Steady's
 * would (the only place the end-to-end tests do).
 */
export async function sendRaw(session: Session, message: { type: string } & Record<string, unknown>): Promise<unknown> {
  const page = await openExtensionPage(session, 'popup.html');
  try {
    return await page.evaluate(async (m) => {
      type Api = { runtime: { sendMessage(message: object): Promise<unknown> } };
      return (globalThis as unknown as { chrome: Api }).chrome.runtime.sendMessage(m);
    }, message);
  } finally {
    await page.close();
  }
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

/**
 * Moves every quiet time into the past, as time passing would: the sites' in the database, and
 * the guard's own copy of the ones it gave itself on "continue" (STORAGE.guardQuiet.key). Then tells the
 * background.
 */
export async function endQuietTimes(session: Session): Promise<void> {
  const past = Date.now() - 1;
  const sites = await readStore(session, 'sites');
  const records = sites.filter((site) => site.quietUntil).map((site) => ({ ...site, quietUntil: past }));
  await database(session, { kind: 'write', store: 'sites', records });
  const page = await openExtensionPage(session, 'popup.html');
  try {
    await page.evaluate(
      async ([key, at]) => {
        type Area = { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
        const local = (globalThis as unknown as { chrome: { storage: { local: Area } } }).chrome.storage.local;
        const quiet = ((await local.get(key))[key] ?? {}) as Record<string, number>;
        await local.set({ [key]: Object.fromEntries(Object.keys(quiet).map((id) => [id, at])) });
      },
      [STORAGE.guardQuiet.key, past] as const,
    );
  } finally {
    await page.close();
  }
  await sendRaw(session, { type: 'enforcement-changed' });
}

/** The settings record a person starts with, with `changes`, stamped `now` (to write with `database`). */
export function settingsRecord(now: number, changes: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: 'settings', ...DEFAULT_SETTINGS, createdAt: now, updatedAt: now, ...changes };
}

/** axe's findings on the page as it is (WCAG 2.1 A and AA, and axe's best practices), one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page: page as never })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Sets a passcode in the Data section of an open options page, as a person does, and waits until it says so. */
export async function setPasscodeIn(options: Page, passcode: string): Promise<void> {
  await options.getByLabel(t('data.passcode'), { exact: true }).fill(passcode);
  await options.getByLabel(t('data.passcodeAgain'), { exact: true }).fill(passcode);
  await options.getByRole('button', { name: t('data.setLock') }).click();
  // Said beside the passcode, where it was set.
  const lockPart = options.getByRole('region', { name: t('data.lockHeading') });
  await expect.poll(() => lockPart.getByRole('status').textContent()).toBe(t('data.lockSet'));
}
