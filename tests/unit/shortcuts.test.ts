import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BADGE_TEXT_COLOR } from '@/utils/background/hard-times';
import {
  checkInHere,
  createMenus,
  FLASH_MS,
  LOG_URGE_COMMAND,
  MENU_ITEMS,
  onCommand,
  onMenuClicked,
} from '@/utils/background/shortcuts';
import { sitesRepo } from '@/utils/db/sites';
import { urgesRepo } from '@/utils/db/urges';
import { cutNextWrite, installFakePermissionsAndScripting } from '../fakes';
import { t } from '../i18n';

/**
 * The faster ways in, in the background: the toolbar icon's menu and the keyboard command that
 * logs an urge, against WXT's fake browser (menus and permissions stood in for, as it leaves them
 * unimplemented) and fake-indexeddb.
 */

/** The fake browser's context menus: what was created. */
function fakeMenus() {
  const created: Array<Record<string, unknown>> = [];
  const menus = fakeBrowser.contextMenus as unknown as Record<string, unknown>;
  menus.removeAll = vi.fn(async () => created.splice(0));
  menus.create = vi.fn((item: Record<string, unknown>) => created.push(item));
  return created;
}

/** The toolbar now: badge and tooltip. */
async function toolbar() {
  return { text: await fakeBrowser.action.getBadgeText({}), title: await fakeBrowser.action.getTitle({}) };
}

/** A wait that runs nothing until the test says so, in place of the confirmation's two seconds. */
function heldWait() {
  let pending: (() => void) | undefined;
  return {
    wait: (done: () => void) => {
      pending = done;
    },
    end: () => pending?.(),
  };
}

/** The tabs Steady opened. */
async function openedUrls(): Promise<string[]> {
  // The fake browser starts with one blank tab of its own.
  return (await fakeBrowser.tabs.query({})).map((tab) => tab.url ?? '').filter((url) => url !== '');
}

const NOTED = { text: t('quick.notedBadge'), title: t('quick.notedTitle') };

describe('the menu on the toolbar icon', () => {
  it('has two items, on the toolbar icon only (never a page’s own menu), with neutral words', async () => {
    const created = fakeMenus();
    await createMenus();
    expect(created).toEqual([
      { id: MENU_ITEMS.checkInHere, title: 'Check in with me on this site', contexts: ['action'] },
      { id: MENU_ITEMS.logUrge, title: 'Log an urge', contexts: ['action'] },
    ]);
    // Made afresh each time, never twice.
    await createMenus();
    expect(created).toHaveLength(2);
  });

  it('"Log an urge" logs one urge, with nothing else, and confirms on the toolbar', async () => {
    await onMenuClicked(
      { menuItemId: MENU_ITEMS.logUrge },
      undefined,
      vi.fn(async () => undefined),
    );
    const urges = await urgesRepo().recent(10);
    expect(urges).toHaveLength(1);
    expect(Object.keys(urges[0] ?? {}).sort()).toEqual(['at', 'createdAt', 'id', 'updatedAt']);
    expect(await toolbar()).toEqual(NOTED);
    // In the hard-time dot's calm colours, never the browser's default.
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([0x67, 0x92, 0x85, 255]);
    expect(await fakeBrowser.action.getBadgeTextColor({})).toBe(BADGE_TEXT_COLOR);
  });

  it('an item it does not know does nothing', async () => {
    expect(onMenuClicked({ menuItemId: 'other' }, undefined, vi.fn())).toBeUndefined();
    expect(await urgesRepo().recent(10)).toEqual([]);
  });
});

