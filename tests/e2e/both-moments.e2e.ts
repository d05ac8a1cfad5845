import { decode } from 'fast-png';
import jsQR from 'jsqr';
import { afterEach, describe, expect, it } from 'vitest';
import { type MessageKey, t, words } from '../i18n';
import { BROWSERS, type Driver, type Surface, startDriver } from './driver';

/**
 * Issue #20's moments, in Chromium and in Firefox alike (one set of tests through driver.ts):
 * milestones across both daylight-saving changes and a lapse, the way to a meeting or a clinic
 * that requests nothing until clicked, and the QR code beside the large number, decoded.
 *
 * Both browsers run in New York's zone (they read TZ from the environment this worker passes
 * on), so a year of the days counter spans the spring-forward and the fall-back nights.
 */
const ZONE = 'America/New_York';
process.env.TZ = ZONE;

let driver: Driver | undefined;
afterEach(async () => {
  await driver?.close();
  driver = undefined;
});

/** Today's date in New York, and the same calendar date a year before (28 February for a 29th). */
function aYearAgo(): { today: string; start: string; days: number } {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date());
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(year - 1, month - 1, day));
  if (last.getUTCDate() !== day) last.setUTCDate(0);
  const start = last.toISOString().slice(0, 10);
  return { today, start, days: Math.round((Date.UTC(year, month - 1, day) - last.getTime()) / 86_400_000) };
}

/** Turns the days counter on, counting (and the recovery) from `start`, as a person does in Settings. */
async function countFrom(driver: Driver, say: Say, start: string) {
  const options = await driver.options('settings');
  await options.click('checkbox', say('settings.showDays'));
  await options.fillDate(say('settings.counterStart'), start);
  await options.fillDate(say('settings.recoveryStart'), start);
  await options.click('button', say('settings.save'));
  await options.waitForStatus(say('common.saved'));
}

/** Goes through "I used" to its last step, restarting the counter there if asked. */
async function used(popup: Surface, say: Say, restart: boolean) {
  await popup.click('button', say('popup.used'));
  await popup.click('button', say('lapse.goOn'));
  for (const heading of ['lapse.whatHeading', 'lapse.changeHeading', 'lapse.nextDaysHeading'] as const) {
    await popup.click('button', say('lapse.next'));
    await popup.find('heading', say(heading));
  }
  if (restart) await popup.click('checkbox', say('lapse.restart'));
  await popup.click('button', say('lapse.finish'));
  await popup.find('button', say('popup.logUrge'));
}

/** The QR codes a tab shows, read from its pixels by a decoder that knows nothing of Steady. */
async function decodeShown(tab: { screenshot(): Promise<Uint8Array> }): Promise<string | undefined> {
  const png = decode(await tab.screenshot());
  const rgba = new Uint8ClampedArray(png.width * png.height * 4);
  for (let i = 0; i < png.width * png.height; i++) {
    for (let c = 0; c < 3; c++) rgba[i * 4 + c] = Number(png.data[i * png.channels + (png.channels >= 3 ? c : 0)]);
    rgba[i * 4 + 3] = 255;
  }
  return jsQR(rgba, png.width, png.height)?.data;
}

/** Steady's words in one language. */
type Say = (key: MessageKey, ...args: Array<number | Array<string | number>>) => string;

const FINDERS = ['www.na.org', 'meetings.smartrecovery.org', 'findtreatment.gov'];

