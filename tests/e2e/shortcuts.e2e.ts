import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIREFOX_BUILD } from './firefox';
import { BUILD_DIR, launch, registeredMatches, removeDir, type Session, testBuild } from './harness';
import { readStore } from './steps';

/**
 * The faster ways in, in real Chromium. Nothing can press a key the browser routes to an
 * extension, or click the menu on the toolbar icon, from automation (both are the browser's own
 * UI, out of the page's reach). So this test loads a copy of the build whose worker first notes
 * the listeners Steady's own code registers (the code itself is the production build's,
 * unchanged), then calls them in the service worker as the browser would. What it cannot show:
 * that Chromium counts a real menu click as the user gesture a permission prompt needs (it does for
 * the toolbar's own events; called from here, the request is refused and the fallback shows).
 */

/** Run before the bundle: keeps the listeners and the menu items the worker registers. */
const NOTE_LISTENERS = `(() => {
  const noted = (globalThis.__noted = { menuClicks: [], commands: [], menus: [] });
  const keep = (event, into) => { const add = event.addListener.bind(event); event.addListener = (l) => { into.push(l); add(l); }; };
  keep(chrome.contextMenus.onClicked, noted.menuClicks);
  keep(chrome.commands.onCommand, noted.commands);
  const create = chrome.contextMenus.create.bind(chrome.contextMenus);
  chrome.contextMenus.create = (item, ...rest) => { noted.menus.push(item); return create(item, ...rest); };
})();
`;

type Noted = {
  menuClicks: Array<(info: object, tab?: object) => void>;
  commands: Array<(command: string, tab?: object) => void>;
  menus: Array<{ id: string; title: string; contexts: string[] }>;
};

let dir: string;
let session: Session;
beforeEach(async () => {
  dir = testBuild();
  const worker = join(dir, 'background.js');
  writeFileSync(worker, NOTE_LISTENERS + readFileSync(worker, 'utf8'));
  session = await launch({ extensionDir: dir });
});
afterEach(async () => {
  await session?.close();
  await session?.web.stop();
  removeDir(dir);
});

/** The toolbar's badge and tooltip, read in the worker. */
function toolbar() {
  return session.worker.evaluate(async () => {
    const { action } = (globalThis as unknown as { chrome: { action: Record<string, (d: object) => Promise<string>> } })
      .chrome;
    return { text: await action.getBadgeText?.({}), title: await action.getTitle?.({}) };
  });
}

describe('the keyboard commands and the menu on the toolbar icon, in Chromium', () => {
  it('Chromium gives both commands their suggested keys (neither clashes with one of its own)', async () => {
    const commands = await session.worker.evaluate(() =>
      (globalThis as unknown as { chrome: { commands: { getAll(): Promise<object[]> } } }).chrome.commands.getAll(),
    );
    expect(commands).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: '_execute_action', shortcut: 'Alt+Shift+S' }),
        expect.objectContaining({ name: 'log-urge', shortcut: 'Alt+Shift+U', description: 'Log an urge' }),
      ]),
    );
  });

  it('makes its menu on the toolbar icon only', async () => {
    await expect
      .poll(() => session.worker.evaluate(() => (globalThis as unknown as { __noted: Noted }).__noted.menus.length))
      .toBe(2);
    const menus = await session.worker.evaluate(() => (globalThis as unknown as { __noted: Noted }).__noted.menus);
    expect(menus.map((item) => [item.title, item.contexts])).toEqual([
      ['Check in with me on this site', ['action']],
      ['Log an urge', ['action']],
    ]);
  });

  it('the command logs an urge in one keypress and confirms on the toolbar with a mark and a neutral tooltip', async () => {
    await session.worker.evaluate(() => {
      for (const listener of (globalThis as unknown as { __noted: Noted }).__noted.commands) listener('log-urge');
    });
    await expect.poll(toolbar, { interval: 20 }).toEqual({ text: '✓', title: 'Steady — noted' });
    // Then the toolbar shows what it showed before: no hard time, no badge.
    await expect.poll(toolbar, { timeout: 10_000 }).toEqual({ text: '', title: 'Steady' });
    const urges = await readStore(session, 'urges');
    expect(urges).toHaveLength(1);
    expect(Object.keys(urges[0] ?? {}).sort()).toEqual(['at', 'createdAt', 'id', 'updatedAt']);
  });

  it('"Log an urge" on the menu logs one too', async () => {
    await session.worker.evaluate(() => {
      for (const listener of (globalThis as unknown as { __noted: Noted }).__noted.menuClicks) {
        listener({ menuItemId: 'steady-log-urge' });
      }
    });
    await expect.poll(async () => (await readStore(session, 'urges')).length).toBe(1);
  });

  it('"Check in with me on this site" flags the tab’s site, the guard is registered there, and without a gesture the Sites section opens', async () => {
    const page = await session.context.newPage();
    await page.goto(session.web.url('example.org', '/some/page'));
    await session.worker.evaluate(async (url) => {
      type Tabs = { query(q: object): Promise<Array<{ url?: string }>> };
      const { tabs } = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
      const [tab] = (await tabs.query({})).filter((t) => t.url === url);
      for (const listener of (globalThis as unknown as { __noted: Noted }).__noted.menuClicks) {
        listener({ menuItemId: 'steady-check-in-here' }, tab);
      }
    }, page.url());
    await expect
      .poll(async () => (await readStore(session, 'sites')).map((site) => site.host))
      .toEqual(['example.org']);
    await expect.poll(() => registeredMatches(session)).toContain('*://example.org/*');
    // Called from a test, not a real click, the handler has no user gesture: Chromium refuses the
    // permission request ("must be called during a user gesture"), so the fallback shows, the
    // Sites section opens where the person can allow the site with a click of their own.
    await expect.poll(() => session.context.pages().map((tab) => new URL(tab.url()).hash)).toContain('#sites');
  });
});

describe('the commands in both manifests', () => {
  it.each([
    ['Chrome', BUILD_DIR],
    ['Firefox', FIREFOX_BUILD.dir],
  ])('%s: the popup’s key and the urge’s key, with a description from the locale', (_name, built) => {
    const manifest = JSON.parse(readFileSync(join(built, 'manifest.json'), 'utf8'));
    expect(manifest.commands).toEqual({
      _execute_action: { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_commands_open__' },
      'log-urge': { suggested_key: { default: 'Alt+Shift+U' }, description: '__MSG_commands_logUrge__' },
    });
    expect(manifest.permissions).toContain('contextMenus');
  });
});
