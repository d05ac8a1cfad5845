import { readFileSync } from 'node:fs';
import { inflateSync, constants as zlib } from 'node:zlib';
import type { Frame as PlaywrightFrame, Page as PlaywrightPage } from 'playwright-core';
import type { Frame as PuppeteerFrame, Page as PuppeteerPage } from 'puppeteer-core';
import { words } from '../i18n';
import {
  type Control,
  chooseFiles,
  click as firefoxClick,
  control as firefoxControl,
  followed as firefoxFollowed,
  pageCovered as firefoxPageCovered,
  press as firefoxPress,
  seeText as firefoxSeeText,
  type as firefoxType,
  waitForStatus as firefoxWaitForStatus,
  waitUncovered as firefoxWaitUncovered,
  firefoxWarningFrame,
  wheel as firefoxWheel,
  type KEYS,
  launchFirefox,
  locate,
  locateAll,
  pageOf,
  printed,
  savedFile,
  stillWaitingFor,
  until,
} from './firefox';
import {
  FIND_COVER,
  GRANTED_TEST_HOSTS,
  launch,
  openExtensionPage,
  type Session,
  stopServiceWorker,
  type TestWeb,
  testBuild,
  warningFrame,
} from './harness';
import {
  type ControlShot,
  chromiumControlShots,
  chromiumDomText,
  chromiumFocused,
  FORCED_PREFS,
  type Focused,
  firefoxControlShots,
  firefoxDomText,
  firefoxFocused,
  firefoxPageShot,
} from './seen';

/**
 * One thin driver both browsers implement, so one test runs in Chromium (playwright-core) and in
 * Firefox (puppeteer-core over WebDriver BiDi). It offers only what a person does: open Steady's
 * options page, its popup (as a page) or a web page; find a control by role and accessible name;
 * click, type, press a key, choose an option; read a status, a text, an attribute. In Firefox,
 * Steady's own pages are driven without script in them (Firefox 140 refuses it there; firefox.ts).
 */

export const BROWSERS = ['chromium', 'firefox'] as const;
export type BrowserName = (typeof BROWSERS)[number];

/** A key a test can press, named as a person names it. */
export type Key = keyof typeof KEYS;

/** A page or a frame: Steady's own, or a web page, or the check-in inside one. */
export interface Surface {
  /** Waits until a control with this role and exact accessible name is there. */
  find(role: string, name: string): Promise<void>;
  /** How many controls with this role and exact name are there now (no waiting). */
  count(role: string, name: string): Promise<number>;
  /** Clicks the control, as a mouse does. */
  click(role: string, name: string): Promise<void>;
  /** Replaces the text of a field (found by role and name) with `text`, typed as a keyboard does. */
  fill(role: string, name: string, text: string): Promise<void>;
  /** Replaces the text of a field found by its label (a password field has no role), typed. */
  fillLabelled(label: string, text: string): Promise<void>;
  /** Enters a date (YYYY-MM-DD) into the date field its label names, as a person types it in their language. */
  fillDate(label: string, date: string): Promise<void>;
  /** Chooses the option labelled `option` in a drop-down (a combobox). */
  choose(name: string, option: string): Promise<void>;
  /** Presses one key where the focus is. */
  press(key: Key): Promise<void>;
  /** Waits until a status message (role="status") says exactly `text`. */
  waitForStatus(text: string): Promise<void>;
  /** Waits until an element says exactly `text`. */
  seeText(text: string): Promise<void>;
  /** Waits until an element's text starts with `prefix`. */
  seeTextStarting(prefix: string): Promise<void>;
  /** An attribute of the control (waited for), or null. */
  attribute(role: string, name: string, attribute: string): Promise<string | null>;
  /** Whether an element says exactly `text` now (no waiting: wait for a positive signal first). */
  hasText(text: string): Promise<boolean>;
  /** Clicks the link with this name, and gives the address the browser then set out to open (Chromium: a web address). */
  follow(name: string): Promise<string>;
  /** An attribute of the control that has the keyboard's focus in this page or frame (null if it has none, or there is none). */
  focused(attribute: string): Promise<string | null>;
}

/** Paper to print on, and its size in cm. */
export const PAPER = { Letter: { width: 21.59, height: 27.94 }, A4: { width: 21, height: 29.7 } } as const;
export type Paper = keyof typeof PAPER;