describe.each([
  ['chromium', 'en'],
  ['firefox', 'en'],
  ['chromium', 'es'],
] as const)('in %s, in %s', (browser, language) => {
  const say: Say = (key, ...args) => words(language, key, ...args);

  it('find a meeting or treatment: nothing is requested until a link is clicked, then only that one', async () => {
    driver = await startDriver(browser, language);
    const requested = () =>
      driver?.web.requests.filter((r) => FINDERS.some((host) => r.url.includes(host))).map((r) => r.url) ?? [];
    const options = await driver.options('help');
    await options.find('heading', say('findHelp.meetings'));
    const plan = await driver.options('plan');
    await plan.find('heading', say('findHelp.treatment'));
    const popup = await driver.popup();
    await popup.click('button', say('popup.used'));
    await popup.click('button', say('lapse.goOn'));
    await popup.find('heading', say('findHelp.meetings'));
    const na = say('findHelp.links.naMeetings.name');
    expect(await popup.attribute('link', na, 'href')).toBe('https://www.na.org/meetingsearch/');
    expect(await popup.attribute('link', na, 'target')).toBe('_blank');
    expect(requested(), 'three pages show the links; none was requested').toEqual([]);
    await popup.click('link', na);
    await expect.poll(requested, { timeout: 20_000 }).not.toEqual([]);
    expect(
      requested().every((url) => url.includes('www.na.org')),
      requested().join(' '),
    ).toBe(true);
  });
});

describe.each(BROWSERS)('in %s', (browser) => {
  it('the QR code beside the large number decodes to the very link: a call, and a text with its message', async () => {
    driver = await startDriver(browser);
    const options = await driver.options('people');
    await options.fill('textbox', t('people.name'), 'Lee');
    await options.fill('textbox', t('people.ways.call'), '+1 201 555 0188');
    await options.press('Enter');
    await options.waitForStatus(t('people.saved', ['Lee']));
    const popup = await driver.popup();
    const call = t('reach.button', ['Lee']);
    expect(await popup.attribute('link', call, 'href')).toBe('tel:+12015550188');
    await popup.click('link', call);
    await popup.find('heading', t('reach.numberHeading', ['Lee']));
    await popup.seeText(t('reach.codeCall', ['Lee']));
    expect(await decodeShown(popup)).toBe('tel:+12015550188');

    await options.fill('textbox', t('people.name'), 'Ana');
    await options.fill('textbox', t('people.ways.text'), '+1 201 555 0123');
    await options.press('Enter');
    await options.waitForStatus(t('people.saved', ['Ana']));
    const again = await driver.popup();
    await again.click('button', t('reach.more'));
    const text = t('reach.way.text', ['Ana']);
    const href = await again.attribute('link', text, 'href');
    expect(href).toMatch(/^sms:\+12015550123\?&body=/);
    await again.click('link', text);
    await again.seeText(t('reach.codeText', ['Ana']));
    expect(await decodeShown(again)).toBe(href);
  });
});

describe.each([
  ['chromium', 'en'],
  ['firefox', 'en'],
  ['firefox', 'es'],
] as const)('in %s, in %s, with dates typed in Settings', (browser, language) => {
  const say: Say = (key, ...args) => words(language, key, ...args);

  it('milestones: a year across both daylight-saving nights; after a lapse that restarts the counter, the total days stay', async () => {
    driver = await startDriver(browser, language);
    // The browser counts in New York's zone, where the year holds both daylight-saving nights.
    const page = await driver.visit('example.com');
    expect(await page.script('Intl.DateTimeFormat().resolvedOptions().timeZone')).toBe(ZONE);
    const { start, days } = aYearAgo();
    await countFrom(driver, say, start);
    const popup = await driver.popup();
    await popup.seeText(say('popup.days', days));
    await popup.seeText(say('days.milestone.years', 1));

    // "I used", keeping the counter: the stretch and its milestone stand (today is still going).
    await used(popup, say, false);
    const after = await driver.popup();
    await after.seeText(say('popup.days', days));
    await after.seeText(say('days.milestone.years', 1));

    // "I used" again, now starting the counter over: no milestone, and the year is still there in all.
    await used(after, say, true);
    const restarted = await driver.popup();
    await restarted.seeText(say('popup.days', 0));
    await restarted.seeText(say('days.total', [say('popup.days', days)]));
    expect(await restarted.hasText(say('days.milestone.years', 1))).toBe(false);
  });
});
