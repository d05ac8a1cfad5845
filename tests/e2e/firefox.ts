import { resolve } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { findBrowser, TestWeb, testBuild } from './harness';

/** The Firefox build the tests load. */
export const FIREFOX_BUILD = { dir: resolve('.output/firefox-mv3'), command: 'npm run build:firefox' };

/** Steady's add-on id (wxt.config.ts) and the internal UUID the test profile gives it, so its pages have a known address. */
const ADDON_ID = 'steady@steady.local';
const ADDON_UUID = '5e7d1c9a-0b1e-4d5f-9a51-7e4d2f0c1a11';

/** The Firefox to test with, or an error that says how to get one. */
export function findFirefox(): string {
  return findBrowser('Firefox', ['STEADY_FIREFOX'], ['/usr/bin/firefox-esr', '/usr/bin/firefox'], 'firefox-esr');
}

/**
 * A copy of the Firefox build for the tests. As for Chromium, its manifest grants the test hosts
 * (a permission prompt cannot be clicked under automation). It also lets web pages link to the
 * options page: Firefox refuses to let automation open an extension page directly, so a test
 * page links there and the test clicks the link, as a person clicks a bookmark.
 */
export function firefoxTestBuild(grant: readonly string[]): string {
  return testBuild(grant, FIREFOX_BUILD, (manifest) => {
    const [accessible] = manifest.web_accessible_resources as Array<{ resources: string[] }>;
    accessible?.resources.push('options.html');
  });
}

export interface FirefoxSession {
  browser: Browser;
  web: TestWeb;
  /** Opens Steady's options page in a new tab. */
  openOptions(): Promise<Page>;
  close(): Promise<void>;
}

/** Launches headless Firefox over WebDriver BiDi with Steady's test build installed. */
export async function launchFirefox(grant: readonly string[]): Promise<FirefoxSession> {
  const web = await new TestWeb().start();
  const extensionDir = firefoxTestBuild(grant);
  const optionsUrl = `moz-extension://${ADDON_UUID}/options.html`;
  web.page('/open-steady', `<!doctype html><title>Open Steady</title><a href="${optionsUrl}">Steady settings</a>`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      // Every host is the local test server, as for Chromium.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': web.port,
      'network.proxy.allow_hijacking_localhost': true,
      'network.proxy.no_proxies_on': '',
    },
  });
  await browser.installExtension(extensionDir);
  return {
    browser,
    web,
    async openOptions() {
      const page = await browser.newPage();
      await page.goto(web.url('example.com', '/open-steady'));
      await page.locator('::-p-aria(Steady settings[role="link"])').click();
      await page.waitForFunction(() => location.protocol === 'moz-extension:' && document.readyState === 'complete');
      return page;
    },
    async close() {
      await browser.close();
      await web.stop();
    },
  };
}

/**
 * The warning's frame on a page, once it is there. Firefox reports an extension frame's address
 * as about:blank to automation, so each frame is asked where it is.
 */
export async function firefoxWarningFrame(page: Page, timeout = 5000): Promise<Frame | undefined> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      const href = await frame.evaluate(() => location.href).catch(() => '');
      if (href.includes('/warning.html')) return frame;
    }
    await new Promise((done) => setTimeout(done, 25));
  }
  return undefined;
}

/** A control found by role and accessible name, as a person or a screen reader finds it. */
export function byRole(scope: Page | Frame, role: string, name: string) {
  return scope.locator(`::-p-aria(${name}[role="${role}"])`);
}