/**
 * How many pages a PDF has: its page objects (not the /Pages tree that holds them), whether they
 * stand in the file (Chromium's) or in its compressed object streams (Firefox's).
 */
export function pdfPages(pdf: Buffer): number {
  const raw = pdf.toString('latin1');
  const texts = [raw];
  for (const stream of raw.matchAll(/stream\r?\n([\s\S]*?)endstream/g)) {
    try {
      const bytes = Buffer.from(stream[1] ?? '', 'latin1');
      texts.push(inflateSync(bytes, { finishFlush: zlib.Z_SYNC_FLUSH }).toString('latin1'));
    } catch {
      // Not a compressed stream (or not one this reads): its pages, if any, are in the text.
    }
  }
  return texts.reduce((pages, text) => pages + (text.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0), 0);
}

/** A file the browser saved: the name it was saved under, and its text. */
export interface SavedFile {
  name: string;
  text: string;
}

/** What a page or a frame shows, read from the pixels (seen.ts): each control as drawn, and the focus. */
export interface Drawn {
  /** Each control with this role that is drawn, as drawn (its border box). */
  controlShots(role: string): Promise<ControlShot[]>;
  /** What has focus now, and its box as drawn. */
  focusBox(): Promise<Focused>;
}

/** The check-in, a frame in a web page: its controls, and how they are drawn (in the tab's screenshots). */
export interface CheckIn extends Surface, Drawn {}

/** A tab: a surface that can also be a web page with Steady's cover on it. */
export interface Tab extends Surface, Drawn {
  /** The check-in on this web page, once it shows. */
  checkIn(): Promise<CheckIn>;
  /** Whether Steady's cover is on this web page now. */
  covered(): Promise<boolean>;
  /** Waits until this web page is not covered. */
  waitUncovered(): Promise<void>;
  /** The host of this web page, once loaded (asked of the page). */
  host(): Promise<string>;
  /** The title of this web page (a probe page writes what its first script saw there). */
  title(): Promise<string>;
  /** Goes to a page of a test host, in this tab. */
  goto(host: string, path?: string): Promise<void>;
  /** Runs an expression in this web page (never in Steady's own pages) and gives its value. */
  script<T>(expression: string): Promise<T>;
  /** What the tab shows now, as a PNG. */
  screenshot(): Promise<Uint8Array>;
  /** Clicks the control that saves a file, and gives back the file the browser saved. */
  saveFile(role: string, name: string): Promise<SavedFile>;
  /** Chooses the file at `path` in the file field labelled `label`, as the file picker does. */
  chooseFile(label: string, path: string): Promise<void>;
  /** How many pages this page prints on, on this paper (its print styles applied). */
  printPages(paper: Paper): Promise<number>;
  /** Turns the mouse wheel over this web page, `deltaY` pixels down, as a person scrolls. */
  wheel(deltaY: number): Promise<void>;
  /** Reloads this tab, as the browser's Reload button does. */
  reload(): Promise<void>;
  /** Goes back one page in this tab's history, as the browser's Back button does. */
  back(): Promise<void>;
  /** From now on, counts the check-ins loaded in this tab (each one a check-in shown afresh). */
  countCheckIns(): { readonly loads: number };
  /** The whole page as drawn, below the window too, as a PNG. */
  pageShot(): Promise<Uint8Array>;
  /** The whole document: its text, attributes and shadow trees (in Chromium its fields' values too). */
  domText(): Promise<string>;
  close(): Promise<void>;
}

export interface Driver {
  readonly browser: BrowserName;
  readonly web: TestWeb;
  /** Steady's options page, at a section (`plan`) or its first one. */
  options(section?: string): Promise<Tab>;
  /** Steady's popup, as a page. */
  popup(): Promise<Tab>;
  /** A web page on a test host, in a new tab. */
  visit(host: string, path?: string): Promise<Tab>;
  /** Stops Steady's background, as the browser does when idle: Chromium's worker only (Firefox's event page cannot be stopped over BiDi). */
  stopBackground?(): Promise<void>;
  /** Chromium's session (its worker, for what a test reads there); Firefox runs no script of a test in Steady. */
  readonly chromium?: Session;
  close(): Promise<void>;
}

