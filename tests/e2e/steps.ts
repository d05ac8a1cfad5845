import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { copy } from '@/utils/copy';
import { openExtensionPage, type Session } from './harness';

/** The live region of the options page's trigger-sites section. */
export function sitesStatus(options: Page) {
  return options.getByRole('region', { name: copy.sites.heading }).getByRole('status');
}

/** Flags a site on the options page, as a person does, and returns the page. */
export async function flagSite(session: Session, site: string) {
  const options = await openExtensionPage(session, 'options.html');
  await options.getByRole('textbox', { name: copy.sites.inputLabel, exact: true }).fill(site);
  await options.getByRole('button', { name: copy.sites.add }).click();
  await expect.poll(() => sitesStatus(options).textContent()).toContain(copy.sites.added(site));
  return options;
}

/** The content scripts registered by Steady, read from its service worker. */
export function registeredMatches(session: Session): Promise<string[]> {
  return session.worker.evaluate(async () => {
    type Api = { scripting: { getRegisteredContentScripts(): Promise<Array<{ matches?: string[] }>> } };
    const { scripting } = (globalThis as unknown as { chrome: Api }).chrome;
    const scripts = await scripting.getRegisteredContentScripts();
    return scripts.flatMap((s) => s.matches ?? []).sort();
  });
}
