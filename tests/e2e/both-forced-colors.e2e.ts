import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../i18n';
import { BROWSERS, type Drawn, type Driver, type Surface, startDriver, type Tab } from './driver';
import { addPerson, flag, setLevel } from './flows';
import { GRANTED_TEST_HOSTS } from './harness';
import { background, crop, find, findAll, image, ringProblem, sidesWithoutBorder } from './pixels';

/**
 * Every screen in forced colours (Windows high contrast), in Chromium (emulated) and in Firefox
 * (its own high contrast mode, black on white), read from what the person sees: the screenshots'
 * pixels, never script in Steady's pages (Firefox 140 refuses it there). Each control has a line
 * of a contrasting colour on all four sides, and a ring shows around each stop of the Tab order.
 * The check-in too, a frame in a web page: its controls are read in the frame, and found in the
 * tab's window. One browser of each kind for the file.
 * axe and the computed styles (the chip's Highlight, the heatmap's counts) stay in Chromium,
 * in forced-colors.e2e.ts.
 */

/** Roles drawn as a box a person must see the edges of: buttons, fields and lists to choose from. */
const BOXED = ['button', 'textbox', 'combobox', 'spinbutton'] as const;

/** What is checked: a page, or the check-in, a frame in the tab's web page (seen in the tab's screenshots). */
type Checked = Surface & Drawn;

/** Each control of the page (or of the check-in in it) with a side that has no line to see, by name. */
async function controlsWithoutBorder(tab: Tab, scope: Checked = tab): Promise<string[]> {
  // The check-in covers the window (the page under it may run on far below): the window is enough.
  const window = image(await (scope === tab ? tab.pageShot() : tab.screenshot()));
  const canvas = background(window);
  const missing: string[] = [];
  for (const role of BOXED) {
    for (const shot of await scope.controlShots(role)) {
      // A quiet button is text, underlined, as a link is: that is its outline. A disabled one is GrayText, and needs none.
      if (/\bquiet\b/.test(shot.classes) || shot.disabled) continue;
      const own = image(shot.png);
      // Seen in the page, with a pixel around it (Firefox's clip can be a pixel short or off).
      const at = find(own, window);
      const sides = at
        ? sidesWithoutBorder(crop(window, at.x - 1, at.y - 1, own.width + 2, own.height + 2), canvas, 1)
        : sidesWithoutBorder(own, canvas);
      if (sides.length) missing.push(`${role} ${shot.name}: ${sides.join(', ')}`);
    }
  }
  return missing;
}

/**
 * Presses Tab from where focus is (no ring on screen yet) through up to `stops` controls, until
 * focus leaves the page, and says for each stop without a ring a person can see around it what
 * has focus and what is wrong. Focus must move through at least `least` controls.
 */
async function stopsWithoutRing(tab: Tab, stops: number, least: number, scope: Checked = tab): Promise<string[]> {
  const before = image(await tab.screenshot());
  const canvas = background(before);
  const missing: string[] = [];
  const names: string[] = [];
  // A date or time field takes one stop for each of its parts (and its picker): its ring is the same.
  // Focus on nothing of the page's: a date field's picker (Chromium's own part), or, twice running, out of the page.
  let outside = 0;
  for (let press = 0; press < stops * 4 && names.length < stops; press++) {
    await scope.press('Tab');
    const focused = await scope.focusBox();
    outside = focused.name === 'nothing' ? outside + 1 : 0;
    if (outside === 2) break;
    if (outside || focused.name === names.at(-1)) continue;
    names.push(focused.name);
    const after = image(await tab.screenshot());
    // Where the control is: its own pixels found in the window (fields alike: any of them, as only one has focus).
    const own = focused.png ? image(focused.png) : undefined;
    const boxes = own ? findAll(own, after).map((at) => ({ ...at, width: own.width, height: own.height })) : [];
    const problems = boxes.length
      ? boxes.map((box) => ringProblem(before, after, canvas, box))
      : [ringProblem(before, after, canvas)];
    // A link wrapped over two lines gets a ring around each line in Firefox: two sides of its box, at least.
    const wrapped = (problem?: string) =>
      focused.name.startsWith('a ') && /^no ring on the \w+(, \w+)? side$/.test(problem ?? '');
    if (!problems.some((problem) => problem === undefined || wrapped(problem))) {
      missing.push(`${focused.name}: ${problems[0]}`);
    }
  }
  expect(names.length, `Tab moves the focus: ${names.join(' → ')}`).toBeGreaterThanOrEqual(least);
  return missing;
}

