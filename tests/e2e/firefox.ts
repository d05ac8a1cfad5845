import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { FIREFOX_ADDON_ID } from '../../wxt.config';
import { type Locale, words } from '../i18n';
import { FIND_COVER, findBrowser, TestWeb, testBuild } from './harness';

/** The Firefox build the tests load. */
export const FIREFOX_BUILD = { dir: resolve('.output/firefox-mv3'), command: 'npm run build:firefox' };

/** Steady's add-on id (wxt.config.ts) and the internal UUID the test profile gives it, so its pages have a known address. */
const ADDON_ID = FIREFOX_ADDON_ID;
export const ADDON_UUID = '5e7d1c9a-0b1e-4d5f-9a51-7e4d2f0c1a11';

/** The Firefox to test with, or an error that says how to get one. */
export function findFirefox(): string {
  return findBrowser('Firefox', ['STEADY_FIREFOX'], ['/usr/bin/firefox-esr', '/usr/bin/firefox'], 'firefox-esr');
}

/**
 * A copy of the Firefox build for the tests. As for Chromium, its manifest grants the test hosts
 * (a permission prompt cannot be clicked under automation). It also lets web pages link to the
 * options page and the popup: Firefox refuses to let automation open an extension page directly,
 * so a test page links there and the test clicks the link, as a person clicks a bookmark.
 */
export function firefoxTestBuild(grant: readonly string[]): string {
  return testBuild(grant, FIREFOX_BUILD, (manifest) => {
    const [accessible] = manifest.web_accessible_resources as Array<{ resources: string[] }>;
    accessible?.resources.push('options.html', 'popup.html');
  });
}

/**
 * Fails, saying how to get it, when the Firefox under test has no language pack for `locale`:
 * without one it speaks English whatever it is asked (Debian ships them apart, as
 * firefox-esr-l10n-*, into the browser's own extensions folder).
 */
function requireLanguagePack(locale: string): void {
  const binary = findFirefox();
  const folders = [
    `/usr/lib/${binary.split('/').pop()}/browser/extensions`,
    join(dirname(binary), 'browser/extensions'),
  ];
  const packs = folders.flatMap((folder) => (existsSync(folder) ? readdirSync(folder) : []));
  if (!packs.some((file) => file.startsWith(`langpack-${locale}@`))) {
    throw new Error(
      `Firefox (${binary}) has no ${locale} language pack for the tests in Spanish: install it with ` +
        `\`sudo apt-get install -y firefox-esr-l10n-${locale.toLowerCase()}\` (Debian/Ubuntu).`,
    );
  }
}

