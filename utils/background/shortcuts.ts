import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { flagSiteOfTab } from '@/utils/commands/tab-site';
import { logUrge } from '@/utils/commands/urges';
import { BADGE_COLOR, BADGE_TEXT_COLOR } from './hard-times';

/**
 * The faster ways in: a keyboard command that logs an urge in one keypress, and a menu on
 * Steady's toolbar icon only (never the page's own menu, which others see over a shoulder).
 * Opening the popup by keyboard is the browser's own `_execute_action` command (wxt.config.ts).
 */

/** The command (manifest `commands`) that logs an urge. */
export const LOG_URGE_COMMAND = 'log-urge';
/** The items of the menu on Steady's toolbar icon. */
export const MENU_ITEMS = { checkInHere: 'steady-check-in-here', logUrge: 'steady-log-urge' } as const;
/** How long the toolbar shows its quiet confirmation before it shows what it showed before. */
export const FLASH_MS = 2000;

/**
 * Creates the menu on Steady's toolbar icon (`contexts: ['action']`), afresh: call it on install
 * (the browser keeps menus across a worker's sleep). Never throws.
 */
export async function createMenus(): Promise<void> {
  try {
    await browser.contextMenus.removeAll();
    const titles = { checkInHere: i18n.t('menu.checkInHere'), logUrge: i18n.t('menu.logUrge') };
    for (const [key, id] of Object.entries(MENU_ITEMS) as Array<[keyof typeof MENU_ITEMS, string]>) {
      browser.contextMenus.create({ id, title: titles[key], contexts: ['action'] });
    }
  } catch (error) {
    console.warn('Steady could not make its menu', error);
  }
}

/**
 * A quiet confirmation on the toolbar, with none of the person's words: a mark on the badge and a
 * neutral tooltip for FLASH_MS, then the toolbar is derived again (the hard-time dot, or nothing).
 * A derivation under way (a worker that just woke up runs one) is let finish first, so it cannot
 * write over the mark. If the worker stops before the end, its next wake-up derives the toolbar.
 */
export async function flashToolbar(
  ok: boolean,
  enforceNow: () => Promise<void>,
  wait: (done: () => void) => void = (done) => setTimeout(done, FLASH_MS),
): Promise<void> {
  await enforceNow().catch(() => undefined);
  // The hard-time dot's calm colours, not the browser's own (Firefox's is an alarming red).
  await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR });
  await browser.action.setBadgeTextColor({ color: BADGE_TEXT_COLOR });
  await browser.action.setBadgeText({ text: ok ? i18n.t('quick.notedBadge') : i18n.t('quick.failedBadge') });
  await browser.action.setTitle({ title: ok ? i18n.t('quick.notedTitle') : i18n.t('quick.failedTitle') });
  wait(() => void enforceNow().catch(() => undefined));
}

/** Logs an urge now, with nothing else, and confirms it quietly on the toolbar. */
export async function noteUrge(enforceNow: () => Promise<void>, wait?: (done: () => void) => void): Promise<boolean> {
  const done = await logUrge();
  await flashToolbar(done.ok, enforceNow, wait);
  return done.ok;
}

/**
 * "Check in with me on this site", from the toolbar icon's menu: flags the tab's site, asking for
 * its host in the click, as the popup does. When it is added and allowed, or already on the list,
 * the toolbar confirms quietly (the same either way, so it says nothing of the list). When the
 * browser gave no access, or the tab is no web page, or it could not be saved, the Sites section
 * opens, where the person sees the list and can allow the site with a click of their own.
 * Call it synchronously in the click: the request must come before anything is awaited.
 */
export async function checkInHere(
  tab: { url?: string } | undefined,
  enforceNow: () => Promise<void>,
  wait?: (done: () => void) => void,
): Promise<'confirmed' | 'opened-sites'> {
  const started = flagSiteOfTab(tab?.url ?? '');
  const saved = started ? await started.saved : undefined;
  const granted = started ? await started.granted : false;
  if (saved?.ok && granted) {
    // Deriving first (inside the confirmation) registers the guard on the new site.
    await flashToolbar(true, enforceNow, wait);
    return 'confirmed';
  }
  if (saved?.ok && saved.value === 'added') await enforceNow().catch(() => undefined);
  await browser.tabs.create({ url: browser.runtime.getURL('/options.html#sites') });
  return 'opened-sites';
}

/** The menu's click, by item. */
export function onMenuClicked(
  info: { menuItemId: string | number },
  tab: { url?: string } | undefined,
  enforceNow: () => Promise<void>,
): Promise<unknown> | undefined {
  if (info.menuItemId === MENU_ITEMS.checkInHere) return checkInHere(tab, enforceNow);
  if (info.menuItemId === MENU_ITEMS.logUrge) return noteUrge(enforceNow);
  return undefined;
}

/** A keyboard command, by name (the browser handles `_execute_action` itself). */
export function onCommand(command: string, enforceNow: () => Promise<void>): Promise<unknown> | undefined {
  return command === LOG_URGE_COMMAND ? noteUrge(enforceNow) : undefined;
}
