import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_ADDON_ID } from '../../wxt.config';
import { t } from '../i18n';
import { BROWSERS, type Driver, startDriver, type Tab } from './driver';
import { ADDON_UUID } from './firefox';
import { flag } from './flows';
import { FORGE_PAGE, FORGE_PROBE } from './forge';
import { FIND_COVER } from './harness';

/**
 * What a hostile web page can learn of Steady, in Chromium and in Firefox alike: everything is
 * read by the page's own script (as a hostile page would), never by script in Steady's pages. One
 * browser per kind for the whole file; each test has a host of its own.
 */

/**
 * A page whose very first script records everything a page can see of an extension: every
 * message posted to it, every element added to or removed from <html> and <body> (with all its
 * attributes), every global that appears, and every performance entry.
 */
const RECORDER = `<!doctype html><html><head><title>recorder</title><script>
(() => {
  const before = new Set(Object.getOwnPropertyNames(window));
  const messages = [];
  const elements = [];
  addEventListener('message', (event) => messages.push({ origin: event.origin, data: JSON.stringify(event.data) }));
  const describe = (kind, node) => node.nodeType === 1
    ? { kind, tag: node.tagName, attributes: [...node.attributes].map((a) => a.name + '=' + a.value) }
    : { kind, tag: '#' + node.nodeName };
  const seen = new MutationObserver((records) => {
    for (const record of records) {
      if (record.target !== document.documentElement && record.target !== document.body) continue;
      for (const node of record.addedNodes) elements.push(describe('added', node));
      for (const node of record.removedNodes) elements.push(describe('removed', node));
    }
  });
  // What was already there when the page's first script ran (Steady works at document_start).
  for (const node of document.documentElement.childNodes) if (node !== document.head) elements.push(describe('present', node));
  seen.observe(document.documentElement, { childList: true, subtree: true });
  Object.defineProperty(window, 'recorded', {
    enumerable: false,
    value: () => ({
      messages,
      elements: elements.filter((e) => e.tag !== 'BODY' && e.tag !== 'H1' && e.tag !== '#text' && e.tag !== 'SCRIPT'),
      globals: Object.getOwnPropertyNames(window).filter((name) => !before.has(name) && name !== 'recorded'),
      entries: performance.getEntries().map((entry) => entry.name),
      extra: ${FIND_COVER} ? 1 : 0,
    }),
  });
})();
</script></head><body><h1>Forum</h1></body></html>`;

type Recorded = {
  messages: Array<{ origin: string; data: string }>;
  elements: Array<{ kind: string; tag: string; attributes?: string[] }>;
  globals: string[];
  entries: string[];
  extra: number;
};

const recorded = (tab: Tab) => tab.script<Recorded>('recorded()');

/** Whether the page's own heading is rendered (not while the cover is up: utils/guard/hide-page.ts). */
const rendered = (tab: Tab) => tab.script<boolean>(`document.querySelector('h1')?.checkVisibility() ?? false`);

describe.each(BROWSERS)('in %s', (browser) => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await startDriver(browser);
    driver.web.page('/r/x', RECORDER);
    driver.web.page('/', RECORDER);
    driver.web.page('/forum', FORGE_PAGE);
    driver.web.page('/forge/r/x', FORGE_PAGE);
  });
  afterAll(() => driver?.close());

  /** Flags a site on a fresh options page, and closes it. */
  const flagged = async (site: string) => (await flag(driver, site)).close();

  /** Everything in a recording that could name or identify Steady (its id in this browser among them). */
  function identifying(record: Recorded): string[] {
    const text = JSON.stringify(record).toLowerCase();
    const ids = driver.chromium ? [driver.chromium.extensionId] : [ADDON_UUID, FIREFOX_ADDON_ID];
    return [...ids, 'steady', 'wxt', 'extension', 'guard', 'warning', 'overlay', 'cover'].filter((word) =>
      text.includes(word.toLowerCase()),
    );
  }

  it('while the check-in shows and after it is lifted: no message, no named element, no global', async () => {
    await flagged('shown.example.org/r/x');
    const tab = await driver.visit('shown.example.org', '/r/x');
    const checkIn = await tab.checkIn();

    const shown = await recorded(tab);
    expect(identifying(shown)).toEqual([]);
    expect(shown.messages).toEqual([]);
    expect(shown.globals).toEqual([]);
    // One plain element on <html>, with nothing but its style: all the page can tell is that something covers it.
    expect(shown.elements).toEqual([{ kind: 'present', tag: 'DIV', attributes: [expect.stringMatching(/^style=/)] }]);
    expect(await rendered(tab), 'the page underneath is not rendered while the check-in shows').toBe(false);

    await checkIn.click('button', t('warning.continue'));
    await expect.poll(async () => (await recorded(tab)).extra).toBe(0);
    expect(await rendered(tab), 'after continue the page is there again').toBe(true);
    const lifted = await recorded(tab);
    expect(identifying(lifted)).toEqual([]);
    expect(lifted.messages).toEqual([]);
    expect(lifted.globals).toEqual([]);
    expect(lifted.elements.map((e) => `${e.kind} ${e.tag}`)).toEqual(['present DIV', 'removed DIV']);
    await tab.close();
  });

  it('a page of the host that does not check in is left with nothing once the rules are read', async () => {
    await flagged('quiet.example.org/r/x');
    const tab = await driver.visit('quiet.example.org', '/');
    // The positive signal: the cover that went up at document_start came off when the rules were read.
    await expect.poll(async () => (await recorded(tab)).extra).toBe(0);
    const after = await recorded(tab);
    expect(identifying(after)).toEqual([]);
    expect(after.messages).toEqual([]);
    expect(after.globals).toEqual([]);
    expect(await rendered(tab)).toBe(true);
    // Nothing else came and went.
    expect(after.elements.map((e) => `${e.kind} ${e.tag}`)).toEqual(['present DIV', 'removed DIV']);
    await tab.close();
  });

  it('a page that forges the cover, on a path that never checks in and after Continue, sees what it sees on a site Steady does not know', async () => {
    await flagged('forge.example.org/forge/r/x');
    const probe = async (host: string, path: string, continueFirst = false) => {
      const tab = await driver.visit(host, path);
      if (continueFirst) await (await tab.checkIn()).click('button', t('warning.continue'));
      await tab.waitUncovered();
      const seen = await tab.script(FORGE_PROBE);
      await tab.close();
      return seen;
    };
    const without = await probe('example.com', '/forum');
    expect(without, 'the probe itself works: the page is long and rendered').toMatchObject({
      before: { headingShown: true, contentVisibility: 'visible' },
    });
    expect(await probe('forge.example.org', '/forum'), 'a path of the flagged host that never checks in').toEqual(
      without,
    );
    expect(await probe('forge.example.org', '/forge/r/x', true), 'after Continue').toEqual(without);
  });
});
