import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clusteredUrges } from '../history';
import { t } from '../i18n';
import { launch, type Session } from './harness';
import { axeViolations, database, flagSite, writeReasons } from './steps';

/**
 * Every screen in forced colours (Windows high contrast), emulated in Chromium, for what needs
 * script in Steady's pages (Firefox 140 refuses it there): axe finds nothing, the styles a shape
 * or a chip is drawn with, and the insights heatmap (weeks of urges, written to the database)
 * shows each cell's count where its shades would all look alike. The borders and focus rings of
 * the options page, the popup (the lapse check-in too) and the check-in on a web page are checked
 * in both browsers from the pixels (both-forced-colors.e2e.ts); those of the reach out page (not
 * web-accessible in Firefox), here.
 */
let session: Session;

beforeAll(async () => {
  session = await launch();
  const options = await flagSite(session, 'example.org');
  await writeReasons(options, 'My kids');
  await options.close();
  const now = Date.now();
  const stamp = { createdAt: now, updatedAt: now };
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  await database(session, {
    kind: 'write',
    store: 'urges',
    // Four weeks of urges, with what set them off: the heatmap and the triggers' bars show.
    records: clusteredUrges(now, zone).map((urge, index) => ({
      ...urge,
      triggers: [index % 3 === 0 ? 'tired' : 'lonely'],
    })) as unknown as Array<Record<string, unknown>>,
  });
  await database(session, {
    kind: 'write',
    store: 'times',
    records: [
      { id: 'fc-time', label: 'Evenings', rule: { kind: 'weekly', days: [5], start: 1200, end: 1320 }, ...stamp },
    ],
  });
  await database(session, {
    kind: 'write',
    store: 'contacts',
    records: [{ id: 'fc-sam', name: 'Sam', ways: { text: '+12015550123' }, order: 0, ...stamp }],
  });
}, 60_000);

afterAll(async () => {
  await session?.close();
  await session?.web.stop();
});

/** Opens a page of Steady's already in forced colours. */
async function openForced(path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(`chrome-extension://${session.extensionId}/${path}`);
  return page;
}

/**
 * Visible controls with no border to see in forced colours: buttons, fields, lists to choose from
 * and links drawn as buttons. A quiet button is text, underlined, as a link is; that is its outline.
 */
