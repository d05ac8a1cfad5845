import { afterEach, describe, expect, it } from 'vitest';
import { t } from '../i18n';
import { BROWSERS, type Driver, startDriver } from './driver';
import { flag } from './flows';

/**
 * "Nothing leaves the device", in Chromium and in Firefox alike: every host a test page names
 * reaches the browser through the test server (a proxy for every address), so a request Steady
 * made to anywhere at all would be in its record. After a person flags a site, is checked in on,
 * continues, visits another site and logs an urge, the record holds the pages they visited and
 * nothing else of Steady's.
 */

// The browsers' own calls to their makers' services, made without any extension too (Chromium:
// accounts.google.com, update.googleapis.com; Firefox: its settings and add-on services). Steady
// never calls these hosts, and tests/e2e/privacy.e2e.ts also watches Chromium's extension requests.
const BROWSER_OWN =
  /^(CONNECT )?(https?:\/\/)?([a-z0-9-]+\.)*(google\.com|googleapis\.com|gstatic\.com|gvt1\.com|mozilla\.com|mozilla\.net|mozilla\.org|firefox\.com|mozaws\.net)(:443)?(\/|$)/;

let driver: Driver | undefined;
afterEach(async () => {
  await driver?.close();
  driver = undefined;
});

describe.each(BROWSERS)('in %s', (browser) => {
  it('Steady makes no request of its own: the server sees only the pages the person visited', async () => {
    driver = await startDriver(browser);
    const web = driver.web;
    web.page('/flagged', '<!doctype html><title>Flagged</title><p>A trigger site.');
    web.page('/plain', '<!doctype html><title>Plain</title><p>Another site.');
    await flag(driver, 'example.org');
    const flagged = await driver.visit('example.org', '/flagged');
    const checkIn = await flagged.checkIn();
    await checkIn.click('button', t('warning.continue'));
    await flagged.waitUncovered();
    const plain = await driver.visit('neutral.test', '/plain');
    expect(await plain.host()).toBe('neutral.test');
    const popup = await driver.popup();
    await popup.click('button', t('popup.logUrge'));
    // The positive signal: the urge is kept, the last thing the person did.
    await popup.seeText(t('popup.logged'));

    const visited = [web.url('example.org', '/flagged'), web.url('neutral.test', '/plain')];
    const expected = new Set(visited.flatMap((url) => [url, new URL('/favicon.ico', url).href]));
    // The driver's own way into Steady's pages in Firefox (a link on a test page, and its icon).
    const driversOwn = (url: string) =>
      url.startsWith(web.url('example.com', '/open-steady')) || url === web.url('example.com', '/favicon.ico');
    const seen = web.requests.map((r) => (r.method === 'CONNECT' ? `CONNECT ${r.url}` : r.url));
    expect(seen.filter((url) => !expected.has(url) && !driversOwn(url) && !BROWSER_OWN.test(url))).toEqual([]);
    // Control: the record does see the pages the person visited.
    for (const url of visited) expect(seen).toContain(url);
  });
});
