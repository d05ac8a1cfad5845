import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import type { Settings } from '@/utils/db/schema';
import { STORAGE } from '@/utils/storage-keys';
import { type ActiveWindow, type HardTimes, windowKey } from '@/utils/triggers/schedule';

/** The one alarm Steady keeps for hard times: the next instant one starts or ends. */
export const NEXT_TRANSITION_ALARM = 'steady-next-transition';
/** A nudge (the notification when a hard time starts)'s id is this prefix and the window's key. */
export const CHECK_IN_PREFIX = 'steady-checkin:';
/** What the nudge's buttons do, by index (notifications.onButtonClicked gives the index). */
export const CHECK_IN_BUTTONS = ['open-plan', 'reach-out'] as const;
/**
 * The Steady page each part of the nudge opens: its body and "Open my plan" the plan; "Reach out"
 * the person's own reach out (their first person, by their preferred way), never the lines page.
 */
export const CHECK_IN_PAGES = { 'open-plan': '/options.html#plan', 'reach-out': '/reach.html' } as const;

/** The page a click on the nudge opens: a button by its index, or the body (no index). */
export function checkInPage(buttonIndex?: number): (typeof CHECK_IN_PAGES)[keyof typeof CHECK_IN_PAGES] {
  const button = buttonIndex === undefined ? undefined : CHECK_IN_BUTTONS[buttonIndex];
  return CHECK_IN_PAGES[button ?? 'open-plan'];
}
/**
 * A calm sage behind the badge's dot: it stands out from the icon's deep teal tile, from a light
 * toolbar and from a dark one (each at least 3:1, tests/unit/icon.test.ts).
 */
export const BADGE_COLOR = '#679285';
/** The dot itself: the icon's deep teal, dark on the sage (3.3:1). */
export const BADGE_TEXT_COLOR = '#1f3d44';
/** A plain sage dot (48 px PNG): no picture that could say what Steady is for, and no file to ship. */
const CHECK_IN_ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAYAAABXAvmHAAABCElEQVR42u3ZwQ2DMAwFUObIBJmHCZiATOI78gIZJBtkkUyA6CVIVU9gQmK7PvxL1VZ+1NDEmQLCJDmTAQxgAAOc8QFhDQgxIOSAUALCXlPqa7G+x3MCLAEhBYTjZlL97DDAXK/q8TC5fldXwNag8N9sPQCO2C532sq9BXCNWuZKS7k3AKlD8d+/RFPA1rH4W/fE1afNMShzC0AeCMhPAcvA4s8sTwCJASBRAZ5B8Wc8BbAyAqwUQGQEiBRAZgTIFEBhBCgUwM4IsP8lQHwLib+JxT9Gxf+RiV9KiF/MqVhOi9/QqNhSit/UqxirqBhsiR8tqhjuqhmvqzjgUHPEZKeUBjCAAej5AD1QPFfnLRXXAAAAAElFTkSuQmCC';

/** The toolbar: a quiet dot and a neutral tooltip while a hard time is on; plain otherwise. */
async function showOnToolbar(on: boolean): Promise<void> {
  if (on) {
    await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR });
    await browser.action.setBadgeTextColor({ color: BADGE_TEXT_COLOR });
  }
  await browser.action.setBadgeText({ text: on ? i18n.t('hardTimes.badgeText') : '' });
  await browser.action.setTitle({ title: on ? i18n.t('hardTimes.titleOn') : i18n.t('manifest.title') });
}

/** Keeps exactly one alarm, at the next transition, or none when no hard time lies ahead. */
async function scheduleNext(when: number | undefined): Promise<void> {
  if (when === undefined) await browser.alarms.clear(NEXT_TRANSITION_ALARM);
  else await browser.alarms.create(NEXT_TRANSITION_ALARM, { when });
}

/** The windows already nudged about, as read from storage (window key → its end): only numbers. */
export function asCheckedIn(stored: unknown): Record<string, number> {
  if (typeof stored !== 'object' || stored === null) return {};
  return Object.fromEntries(
    Object.entries(stored).filter((entry): entry is [string, number] => typeof entry[1] === 'number'),
  );
}

async function readCheckedIn(): Promise<Record<string, number>> {
  return asCheckedIn((await browser.storage.local.get(STORAGE.checkedIn.key))[STORAGE.checkedIn.key]);
}

/** Shows the nudge, with its two buttons where the browser supports them (Firefox does not). */
async function showCheckIn(key: string): Promise<void> {
  const id = `${CHECK_IN_PREFIX}${key}`;
  const options = {
    type: 'basic' as const,
    iconUrl: CHECK_IN_ICON,
    title: i18n.t('hardTimes.checkIn.title'),
    message: i18n.t('hardTimes.checkIn.message'),
  };
  if (!import.meta.env.FIREFOX) {
    try {
      await browser.notifications.create(id, {
        ...options,
        buttons: [{ title: i18n.t('hardTimes.checkIn.openPlan') }, { title: i18n.t('hardTimes.checkIn.reachOut') }],
      });
      return;
    } catch {
      // A browser that refuses buttons still gets the nudge, without them.
    }
  }
  await browser.notifications.create(id, options);
}

/**
 * One nudge per window, remembered in storage.local (not in memory, so a restart or a
 * wake-up never repeats it). Windows that begin together share one notification. A window
 * is marked before its notification is shown, so a failure never turns into a repeat.
 * Nudges of windows that have ended are forgotten and their notifications cleared.
 */
async function checkIn(active: readonly ActiveWindow[], now: number): Promise<void> {
  const given = await readCheckedIn();
  const kept: Record<string, number> = {};
  const ended: string[] = [];
  for (const [key, end] of Object.entries(given)) {
    if (end > now) kept[key] = end;
    else ended.push(key);
  }
  const fresh = active.filter((window) => !(windowKey(window) in kept));
  for (const window of active) kept[windowKey(window)] = window.end;
  if (fresh.length > 0 || ended.length > 0) await browser.storage.local.set({ [STORAGE.checkedIn.key]: kept });
  await Promise.all(ended.map((key) => browser.notifications.clear(`${CHECK_IN_PREFIX}${key}`).catch(() => false)));
  const latest = fresh[fresh.length - 1];
  if (!latest) return;
  try {
    await showCheckIn(windowKey(latest));
  } catch (error) {
    console.warn('Steady could not show a nudge', error);
  }
}

/**
 * Brings the browser in line with the hard times at `now` (worked out once by the pure
 * hardTimesAt): the badge and tooltip, the one alarm at the next transition, and one gentle
 * nudge at the start of each window (none when the person turned nudges off). Idempotent: called by
 * enforce on startup, install, the alarm and after any change, serialised.
 */
export async function showHardTimes(
  hardTimes: HardTimes,
  settings: Pick<Settings, 'checkIns'>,
  now: number,
): Promise<void> {
  await showOnToolbar(hardTimes.state.on);
  await scheduleNext(hardTimes.next);
  await checkIn(settings.checkIns ? hardTimes.active : [], now);
}