function controlsWithoutBorder(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = document.querySelectorAll<HTMLElement>(
      'button, .button, select, textarea, input:not([type="checkbox"]):not([type="radio"]):not([type="range"]):not([type="hidden"])',
    );
    const missing: string[] = [];
    for (const control of controls) {
      const box = control.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || control.closest('.visually-hidden')) continue;
      const style = getComputedStyle(control);
      if (control.matches('button.quiet') && style.textDecorationLine.includes('underline')) continue;
      const sides = ['Top', 'Right', 'Bottom', 'Left'].filter((side) => {
        const width = Number.parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`));
        const styleOf = style.getPropertyValue(`border-${side.toLowerCase()}-style`);
        const color = style.getPropertyValue(`border-${side.toLowerCase()}-color`);
        return width >= 1 && styleOf !== 'none' && !/rgba\(.*, 0\)$|transparent/.test(color);
      });
      if (sides.length < 4)
        missing.push(`${control.tagName.toLowerCase()} "${control.textContent?.trim().slice(0, 40)}"`);
    }
    return missing;
  });
}

/** Tabs through the first `stops` stops of the page; each that has no visible focus ring, by name. */
async function focusStopsWithoutRing(page: Page, stops = 15): Promise<string[]> {
  const missing: string[] = [];
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let stop = 0; stop < stops; stop++) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return undefined;
      const style = getComputedStyle(element);
      const ring =
        style.outlineStyle !== 'none' &&
        Number.parseFloat(style.outlineWidth) >= 2 &&
        !/rgba\(.*, 0\)$|transparent/.test(style.outlineColor);
      const kind = element instanceof HTMLInputElement ? `[type=${element.type}]` : '';
      return { ring, name: `${element.tagName.toLowerCase()}${kind} "${element.textContent?.trim().slice(0, 40)}"` };
    });
    if (found && !found.ring) missing.push(found.name);
  }
  return missing;
}

/** In forced colours, axe finds nothing. */
async function expectAxe(page: Page, what: string) {
  expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), what).toBe(true);
  expect(await axeViolations(page), `${what}: axe`).toEqual([]);
}

/** Everything this file asks of a screen in forced colours that both-forced-colors.e2e.ts does not reach. */
async function expectReadable(page: Page, what: string, tabStops = 15) {
  await expectAxe(page, what);
  expect(await controlsWithoutBorder(page), `${what}: controls without a border`).toEqual([]);
  expect(await focusStopsWithoutRing(page, tabStops), `${what}: focus stops without a ring`).toEqual([]);
}

const SECTIONS = [
  'welcome',
  'sites',
  'searches',
  'times',
  'plan',
  'people',
  'history',
  'insights',
  'summary',
  'settings',
  'data',
  'help',
] as const;

describe('in forced colours', () => {
  it.each(SECTIONS)('the options page, section %s: axe', async (section) => {
    const page = await openForced(`options.html#${section}`);
    await page.getByRole('navigation', { name: t('nav.label') }).waitFor();
    await page.locator(`#${section}-heading`).waitFor();
    await page.waitForTimeout(200);
    await expectAxe(page, section);
    await page.close();
  });

  it('the heatmap shows each cell’s count in forced colours, and only there', async () => {
    const page = await openForced('options.html#insights');
    const heatmap = page.getByRole('region', { name: t('insights.heatmap.heading') });
    await heatmap.getByRole('figure').waitFor();
    const shown = () =>
      page.evaluate(() => {
        const labels = [...document.querySelectorAll('.heatmap .heat-count')];
        return {
          labels: labels.length,
          visible: labels.filter((label) => getComputedStyle(label).display !== 'none').length,
          total: labels.reduce((sum, label) => sum + Number(label.textContent), 0),
          drawn: [...document.querySelectorAll('.heatmap .heat')].filter(
            (cell) => Number(cell.getAttribute('fill-opacity')) > 0.06,
          ).length,
        };
      });
    const forced = await shown();
    expect(forced.labels).toBeGreaterThan(0);
    expect(forced.visible).toBe(forced.labels);
    // One label for each cell with urges in it, and their sum is every urge the heatmap counts.
    expect(forced.labels).toBe(forced.drawn);
    const table = await heatmap
      .getByRole('table', { name: t('insights.heatmap.caption') })
      .evaluate((element) =>
        [...element.querySelectorAll('td')].reduce((sum, cell) => sum + (Number(cell.textContent) || 0), 0),
      );
    expect(forced.total).toBe(table);
    await page.emulateMedia({ forcedColors: 'none' });
    expect((await shown()).visible, 'shades say it outside forced colours').toBe(0);
    await page.close();
  });

  it.each([
    ['times', '.week-block'],
    ['insights', '.bar'],
  ])(
    'the %s section draws its %s shapes in the text colour (their background would be dropped)',
    async (section, shape) => {
      const page = await openForced(`options.html#${section}`);
      await page.locator(shape).first().waitFor();
      const colours = await page.locator(shape).evaluateAll((shapes) => {
        const probe = document.createElement('span');
        probe.style.cssText = 'forced-color-adjust: none; background: CanvasText';
        document.body.append(probe);
        const text = getComputedStyle(probe).backgroundColor;
        probe.remove();
        return { text, shapes: shapes.map((element) => getComputedStyle(element).backgroundColor) };
      });
      expect(colours.shapes.length).toBeGreaterThan(0);
      for (const colour of colours.shapes) expect(colour).toBe(colours.text);
      await page.close();
    },
  );

  it('the popup, logging an urge with a chip chosen, riding it out, and the lapse check-in: axe, the chip, the circle', async () => {
    const page = await openForced('popup.html');
    await page.getByRole('button', { name: t('popup.logUrge') }).waitFor();
    await page.waitForTimeout(200);
    await expectAxe(page, 'the popup');

    await page.getByRole('button', { name: t('popup.logUrge') }).click();
    const chip = page.getByRole('button', { name: 'Lonely', exact: true });
    await chip.click();
    await expect.poll(() => chip.getAttribute('aria-pressed')).toBe('true');
    // A chip that is on looks on: the system's selected colours, not the page's.
    const colours = await chip.evaluate((element) => {
      const style = getComputedStyle(element);
      const probe = document.createElement('span');
      probe.style.cssText = 'forced-color-adjust: none; background: Highlight';
      document.body.append(probe);
      const highlight = getComputedStyle(probe).backgroundColor;
      probe.remove();
      return { background: style.backgroundColor, highlight };
    });
    expect(colours.background).toBe(colours.highlight);
    await expectAxe(page, 'logging an urge');

    await page.getByRole('radio', { name: t('urge.outcomes.used') }).click();
    await page.getByRole('heading', { name: t('lapse.acknowledgeHeading') }).waitFor();
    await expectAxe(page, 'the lapse check-in');
    await page.getByRole('button', { name: t('lapse.goOn') }).click();
    await page.getByRole('heading', { name: t('lapse.notAloneHeading') }).waitFor();
    await expectAxe(page, 'the lapse check-in, its next step');
    await page.close();

    const ride = await openForced('popup.html');
    await ride.getByRole('button', { name: t('popup.rideItOut') }).click();
    await ride.getByRole('heading', { name: t('ride.heading') }).waitFor();
    // The breathing circle is drawn as a ring in the text colour.
    expect(await ride.locator('.breathe-circle').evaluate((e) => getComputedStyle(e).borderTopStyle)).toBe('solid');
    await expectAxe(ride, 'riding it out');
    await ride.close();
  });

  it('the reach out page', async () => {
    const page = await openForced('reach.html');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForTimeout(200);
    await expectReadable(page, 'the reach out page');
    await page.close();
  });

  it.each(['gentle', 'pause', 'firm'])('the check-in (%s), and its ride-it-out and log panels: axe', async (level) => {
    const query = new URLSearchParams({ u: session.web.url('example.org', '/'), b: '0', t: 'x', l: level, p: '5' });
    const page = await openForced(`warning.html?${query}`);
    await page.getByRole('button', { name: t('warning.leave') }).waitFor();
    await expectAxe(page, 'the check-in');
    await page.getByRole('button', { name: t('warning.rideItOut') }).click();
    await page.getByRole('heading', { name: t('ride.heading') }).waitFor();
    await expectAxe(page, 'the check-in, riding it out');
    await page.getByRole('button', { name: t('warning.logUrge') }).click();
    await page.getByRole('heading', { name: t('warning.logHeading') }).waitFor();
    await expectAxe(page, 'the check-in, logging the urge');
    await page.close();
  });
});
