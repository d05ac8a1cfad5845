import { beforeEach, describe, expect, it } from 'vitest';
import { t } from '../i18n';
import { FORGE_PAGE, FORGE_PROBE } from './forge';
import { FIND_COVER, openExtensionPage, type Session, warningFrame } from './harness';
import { axeViolations, database, flagSite, freshSessionEachTest } from './steps';

const current = freshSessionEachTest();
let session: Session;
beforeEach(() => {
  session = current();
});

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

const recorded = (tab: import('playwright-core').Page) =>
  tab.evaluate(() => (window as unknown as { recorded(): Recorded }).recorded());

/** Whether the page's own heading is rendered (not while the cover is up: utils/guard/hide-page.ts). */
const rendered = (tab: import('playwright-core').Page) =>
  tab.evaluate(() => document.querySelector('h1')?.checkVisibility() ?? false);

/** Everything in a recording that could name or identify Steady. */
function identifying(record: Recorded, extensionId: string): string[] {
  const text = JSON.stringify(record);
  return [extensionId, 'steady', 'wxt', 'extension', 'guard', 'warning', 'overlay', 'cover'].filter((word) =>
    text.toLowerCase().includes(word.toLowerCase()),
  );
}

describe('a flagged page learns nothing of Steady', () => {
  it('while the warning shows and after it is lifted: no message, no named element, no global', async () => {
    session.web.page('/r/x', RECORDER);
    await flagSite(session, 'example.org/r/x');
    const tab = await session.context.newPage();
    await tab.goto(session.web.url('example.org', '/r/x'));
    const frame = await warningFrame(tab);
    await frame?.getByRole('button', { name: t('warning.leave') }).waitFor();

    const shown = await recorded(tab);
    expect(identifying(shown, session.extensionId)).toEqual([]);
    expect(shown.messages).toEqual([]);
    expect(shown.globals).toEqual([]);
    // One plain element on <html>, with nothing but its style: all the page can tell is that something covers it.
    expect(shown.elements).toEqual([{ kind: 'present', tag: 'DIV', attributes: [expect.stringMatching(/^style=/)] }]);
    expect(await rendered(tab), 'the page underneath is not rendered while the warning shows').toBe(false);

    await frame?.getByRole('button', { name: t('warning.continue') }).click();
    await expect.poll(async () => (await recorded(tab)).extra).toBe(0);
    expect(await rendered(tab), 'after continue the page is there again').toBe(true);
    const lifted = await recorded(tab);
    expect(identifying(lifted, session.extensionId)).toEqual([]);
    expect(lifted.messages).toEqual([]);
    expect(lifted.globals).toEqual([]);
    expect(lifted.elements.map((e) => `${e.kind} ${e.tag}`)).toEqual(['present DIV', 'removed DIV']);
  });

  it('a page of the host that does not warn is left with nothing once the rules are read', async () => {
    session.web.page('/', RECORDER);
    await flagSite(session, 'example.org/r/x');
    const tab = await session.context.newPage();
    await tab.goto(session.web.url('example.org', '/'));
    await expect.poll(async () => (await recorded(tab)).extra).toBe(0);
    await tab.waitForTimeout(500);
    const after = await recorded(tab);
    expect(identifying(after, session.extensionId)).toEqual([]);
    expect(after.messages).toEqual([]);
    expect(after.globals).toEqual([]);
    expect(after.extra).toBe(0);
    expect(await rendered(tab)).toBe(true);
    // The cover went up at document_start and came off when the rules were read; nothing else.
    expect(after.elements.map((e) => `${e.kind} ${e.tag}`)).toEqual(['present DIV', 'removed DIV']);
    expect(await warningFrame(tab, 300)).toBeUndefined();
  });
});

describe('a page that forges the cover learns nothing', () => {
  it('on a path that never warns and after Continue, it sees what it sees on a site Steady does not know', async () => {
    session.web.page('/forum', FORGE_PAGE);
    session.web.page('/r/x', FORGE_PAGE);
    await flagSite(session, 'example.org/r/x');
    const probe = async (host: string, path: string, continueFirst = false) => {
      const tab = await session.context.newPage();
      await tab.goto(session.web.url(host, path));
      if (continueFirst) {
        const frame = await warningFrame(tab);
        await frame?.getByRole('button', { name: t('warning.continue') }).click();
      }
      await expect.poll(() => tab.evaluate(`${FIND_COVER} ? 1 : 0`)).toBe(0);
      const seen = await tab.evaluate(FORGE_PROBE);
      await tab.close();
      return seen;
    };
    const without = await probe('example.com', '/forum');
    expect(without, 'the probe itself works: the page is long and rendered').toMatchObject({
      before: { headingShown: true, contentVisibility: 'visible' },
    });
    expect(await probe('example.org', '/forum'), 'a path of the flagged host that never warns').toEqual(without);
    expect(await probe('example.org', '/r/x', true), 'after Continue').toEqual(without);
  });
});