/** Everything this file asks of a screen (or of the check-in on it) in forced colours. */
async function expectSeen(tab: Tab, what: string, stops: number, least = 2, scope: Checked = tab) {
  const borders = await controlsWithoutBorder(tab, scope);
  const rings = await stopsWithoutRing(tab, stops, least, scope);
  expect({ borders, rings }, `${what}: controls without a border, focus stops without a ring`).toEqual({
    borders: [],
    rings: [],
  });
}

type Key = Parameters<typeof t>[0];

/** Steady's own accent in light mode, from its style sheet: a primary button's fill outside forced colours. */
const ACCENT = (() => {
  const css = readFileSync(new URL('../../components/steady.css', import.meta.url), 'utf8');
  const hex = /--accent:\s*#([0-9a-f]{6})/i.exec(css)?.[1];
  if (!hex) throw new Error('steady.css names no --accent');
  return [0, 2, 4].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)) as [number, number, number];
})();

/** The share of a control's pixels in Steady's accent: none where the system's colours are used (most of Leave's outside them). */
function accentShare(png: Uint8Array): number {
  const shot = image(png);
  let accent = 0;
  for (let y = 0; y < shot.height; y++)
    for (let x = 0; x < shot.width; x++) {
      // Near it in colour (its own hue, not a grey of the same lightness in smoothed text).
      const [r, g, b] = shot.at(x, y);
      if (Math.hypot(r - ACCENT[0], g - ACCENT[1], b - ACCENT[2]) < 24) accent++;
    }
  return accent / (shot.width * shot.height);
}

/** Each options section: its link in the navigation, and its heading. */
const SECTIONS: Array<[string, Key, Key]> = [
  ['welcome', 'nav.welcome', 'welcome.heading'],
  ['sites', 'sites.heading', 'sites.heading'],
  ['searches', 'searches.heading', 'searches.heading'],
  ['times', 'times.heading', 'times.heading'],
  ['plan', 'plan.heading', 'plan.heading'],
  ['people', 'people.heading', 'people.heading'],
  ['history', 'history.heading', 'history.heading'],
  ['insights', 'insights.heading', 'insights.heading'],
  ['summary', 'nav.summary', 'summary.heading'],
  ['settings', 'settings.heading', 'settings.heading'],
  ['data', 'data.heading', 'data.heading'],
  ['help', 'nav.help', 'nav.help'],
];