/**
 * Starts a fresh browser of this kind, with Steady's test build (granted the test hosts, or the
 * hosts given), speaking English or Spanish (as in Mexico).
 */
export function startDriver(
  browser: BrowserName,
  language: 'en' | 'es' = 'en',
  grant: readonly string[] = GRANTED_TEST_HOSTS,
  /** Forced colours on (Windows high contrast; black on white in Firefox), in a window 1024 by 2400. */
  forcedColors = false,
): Promise<Driver> {
  return browser === 'chromium'
    ? chromiumDriver(language, grant, forcedColors)
    : firefoxDriver(language, grant, forcedColors);
}

/** Reload and Back, the same call in playwright-core and puppeteer-core. */
const history = (page: { reload(): Promise<unknown>; goBack(): Promise<unknown> }) => ({
  async reload() {
    await page.reload();
  },
  async back() {
    await page.goBack();
  },
});

/** Text for an XPath string literal. */
const quoted = (text: string) => (text.includes('"') ? `'${text}'` : `"${text}"`);

// Chromium -------------------------------------------------------------------------------------

async function chromiumDriver(language: 'en' | 'es', grant: readonly string[], forcedColors: boolean): Promise<Driver> {
  const session = await launch({
    language,
    locale: language === 'es' ? 'es-MX' : 'en-US',
    extensionDir: testBuild(grant),
    forcedColors,
  });
  const tab = (page: PlaywrightPage): Tab => ({
    ...chromiumSurface(page),
    async checkIn() {
      for (;;) {
        const frame = await warningFrame(page);
        if (frame) {
          // Its Leave button: "Leave this site", or on a search "Leave this search".
          const leave = [words(language, 'warning.leave'), words(language, 'warning.leaveSearch')];
          await frame.getByRole('button', { name: new RegExp(`^(${leave.join('|')})$`) }).waitFor();
          return {
            ...chromiumSurface(frame),
            controlShots: (role) => chromiumControlShots(page, role, frame),
            focusBox: () => chromiumFocused(frame),
          };
        }
      }
    },
    covered: () => page.evaluate(`Boolean(${FIND_COVER})`) as Promise<boolean>,
    async waitUncovered() {
      await page.waitForFunction(`!(${FIND_COVER})`, undefined, { timeout: 0 });
    },
    async host() {
      await page.waitForLoadState();
      return page.evaluate(() => location.hostname);
    },
    title: () => page.title(),
    async goto(host, path = '/') {
      await page.goto(session.web.url(host, path));
    },
    script: (expression) => page.evaluate(expression),
    screenshot: () => page.screenshot(),
    async saveFile(role, name) {
      type Role = Parameters<PlaywrightPage['getByRole']>[0];
      const control = page.getByRole(role as Role, { name, exact: true });
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 0 }), control.click()]);
      return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
    },
    chooseFile: (label, path) => page.getByLabel(label, { exact: true }).setInputFiles(path),
    printPages: async (paper) => pdfPages(await page.pdf({ format: paper })),
    async wheel(deltaY) {
      await page.mouse.move(100, 100);
      await page.mouse.wheel(0, deltaY);
    },
    ...history(page),
    countCheckIns() {
      const seen = { loads: 0 };
      page.on('framenavigated', (frame) => {
        if (frame.url().includes('/warning.html')) seen.loads++;
      });
      return seen;
    },
    pageShot: () => page.screenshot({ fullPage: true }),
    controlShots: (role) => chromiumControlShots(page, role),
    focusBox: () => chromiumFocused(page),
    domText: () => chromiumDomText(page),
    close: () => page.close(),
  });
  return {
    browser: 'chromium',
    web: session.web,
    options: async (section) =>
      tab(await openExtensionPage(session, section ? `options.html#${section}` : 'options.html')),
    popup: async () => tab(await openExtensionPage(session, 'popup.html')),
    stopBackground: () => stopServiceWorker(session),
    async visit(host, path = '/') {
      const page = await session.context.newPage();
      await page.goto(session.web.url(host, path));
      return tab(page);
    },
    chromium: session,
    async close() {
      await session.close();
      await session.web.stop();
    },
  };
}