describe('the exits never wait on the database', () => {
  it('with the database unopenable, the warning still offers leave, the crisis lines and continue', async () => {
    await flagSite(session, 'example.org');
    // Another context takes the database to a version this Steady cannot open: every read fails.
    await database(session, { kind: 'open-at', version: 99 });

    const tab = await session.context.newPage();
    await tab.goto(session.web.url('example.org', '/a'));
    const frame = await warningFrame(tab);
    expect(frame).toBeDefined();
    await frame?.getByRole('button', { name: t('warning.leave') }).waitFor();
    expect(await frame?.getByRole('link', { name: /988 Suicide & Crisis Lifeline/ }).getAttribute('href')).toBe(
      'tel:988',
    );
    await frame?.getByText(t('warning.unavailable')).waitFor();
    await frame?.getByRole('button', { name: t('warning.continue') }).click();
    await expect.poll(() => tab.evaluate(`${FIND_COVER} ? 1 : 0`)).toBe(0);
    await tab.getByRole('heading', { name: 'Test page /a' }).waitFor();
  });

  it('with the database unopenable, the popup keeps reach out and the lines, and the settings show the lines', async () => {
    await database(session, { kind: 'open-at', version: 99 });
    const popup = await openExtensionPage(session, 'popup.html');
    await popup.getByText(t('trouble.popup')).waitFor();
    await popup.getByRole('button', { name: t('reach.heading') }).waitFor();
    expect(await popup.getByRole('link', { name: /988 Suicide & Crisis Lifeline/ }).getAttribute('href')).toBe(
      'tel:988',
    );
    await popup.getByRole('button', { name: t('popup.logUrge') }).waitFor();

    const options = await openExtensionPage(session, 'options.html#history');
    await options.getByRole('heading', { name: t('trouble.heading') }).waitFor();
    expect(await options.getByRole('link', { name: /988 Suicide & Crisis Lifeline/ }).getAttribute('href')).toBe(
      'tel:988',
    );
    await options.getByRole('button', { name: t('trouble.retry') }).waitFor();
    for (const [page, where] of [
      [popup, 'the popup'],
      [options, 'the settings'],
    ] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        expect(await axeViolations(page), `${where} in ${scheme}`).toEqual([]);
      }
    }
  });

  it('a section that breaks on a record it cannot read shows the lines in its place; the others still work', async () => {
    const now = Date.now();
    // A part of the plan written by something other than Steady: its lines are not a list.
    await database(session, {
      kind: 'write',
      store: 'plan',
      records: [{ id: 'coping', items: 'Take a walk', createdAt: now, updatedAt: now }],
    });
    const options = await openExtensionPage(session, 'options.html#plan');
    await options.getByRole('heading', { name: t('trouble.section') }).waitFor();
    expect(await options.getByRole('link', { name: /988 Suicide & Crisis Lifeline/ }).getAttribute('href')).toBe(
      'tel:988',
    );
    await options.getByRole('link', { name: t('people.heading') }).click();
    await options.getByRole('heading', { name: t('people.heading'), level: 2 }).waitFor();
    expect(await options.getByRole('heading', { name: t('trouble.section') }).count()).toBe(0);

    // The popup, which reads that part of the plan too, stays whole.
    const popup = await openExtensionPage(session, 'popup.html');
    await popup.getByRole('button', { name: t('popup.logUrge') }).waitFor();
    expect(await popup.getByText(t('trouble.popup')).count()).toBe(0);
  });

  it('a view of the popup that breaks on a record it cannot read leaves reach out and the lines', async () => {
    const now = Date.now();
    // The plan's triggers written by something other than Steady: not a list, so the urge's chips cannot be made.
    await database(session, {
      kind: 'write',
      store: 'plan',
      records: [{ id: 'triggers', items: 'Payday', createdAt: now, updatedAt: now }],
    });
    const popup = await openExtensionPage(session, 'popup.html');
    await popup.getByRole('button', { name: t('popup.logUrge') }).click();
    await popup.getByText(t('trouble.part')).waitFor();
    await popup.getByRole('button', { name: t('reach.heading') }).waitFor();
    expect(await popup.getByRole('link', { name: /988 Suicide & Crisis Lifeline/ }).getAttribute('href')).toBe(
      'tel:988',
    );
  });
});