export interface FirefoxSession {
  browser: Browser;
  web: TestWeb;
  /** The folder Firefox saves downloads into, without asking (a fresh one per launch). */
  downloads: string;
  /** Opens Steady's options page (at a section, `plan`, if given) in a new tab, and waits until it shows. */
  openOptions(section?: string): Promise<Page>;
  /** Opens Steady's popup page in a new tab (as the toolbar shows it, but full size), and waits until it shows. */
  openPopup(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Launches headless Firefox over WebDriver BiDi with Steady's test build installed. A tall
 * `viewport` keeps every control of a long page within reach of the mouse (input actions do not
 * scroll, and no script may run in Steady's pages to scroll them).
 */
export async function launchFirefox(
  grant: readonly string[],
  viewport?: { width: number; height: number },
  /** The interface language, as a locale (`es-MX`): its language pack must be installed (firefox-esr-l10n-es-mx). */
  locale?: string,
  /** The language Steady then speaks, for the words the helpers wait for. */
  language: Locale = 'en',
  /** More preferences, such as forced colours (seen.ts FORCED_PREFS). */
  prefs: Record<string, string | number | boolean> = {},
): Promise<FirefoxSession> {
  if (locale) requireLanguagePack(locale);
  const web = await new TestWeb().start();
  const extensionDir = firefoxTestBuild(grant);
  const downloads = mkdtempSync(join(tmpdir(), 'steady-downloads-'));
  const page = (file: string) => `moz-extension://${ADDON_UUID}/${file}`;
  web.page(
    '/open-steady',
    `<!doctype html><title>Open Steady</title><a href="${page('options.html')}">Steady settings</a>
    <a href="${page('popup.html')}">Steady popup</a>`,
  );
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    ...(viewport ? { defaultViewport: viewport } : {}),
    extraPrefsFirefox: {
      ...prefs,
      ...(locale
        ? { 'intl.locale.requested': locale, 'intl.accept_languages': `${locale}, ${locale.split('-')[0]}` }
        : {}),
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      // Every host is the local test server, as for Chromium.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': web.port,
      // https too, so a request to any real site shows in the log (a CONNECT) and goes nowhere.
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': web.port,
      'network.proxy.allow_hijacking_localhost': true,
      'network.proxy.no_proxies_on': '',
      // A file saved goes straight into `downloads`, with no dialog and no panel. Firefox 140 has no
      // BiDi way to it: its download events came later, browser.setDownloadBehavior in 149.
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
    },
  });
  await browser.installExtension(extensionDir);
  /** Follows one of the links on the test page to Steady, and waits for `shown` there. */
  async function open(link: string, shown: { role: string; name: string }, path = '/open-steady') {
    const tab = await browser.newPage();
    await tab.goto(web.url('example.com', path));
    await click(await control(tab, 'link', link));
    // Or, with a passcode set, the lock screen in its place.
    const either = [shown, { role: 'heading', name: words(language, 'lock.heading') }];
    await until(tab, `${shown.role} “${shown.name}”`, async () => {
      for (const { role, name } of either)
        if (await locate(tab, { type: 'accessibility', value: { role, name } })) return true;
      return undefined;
    });
    return tab;
  }
  return {
    browser,
    web,
    downloads,
    openOptions: (section) => {
      if (!section) return open('Steady settings', { role: 'heading', name: words(language, 'sites.heading') });
      // A link of its own for the section, and the options page's navigation to know it is there.
      web.page(
        `/open-steady-${section}`,
        `<!doctype html><title>Open Steady</title><a href="${page(`options.html#${section}`)}">Steady settings</a>`,
      );
      return open(
        'Steady settings',
        { role: 'navigation', name: words(language, 'nav.label') },
        `/open-steady-${section}`,
      );
    },
    openPopup: () => open('Steady popup', { role: 'button', name: words(language, 'popup.logUrge') }),
    async close() {
      await browser.close();
      await web.stop();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}

/*
 * Driving Steady's own pages without script in them. Firefox 140 refuses any script automation
 * runs in a moz-extension page ("call to Function() blocked by CSP"): puppeteer's evaluate,
 * waitForFunction and locators all do that. So inside the options page and the warning frame,
 * controls are found by the browser itself (WebDriver BiDi browsingContext.locateNodes, by role
 * and accessible name), clicked and typed into with input actions, and results are read the same
 * way. Script runs only in the test's web pages.
 */

/** What WebDriver BiDi can find nodes by, without page script (Firefox 140 has no innerText locator). */
type Locator =
  | { type: 'accessibility'; value: { role: string; name: string } }
  | { type: 'xpath'; value: string }
  | { type: 'css'; value: string };

/** The part of puppeteer-core's internal BiDi browsing context these helpers (and seen.ts) use (bidi/core/BrowsingContext). */
export interface BidiContext {
  /** The browsing context's id, for a command sent as is. */
  id: string;
  /** The session, to send a command puppeteer-core has no method for. */
  userContext: { browser: { session: { send(method: string, params: object): Promise<unknown> } } };
  locateNodes(locator: Locator): Promise<Array<{ sharedId?: string; value?: { attributes?: Record<string, string> } }>>;
  performActions(actions: object[]): Promise<void>;
  /** BiDi input.setFiles (Firefox 125). */
  setFiles(element: { sharedId: string }, files: string[]): Promise<void>;
  /** BiDi browsingContext.print (Firefox 112): the PDF, base64. */
  print(options: { page: { width: number; height: number }; background?: boolean }): Promise<string>;
}

/** A node of a page or frame, held by the browser's reference to it, with its attributes when it was found. */
export interface Control {
  scope: Page | Frame;
  sharedId: string;
  attributes: Record<string, string>;
}

export const pageOf = (scope: Page | Frame): Page => ('mainFrame' in scope ? scope : scope.page());

/** The BiDi browsing context of a page or frame: puppeteer-core's internal `BidiFrame.browsingContext`. */
export function contextOf(scope: Page | Frame): BidiContext {
  const frame = 'mainFrame' in scope ? scope.mainFrame() : scope;
  return (frame as unknown as { browsingContext: BidiContext }).browsingContext;
}

/** Every node `locator` finds in `scope` now. */
export async function locateAll(scope: Page | Frame, locator: Locator): Promise<Control[]> {
  const nodes = await contextOf(scope).locateNodes(locator);
  return nodes.flatMap((node) =>
    node.sharedId ? [{ scope, sharedId: node.sharedId, attributes: node.value?.attributes ?? {} }] : [],
  );
}

/** The first node `locator` finds in `scope` now, if any. */
export async function locate(scope: Page | Frame, locator: Locator): Promise<Control | undefined> {
  const [first] = await locateAll(scope, locator);
  return first;
}

/** What a helper is waiting for right now, if anything, so a test that times out can say it. */
let awaiting: string | undefined;

/** What a helper was still waiting for when the test ended, if anything (for a failure message). */
export function stillWaitingFor(): string | undefined {
  return awaiting;
}

/**
 * Looks again and again until `look` finds something. No deadline of its own: the test's timeout
 * is the limit, so a slow, shared machine makes a test slower, never wrong. A look that fails (a
 * document being replaced) counts as "not yet", until the browser is gone.
 */
export async function until<T>(scope: Page | Frame, what: string, look: () => Promise<T | undefined>): Promise<T> {
  awaiting = what;
  try {
    for (;;) {
      const found = await look().catch((error: unknown) => {
        if (!pageOf(scope).browser().connected) throw error;
        return undefined;
      });
      if (found !== undefined) return found;
      await new Promise((done) => setTimeout(done, 50));
    }
  } finally {
    awaiting = undefined;
  }
}

/** Waits for the control with this role and accessible name, as a person or a screen reader finds it. */
export function control(scope: Page | Frame, role: string, name: string): Promise<Control> {
  return until(scope, `${role} “${name}”`, () => locate(scope, { type: 'accessibility', value: { role, name } }));
}

/**
 * Clicks the middle of a control, as a mouse does (the control must be in view). A click that
 * takes its own frame away (the warning's choices do) may be answered "no such frame" once it is
 * done; that is the click's effect, which the test then checks, so it is not an error here.
 */
export async function click({ scope, sharedId }: Control): Promise<void> {
  const origin = { type: 'element', element: { sharedId } };
  const mouse = {
    type: 'pointer',
    id: 'steady-test-mouse',
    actions: [
      { type: 'pointerMove', x: 0, y: 0, origin },
      { type: 'pointerDown', button: 0 },
      { type: 'pointerUp', button: 0 },
    ],
  };
  await contextOf(scope)
    .performActions([mouse])
    .catch((error: unknown) => {
      const inFrame = 'parentFrame' in scope && scope.parentFrame() !== null;
      if (!inFrame || !String(error).includes('no such frame')) throw error;
    });
}

/** Clicks into a text field (unless `clickFirst` is false) and types `text` on the keyboard, key by key. */
export async function type(field: Control, text: string, clickFirst = true): Promise<void> {
  if (clickFirst) await click(field);
  // A new line is the Enter key, as on a keyboard.
  const keys = [...text.replaceAll('\n', ENTER)].flatMap((value) => [
    { type: 'keyDown', value },
    { type: 'keyUp', value },
  ]);
  await contextOf(field.scope).performActions([{ type: 'key', id: 'steady-test-keyboard', actions: keys }]);
}

/** The part of puppeteer-core's internal BiDi session (bidi/core/Session) that gives its events. */
interface BidiSession {
  on(event: string, listener: (event: { url: string }) => void): void;
  off(event: string, listener: (event: { url: string }) => void): void;
}

/**
 * Does `act` (a click on a link), and gives the address the browser then set out to open, beyond
 * Steady's pages: a BiDi `browsingContext.navigationStarted` event. A `tel:` or `mailto:` link asks
 * the system for an app, and the event names it all the same; an https link's tab goes nowhere
 * (every host is the test server).
 */
export async function followed(scope: Page | Frame, act: () => Promise<void>): Promise<string> {
  const context = contextOf(scope) as unknown as { userContext: { browser: { session: BidiSession } } };
  const { session } = context.userContext.browser;
  let listener: (event: { url: string }) => void = () => undefined;
  const address = new Promise<string>((resolve) => {
    listener = ({ url }) => {
      if (!/^(moz-extension|about):/.test(url)) resolve(url);
    };
    session.on('browsingContext.navigationStarted', listener);
  });
  try {
    await act();
    awaiting = 'a link to be followed';
    return await address;
  } finally {
    awaiting = undefined;
    session.off('browsingContext.navigationStarted', listener);
  }
}

/** Turns the mouse wheel `deltaY` pixels down over a page (a WebDriver BiDi wheel input action), as a person scrolls. */
export async function wheel(page: Page, deltaY: number): Promise<void> {
  const scroll = { type: 'scroll', x: 100, y: 100, deltaX: 0, deltaY };
  await contextOf(page).performActions([{ type: 'wheel', id: 'steady-test-wheel', actions: [scroll] }]);
}

/** The Enter key, as WebDriver names it. */
export const ENTER = '\uE007';

/** Keys by name, as WebDriver codes them; `SelectAll` is Control+A. */
export const KEYS = {
  Enter: ENTER,
  Escape: '\uE00C',
  Backspace: '\uE003',
  Tab: '\uE004',
  ArrowDown: '\uE015',
  ArrowUp: '\uE013',
  Space: ' ',
  SelectAll: 'a',
} as const;

/**
 * Presses one key where focus is, as a keyboard does (Enter in a form's field sends the form,
 * whose button may be below the fold, where a mouse could not reach it without scrolling). A
 * key's name (KEYS) or its WebDriver code.
 */
export async function press(scope: Page | Frame, key: string): Promise<void> {
  const value = KEYS[key as keyof typeof KEYS] ?? key;
  const control = '\uE009';
  const keys = [
    ...(key === 'SelectAll' ? [{ type: 'keyDown', value: control }] : []),
    { type: 'keyDown', value },
    { type: 'keyUp', value },
    ...(key === 'SelectAll' ? [{ type: 'keyUp', value: control }] : []),
  ];
  await contextOf(scope).performActions([{ type: 'key', id: 'steady-test-keyboard', actions: keys }]);
}

/** Waits until a status message (role="status") in `scope` says exactly `text`. */
export async function waitForStatus(scope: Page | Frame, text: string): Promise<void> {
  const quoted = text.includes('"') ? `'${text}'` : `"${text}"`;
  await until(scope, `status “${text}”`, () =>
    locate(scope, { type: 'xpath', value: `//*[@role="status"][normalize-space()=${quoted}]` }),
  );
}

/** Waits until an element in `scope` says exactly `text` (its own text, spaces normalised). */
export async function seeText(scope: Page | Frame, text: string): Promise<void> {
  const quoted = text.includes('"') ? `'${text}'` : `"${text}"`;
  await until(scope, `the text “${text}”`, () =>
    locate(scope, { type: 'xpath', value: `//*[normalize-space(text())=${quoted}]` }),
  );
}

/**
 * Waits for the warning's frame on a page, known by what it holds: its Leave button ("Leave this
 * site", or on a search "Leave this search"). (Firefox reports an extension frame's address to
 * automation as about:blank, and the address is not what makes it the warning.)
 */
export function firefoxWarningFrame(page: Page, language: Locale = 'en'): Promise<Frame> {
  const names = [words(language, 'warning.leave'), words(language, 'warning.leaveSearch')];
  return until(page, `the warning frame (its “${names[0]}” button)`, async () => {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      for (const name of names) {
        if (await locate(frame, { type: 'accessibility', value: { role: 'button', name } })) return frame;
      }
    }
    return undefined;
  });
}

/**
 * Whether Steady's cover is on a web page: anything on its <html> besides head and body
 * (harness FIND_COVER), asked of the page itself (script in a web page is fine).
 */
export function pageCovered(page: Page): Promise<boolean> {
  return page.evaluate(`Boolean(${FIND_COVER})`) as Promise<boolean>;
}

/** Waits until a web page is not covered (the guard lifted its cover, or never put one). */
export async function waitUncovered(page: Page): Promise<void> {
  await until(page, 'the cover to lift', async () => ((await pageCovered(page)) ? undefined : true));
}

/*
 * Files, without script in Steady's pages: a file chosen is set by the browser (BiDi
 * input.setFiles, as the file picker does), a file saved is read from the download folder, a page
 * printed comes from BiDi browsingContext.print.
 */

/** Chooses the files at `paths` in a file field, as the file picker does (input and change fire). */
export async function chooseFiles(field: Control, paths: string[]): Promise<void> {
  await contextOf(field.scope).setFiles({ sharedId: field.sharedId }, paths);
}

/**
 * Clicks what saves a file, and gives back the file Firefox saved into `folder`: its name and
 * text, once it is whole (Firefox writes a `.part` beside it until then). The file is then taken
 * away, so saving the same name again keeps that name.
 */
export async function savedFile(
  scope: Page | Frame,
  folder: string,
  save: () => Promise<void>,
): Promise<{ name: string; text: string }> {
  const before = new Set(readdirSync(folder));
  await save();
  const name = await until(scope, `a file saved into ${folder}`, async () => {
    const files = readdirSync(folder);
    if (files.some((file) => file.endsWith('.part'))) return undefined;
    return files.find((file) => !before.has(file) && statSync(join(folder, file)).size > 0);
  });
  const text = readFileSync(join(folder, name), 'utf8');
  rmSync(join(folder, name));
  return { name, text };
}

/** A page printed as PDF on paper of this size (in cm), its print styles applied. */
export async function printed(page: Page, size: { width: number; height: number }): Promise<Buffer> {
  return Buffer.from(await contextOf(page).print({ page: size }), 'base64');
}