describe('"Check in with me on this site"', () => {
  it('asks for the site in the click, before anything is awaited, then flags it and confirms', async () => {
    const state = installFakePermissionsAndScripting();
    const request = vi.spyOn(fakeBrowser.permissions, 'request');
    const enforceNow = vi.fn(async () => undefined);
    const held = heldWait();
    const done = checkInHere({ url: 'https://www.example.org/some/page?q=1' }, enforceNow, held.wait);
    expect(request).toHaveBeenCalledTimes(1);
    expect(request.mock.calls[0]?.[0]).toEqual({ origins: ['*://example.org/*', '*://*.example.org/*'] });
    expect(await done).toBe('confirmed');
    expect((await sitesRepo().list()).map((site) => [site.host, site.scope, site.path])).toEqual([
      ['example.org', 'site', undefined],
    ]);
    expect(state.granted.has('*://example.org/*')).toBe(true);
    // Derived once before the mark (which registers the guard there), once after it.
    expect(enforceNow).toHaveBeenCalledTimes(1);
    expect(await toolbar()).toEqual(NOTED);
    expect(await openedUrls()).toEqual([]);
    held.end();
    expect(enforceNow).toHaveBeenCalledTimes(2);
  });

  it('a site already on the list is left as it is, with the same confirmation (it says nothing of the list)', async () => {
    installFakePermissionsAndScripting(['*://example.org/*', '*://*.example.org/*']);
    await sitesRepo().add({ host: 'example.org', scope: 'site' });
    const enforceNow = vi.fn(async () => undefined);
    expect(await checkInHere({ url: 'https://example.org/' }, enforceNow, () => undefined)).toBe('confirmed');
    expect(await sitesRepo().list()).toHaveLength(1);
    expect(await toolbar()).toEqual(NOTED);
  });

  it('when the browser gives no access, keeps the site and opens the Sites section, where the person can allow it', async () => {
    installFakePermissionsAndScripting();
    (fakeBrowser.permissions as unknown as Record<string, unknown>).request = async () => false;
    const enforceNow = vi.fn(async () => undefined);
    expect(await checkInHere({ url: 'https://example.net/' }, enforceNow)).toBe('opened-sites');
    // Derived once: the site is on the list (the guard waits for its access).
    expect(enforceNow).toHaveBeenCalledTimes(1);
    expect((await sitesRepo().list()).map((site) => site.host)).toEqual(['example.net']);
    expect(await openedUrls()).toEqual([fakeBrowser.runtime.getURL('/options.html#sites')]);
    expect(await toolbar()).not.toEqual(NOTED);
  });

  it.each([
    ['the browser’s own page', 'chrome://newtab/'],
    ['a file', 'file:///home/someone/notes.txt'],
    ['an address the menu could not see', undefined],
  ])('on %s: flags nothing, asks for nothing, opens the Sites section', async (_name, url) => {
    installFakePermissionsAndScripting();
    const request = vi.spyOn(fakeBrowser.permissions, 'request');
    expect(await checkInHere({ url }, vi.fn())).toBe('opened-sites');
    expect(request).not.toHaveBeenCalled();
    expect(await sitesRepo().list()).toEqual([]);
    expect(await openedUrls()).toEqual([fakeBrowser.runtime.getURL('/options.html#sites')]);
  });
});

describe('the keyboard command that logs an urge', () => {
  it('logs one urge and shows a quiet mark and a neutral tooltip, then, two seconds on, puts the toolbar back', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const enforceNow = vi.fn(async () => undefined);
      await onCommand(LOG_URGE_COMMAND, enforceNow);
      expect(await urgesRepo().recent(10)).toHaveLength(1);
      expect(await toolbar()).toEqual(NOTED);
      // A derivation under way is let finish before the mark shows; the next comes after it.
      expect(enforceNow).toHaveBeenCalledTimes(1);
      vi.advanceTimersByTime(FLASH_MS - 1);
      expect(enforceNow).toHaveBeenCalledTimes(1);
      vi.advanceTimersByTime(1);
      expect(enforceNow).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('says quietly on the toolbar when the urge could not be saved', async () => {
    const undo = cutNextWrite(0);
    try {
      await onCommand(
        LOG_URGE_COMMAND,
        vi.fn(async () => undefined),
      );
    } finally {
      undo();
    }
    expect(await urgesRepo().recent(10)).toEqual([]);
    expect(await toolbar()).toEqual({ text: t('quick.failedBadge'), title: t('quick.failedTitle') });
  });

  it('the popup’s own command is the browser’s: Steady does nothing with it', async () => {
    expect(onCommand('_execute_action', vi.fn())).toBeUndefined();
    expect(await urgesRepo().recent(10)).toEqual([]);
  });

  it.each(['en', 'es'] as const)(
    'the confirmation and the menu say nothing that would out the person (%s)',
    async (locale) => {
      const { words } = await import('../i18n');
      for (const key of [
        'quick.notedTitle',
        'quick.failedTitle',
        'menu.checkInHere',
        'menu.logUrge',
        'commands.logUrge',
      ] as const) {
        expect(words(locale, key)).not.toMatch(/opioid|drug|heroin|recover|addict|craving|droga|recupera|adic/i);
      }
    },
  );
});