/** A page or frame of Chromium as a Surface (also for a test that drives its own session). */
export function chromiumSurface(scope: PlaywrightPage | PlaywrightFrame): Surface {
  type Role = Parameters<PlaywrightPage['getByRole']>[0];
  const byRole = (role: string, name: string) => scope.getByRole(role as Role, { name, exact: true });
  const page = 'keyboard' in scope ? scope : scope.page();
  return {
    find: (role, name) => byRole(role, name).first().waitFor(),
    count: (role, name) => byRole(role, name).count(),
    click: (role, name) => byRole(role, name).click(),
    fill: (role, name, text) => byRole(role, name).fill(text),
    fillLabelled: (label, text) => scope.getByLabel(label, { exact: true }).fill(text),
    fillDate: (label, date) => scope.getByLabel(label, { exact: true }).fill(date),
    async choose(name, option) {
      await byRole('combobox', name).selectOption({ label: option });
    },
    press: (key) => page.keyboard.press(key === 'SelectAll' ? 'ControlOrMeta+a' : key),
    waitForStatus: (text) =>
      scope
        .locator('[role="status"]')
        .filter({ hasText: new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`) })
        .first()
        .waitFor(),
    seeText: (text) => scope.getByText(text, { exact: true }).filter({ visible: true }).first().waitFor(),
    seeTextStarting: (prefix) =>
      scope
        .getByText(new RegExp(`^\\s*${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))
        .filter({ visible: true })
        .first()
        .waitFor(),
    async attribute(role, name, attribute) {
      const found = byRole(role, name).first();
      await found.waitFor();
      return found.getAttribute(attribute);
    },
    hasText: async (text) => (await scope.getByText(text, { exact: true }).count()) > 0,
    async follow(name) {
      const opened = page.context().waitForEvent('request', (request) => !request.url().startsWith('chrome'));
      await byRole('link', name).click();
      return (await opened).url();
    },
    focused: (attribute) => scope.evaluate((name) => document.activeElement?.getAttribute(name) ?? null, attribute),
  };
}

// Firefox --------------------------------------------------------------------------------------

async function firefoxDriver(language: 'en' | 'es', grant: readonly string[], forcedColors: boolean): Promise<Driver> {
  const locale = language === 'es' ? 'es-MX' : 'en-US';
  const prefs = forcedColors ? FORCED_PREFS : {};
  const session = await launchFirefox(
    grant,
    { width: 1024, height: 2400 },
    language === 'es' ? locale : undefined,
    language,
    prefs,
  );
  const tab = (page: PuppeteerPage): Tab => ({
    ...firefoxSurface(page, locale),
    async checkIn() {
      const frame = await firefoxWarningFrame(page, language);
      return {
        ...firefoxSurface(frame, locale),
        controlShots: (role) => firefoxControlShots(frame, role),
        focusBox: () => firefoxFocused(frame),
      };
    },
    covered: () => firefoxPageCovered(page),
    waitUncovered: () => firefoxWaitUncovered(page),
    host: () =>
      until(page, 'the page to load', async () => {
        const host = await page.evaluate(() => (document.readyState === 'loading' ? undefined : location.hostname));
        return host ?? undefined;
      }),
    title: () => page.title(),
    async goto(host, path = '/') {
      await page.goto(session.web.url(host, path));
    },
    script: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    screenshot: () => page.screenshot(),
    saveFile: (role, name) =>
      savedFile(page, session.downloads, async () => firefoxClick(await firefoxControl(page, role, name))),
    chooseFile: async (label, path) => chooseFiles(await labelled(page, label), [path]),
    printPages: async (paper) => pdfPages(await printed(page, PAPER[paper])),
    wheel: (deltaY) => firefoxWheel(page, deltaY),
    ...history(page),
    countCheckIns() {
      // Firefox tells automation of an extension frame only that it was attached (its address shows
      // as about:blank, and its loads are not reported): each check-in is a frame of its own.
      const seen = { loads: 0 };
      page.on('frameattached', () => seen.loads++);
      return seen;
    },
    pageShot: () => firefoxPageShot(page),
    controlShots: (role) => firefoxControlShots(page, role),
    focusBox: () => firefoxFocused(page),
    domText: () => firefoxDomText(page),
    close: () => page.close(),
  });
  return {
    browser: 'firefox',
    web: session.web,
    options: async (section) => tab(await session.openOptions(section)),
    popup: async () => tab(await session.openPopup()),
    async visit(host, path = '/') {
      const page = await session.browser.newPage();
      await page.goto(session.web.url(host, path));
      return tab(page);
    },
    async close() {
      const waiting = stillWaitingFor();
      if (waiting) console.error(`Still waiting for ${waiting} when the test ended.`);
      await session.close();
    },
  };
}

/** The field a label names in Firefox: by its `for`, or the one inside it. */
const labelled = (scope: PuppeteerPage | PuppeteerFrame, label: string) =>
  until(scope, `the field labelled “${label}”`, () =>
    locate(scope, {
      type: 'xpath',
      value:
        `//*[@id=//label[normalize-space()=${quoted(label)}]/@for]` +
        ` | //label[normalize-space()=${quoted(label)}]//*[self::input or self::textarea or self::select]`,
    }),
  );

/** The digits of a date (YYYY-MM-DD) in the order a date field shows them in `locale` (month first in the US). */
export function dateKeys(date: string, locale: string): string {
  const [year, month, day] = date.split('-') as [string, string, string];
  const digits: Record<string, string> = { year, month, day };
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(new Date(Date.UTC(2000, 0, 31)))
    .flatMap((part) => (part.type in digits ? [digits[part.type]] : []))
    .join('');
}

function firefoxSurface(scope: PuppeteerPage | PuppeteerFrame, locale = 'en-US'): Surface {
  const byRole = (role: string, name: string) => firefoxControl(scope, role, name);
  const replaceText = async (field: Control, text: string) => {
    await firefoxClick(field);
    await firefoxPress(scope, 'SelectAll');
    await firefoxPress(scope, 'Backspace');
    await firefoxType(field, text, false);
  };
  return {
    find: async (role, name) => {
      await byRole(role, name);
    },
    count: async (role, name) => (await locateAll(scope, { type: 'accessibility', value: { role, name } })).length,
    click: async (role, name) => firefoxClick(await byRole(role, name)),
    fill: async (role, name, text) => replaceText(await byRole(role, name), text),
    fillLabelled: async (label, text) => replaceText(await labelled(scope, label), text),
    async fillDate(label, date) {
      // A person's window has the focus; a tab automation opened has not, and without it Firefox's
      // date field never hears its parts' focus, so it neither moves on nor takes the date.
      await pageOf(scope).bringToFront();
      // The label's click puts the focus on the field's first part; then the digits in its order.
      const name = await until(scope, `the label “${label}”`, () =>
        locate(scope, { type: 'xpath', value: `//label[normalize-space()=${quoted(label)}]` }),
      );
      await firefoxClick(name);
      await firefoxType(name, dateKeys(date, locale), false);
    },
    async choose(name, option) {
      // A closed drop-down takes typed letters as a choice, as a person choosing by keyboard does.
      const select = await byRole('combobox', name);
      await firefoxClick(select);
      await firefoxPress(scope, 'Escape');
      await firefoxType(select, option, false);
      await firefoxPress(scope, 'Enter');
    },
    press: (key) => firefoxPress(scope, key),
    waitForStatus: (text) => firefoxWaitForStatus(scope, text),
    seeText: (text) => firefoxSeeText(scope, text),
    async seeTextStarting(prefix) {
      await until(scope, `a text starting “${prefix}”`, () =>
        locate(scope, { type: 'xpath', value: `//*[starts-with(normalize-space(text()), ${quoted(prefix)})]` }),
      );
    },
    async attribute(role, name, attribute) {
      const control = await byRole(role, name);
      return control.attributes[attribute] ?? null;
    },
    hasText: async (text) =>
      (await locate(scope, { type: 'xpath', value: `//*[normalize-space(text())=${quoted(text)}]` })) !== undefined,
    follow: async (name) => firefoxFollowed(scope, async () => firefoxClick(await byRole('link', name))),
    // The browser's own CSS matching (BiDi locateNodes), no script in the page.
    focused: async (attribute) =>
      (await locate(scope, { type: 'css', value: ':focus' }))?.attributes[attribute] ?? null,
  };
}