describe.each(BROWSERS)('in %s, in forced colours', (browser) => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await startDriver(browser, 'en', GRANTED_TEST_HOSTS, true);
    // A trigger site, a person and an urge with what set it off: the lists show rows with their buttons.
    const options = await flag(driver, 'example.org');
    await options.click('link', t('people.heading'));
    await addPerson(options, 'Sam', 'call', '+1 201 555 0123');
    await options.close();
    const popup = await driver.popup();
    await popup.click('button', t('popup.logUrge'));
    await popup.click('button', t('urge.halt.tired'));
    await popup.click('button', t('urge.done'));
    await popup.close();
  }, 120_000);
  afterAll(() => driver?.close());

  it('forced colours are on: a web page sees them', async () => {
    const tab = await driver.visit('example.net', '/');
    expect(await tab.script<boolean>('matchMedia("(forced-colors: active)").matches')).toBe(true);
    await tab.close();
  });

  it.each(SECTIONS)('the options page, section %s', async (section, link, heading) => {
    // Opened afresh: in Firefox, Tab runs on into the browser's own bar past the page's end.
    const options = await driver.options(section);
    await options.find('link', t(link));
    await options.find('heading', t(heading));
    if (section === 'welcome') {
      // From the top: the navigation's links, every section's way in.
      await expectSeen(options, section, SECTIONS.length);
    } else {
      // From the section's heading (a click there is where Tab starts): the section's own controls.
      await options.click('heading', t(heading));
      await expectSeen(options, section, 5);
    }
    await options.close();
  });

  it('the popup, logging an urge, and riding it out', async () => {
    const popup = await driver.popup();
    await expectSeen(popup, 'the popup', 10);
    await popup.close();
    const logging = await driver.popup();
    await logging.click('button', t('popup.logUrge'));
    await logging.click('button', t('urge.halt.lonely'));
    await expectSeen(logging, 'logging an urge', 10);
    await logging.close();
    const ride = await driver.popup();
    await ride.click('button', t('popup.rideItOut'));
    await ride.find('heading', t('ride.heading'));
    await expectSeen(ride, 'riding it out', 6);
    await ride.close();
  });

  it('the lapse check-in, its first two steps', async () => {
    const popup = await driver.popup();
    await popup.click('button', t('popup.used'));
    await popup.find('heading', t('lapse.acknowledgeHeading'));
    await expectSeen(popup, 'the lapse check-in', 8);
    await popup.close();
    // Afresh (Tab has run on past the page's end into Firefox's own bar).
    const next = await driver.popup();
    await next.click('button', t('popup.used'));
    await next.click('button', t('lapse.goOn'));
    await next.find('heading', t('lapse.notAloneHeading'));
    await expectSeen(next, 'the lapse check-in, its next step', 8);
    await next.close();
  });

  /** How firmly Steady checks in on example.org now (a new site's level first). */
  let siteLevel = 'gentle';

  it.each(['gentle', 'pause', 'firm'] as const)(
    'the check-in (%s), a frame in a web page',
    async (level) => {
      if (level !== siteLevel) {
        const options = await driver.options('sites');
        await setLevel(options, level);
        await options.close();
        siteLevel = level;
      }
      const tab = await driver.visit('example.org', '/');
      const checkIn = await tab.checkIn();
      // In the system's colours too, inside the web page's frame: Leave is not filled with Steady's accent.
      const leave = (await checkIn.controlShots('button')).find((shot) => shot.name.includes(t('warning.leave')));
      expect(leave, 'the Leave button, drawn').toBeDefined();
      expect(accentShare(leave?.png ?? new Uint8Array()), 'Leave, in the accent').toBe(0);
      if (level === 'pause') {
        // Its end moves what is below it (the note that says to breathe goes): checked once it has
        // ended, so nothing moves between two screenshots. (While it lasts, Continue is disabled:
        // drawn in GrayText, out of the Tab order, asked for no border.) A hang guard, not a clock:
        await expect
          .poll(() => checkIn.attribute('button', t('warning.continue'), 'disabled'), { timeout: 120_000 })
          .toBeNull();
      }
      // From its heading (the focus is there when it shows): Leave, the choices, Continue (not on a
      // firm check-in) and the lines; the focus stays in the check-in.
      await expectSeen(tab, `the check-in (${level})`, 10, 8, checkIn);
      if (level === 'gentle') {
        // Each panel from its heading: twelve stops hold its own controls, the lines and the choices
        // (Chromium starts after the heading, Firefox from the top of the check-in).
        await checkIn.click('button', t('warning.rideItOut'));
        await checkIn.click('heading', t('ride.heading'));
        await expectSeen(tab, 'the check-in, riding it out', 12, 8, checkIn);
        await checkIn.click('button', t('warning.logUrge'));
        await checkIn.click('heading', t('warning.logHeading'));
        await expectSeen(tab, 'the check-in, logging the urge', 12, 8, checkIn);
      }
      await tab.close();
    },
    240_000,
  );
});
