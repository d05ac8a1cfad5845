import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  BADGE_COLOR,
  BADGE_TEXT_COLOR,
  CHECK_IN_PREFIX,
  checkInPage,
  NEXT_TRANSITION_ALARM,
  showHardTimes,
} from '@/utils/background/hard-times';
import type { TriggerTimeRule } from '@/utils/db/schema';
import { settingsRepo } from '@/utils/db/settings';
import { timesRepo } from '@/utils/db/times';
import { STORAGE } from '@/utils/storage-keys';
import { hardTimesAt } from '@/utils/triggers/schedule';
import { t, words } from '../i18n';

const NY = 'America/New_York';
const at = (iso: string) => Date.parse(iso);
const MINUTE = 60_000;

// Friday 22:00 to Saturday 02:00 (16–17 January 2026, New York winter time).
const FRIDAY_NIGHT: TriggerTimeRule = { kind: 'weekly', days: [5], start: 22 * 60, end: 2 * 60 };
const START = at('2026-01-16T22:00-05:00');
const END = at('2026-01-17T02:00-05:00');
const NEXT_START = at('2026-01-23T22:00-05:00');

async function addTime(rule: TriggerTimeRule, id = 'friday', label = 'Friday nights') {
  await timesRepo().put({ id, label, rule });
}

async function toolbar() {
  return {
    text: await browser.action.getBadgeText({}),
    title: await browser.action.getTitle({}),
  };
}

const notificationIds = async () => Object.keys(await browser.notifications.getAll());

/** What enforce does for hard times: the pure state, then the toolbar, the alarm and the check-in. */
async function applyHardTimes(now: number, zone: string) {
  const [times, settings] = await Promise.all([timesRepo().list(), settingsRepo().get()]);
  const hardTimes = hardTimesAt(times, now, zone);
  await showHardTimes(hardTimes, settings, now);
  return hardTimes.state;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('hard times: the toolbar', () => {
  it.each([
    ['before', START - MINUTE, false],
    ['at the start', START, true],
    ['in the middle', START + 2 * 60 * MINUTE, true],
    ['a moment before the end', END - 1, true],
    ['at the end', END, false],
  ])('%s of a window: on = %s', async (_name, now, on) => {
    await addTime(FRIDAY_NIGHT);
    const state = await applyHardTimes(now, NY);
    expect(state.on).toBe(on);
    expect(await toolbar()).toEqual(
      on ? { text: t('hardTimes.badgeText'), title: t('hardTimes.titleOn') } : { text: '', title: 'Steady' },
    );
  });

  it('uses the calm colour while on, and clears the badge when the window ends', async () => {
    await addTime(FRIDAY_NIGHT);
    await applyHardTimes(START, NY);
    expect(await browser.action.getBadgeBackgroundColor({})).toEqual([0x67, 0x92, 0x85, 255]);
    expect(await browser.action.getBadgeTextColor({})).toBe(BADGE_TEXT_COLOR);
    expect(BADGE_COLOR).toBe('#679285');
    await applyHardTimes(END, NY);
    expect(await toolbar()).toEqual({ text: '', title: 'Steady' });
  });

  it.each(['en', 'es'] as const)('says nothing private on the toolbar or in the notification (%s)', (locale) => {
    const keys = [
      'hardTimes.titleOn',
      'manifest.title',
      'hardTimes.checkIn.title',
      'hardTimes.checkIn.message',
      'hardTimes.badgeText',
    ] as const;
    for (const key of keys) {
      const text = words(locale, key);
      expect(text).not.toBe('');
      expect(text).not.toMatch(
        /drug|opioid|\buse|addict|urge|crav|relapse|recover|sober|clean|trigger|hard time|droga|opio|consum|adic|recaída|ansia|sobri|momento difícil/i,
      );
    }
  });
});

describe('hard times: the alarm', () => {
  it.each([
    ['before a window: its start', START - 60 * MINUTE, START],
    ['during a window: its end', START + MINUTE, END],
    ['after a window: the next start', END, NEXT_START],
  ])('%s', async (_name, now, when) => {
    await addTime(FRIDAY_NIGHT);
    await applyHardTimes(now, NY);
    const alarms = await browser.alarms.getAll();
    expect(alarms.map((a) => [a.name, a.scheduledTime])).toEqual([[NEXT_TRANSITION_ALARM, when]]);
  });

  it('clears the alarm when no hard time lies ahead', async () => {
    await browser.alarms.create(NEXT_TRANSITION_ALARM, { when: START });
    await addTime({ kind: 'once', date: '2026-01-02', start: 600, end: 660 }, 'past', 'Done');
    await applyHardTimes(START, NY);
    expect(await browser.alarms.getAll()).toEqual([]);
  });

  it('follows a change of times on the next call', async () => {
    await addTime(FRIDAY_NIGHT);
    await applyHardTimes(START - 60 * MINUTE, NY);
    await timesRepo().remove('friday');
    await applyHardTimes(START - 59 * MINUTE, NY);
    expect(await browser.alarms.get(NEXT_TRANSITION_ALARM)).toBeUndefined();
  });
});

describe('hard times: the check-in', () => {
  const key = (start: number, id = 'friday') => `${id}@${start}`;

  it('gives exactly one check-in per window however often it runs', async () => {
    await addTime(FRIDAY_NIGHT);
    const create = vi.spyOn(browser.notifications, 'create');
    // Every wake-up of the service worker during the night runs it again.
    await applyHardTimes(START, NY);
    await applyHardTimes(START, NY);
    for (let now = START - 30 * MINUTE; now < END + 30 * MINUTE; now += 7 * MINUTE) await applyHardTimes(now, NY);
    expect(create).toHaveBeenCalledTimes(1);
    expect(create).toHaveBeenCalledWith(`${CHECK_IN_PREFIX}${key(START)}`, {
      type: 'basic',
      iconUrl: expect.stringMatching(/^data:image\/png;base64,/),
      title: 'Steady',
      message: t('hardTimes.checkIn.message'),
      buttons: [{ title: 'Open my plan' }, { title: 'Reach out' }],
    });
    // Next week's window is a new window: one more.
    await applyHardTimes(NEXT_START + MINUTE, NY);
    await applyHardTimes(NEXT_START + 2 * MINUTE, NY);
    expect(create).toHaveBeenCalledTimes(2);
    expect(create).toHaveBeenLastCalledWith(`${CHECK_IN_PREFIX}${key(NEXT_START)}`, expect.anything());
  });

  it('gives none when check-ins are off', async () => {
    await addTime(FRIDAY_NIGHT);
    await settingsRepo().update({ checkIns: false });
    const create = vi.spyOn(browser.notifications, 'create');
    const state = await applyHardTimes(START + MINUTE, NY);
    expect(state.on).toBe(true);
    expect(create).not.toHaveBeenCalled();
    expect(await toolbar()).toEqual({
      text: t('hardTimes.badgeText'),
      title: t('hardTimes.titleOn'),
    });
  });

  it('remembers the check-in in storage.local, not in memory', async () => {
    await addTime(FRIDAY_NIGHT);
    await applyHardTimes(START, NY);
    expect(await fakeBrowser.storage.local.get(STORAGE.checkedIn.key)).toEqual({
      [STORAGE.checkedIn.key]: { [key(START)]: END },
    });
  });

  it('a browser started in the middle of a window still gets its one check-in', async () => {
    await addTime(FRIDAY_NIGHT);
    const state = await applyHardTimes(START + 3 * 60 * MINUTE, NY);
    expect(state).toMatchObject({
      on: true,
      endsAt: END,
      nextStart: NEXT_START,
      current: { id: 'friday', start: START },
    });
    expect(await notificationIds()).toEqual([`${CHECK_IN_PREFIX}${key(START)}`]);
  });

  it('a restart after the check-in does not repeat it', async () => {
    await addTime(FRIDAY_NIGHT);
    // What an earlier session of the service worker left behind.
    await fakeBrowser.storage.local.set({ [STORAGE.checkedIn.key]: { [key(START)]: END } });
    const create = vi.spyOn(browser.notifications, 'create');
    const state = await applyHardTimes(START + 60 * MINUTE, NY);
    expect(state.on).toBe(true);
    expect(await toolbar()).toEqual({
      text: t('hardTimes.badgeText'),
      title: t('hardTimes.titleOn'),
    });
    expect(await browser.alarms.get(NEXT_TRANSITION_ALARM)).toMatchObject({ scheduledTime: END });
    expect(create).not.toHaveBeenCalled();
  });

  it('windows that begin together share one check-in', async () => {
    await addTime(FRIDAY_NIGHT, 'friday');
    await addTime({ kind: 'monthly', daysOfMonth: [16], start: 22 * 60, end: 23 * 60 }, 'payday', 'Payday');
    const create = vi.spyOn(browser.notifications, 'create');
    await applyHardTimes(START, NY);
    await applyHardTimes(START + MINUTE, NY);
    expect(create).toHaveBeenCalledTimes(1);
    expect(
      Object.keys((await fakeBrowser.storage.local.get(STORAGE.checkedIn.key))[STORAGE.checkedIn.key] as object).sort(),
    ).toEqual([key(START, 'friday'), key(START, 'payday')]);
  });

  it('a window that begins inside another gets its own check-in', async () => {
    await addTime(FRIDAY_NIGHT, 'friday');
    await addTime({ kind: 'weekly', days: [6], start: 60, end: 180 }, 'late', 'Late');
    const create = vi.spyOn(browser.notifications, 'create');
    await applyHardTimes(START, NY);
    await applyHardTimes(at('2026-01-17T01:00-05:00'), NY);
    expect(create.mock.calls.map((call) => call[0])).toEqual([
      `${CHECK_IN_PREFIX}${key(START, 'friday')}`,
      `${CHECK_IN_PREFIX}${key(at('2026-01-17T01:00-05:00'), 'late')}`,
    ]);
  });

  it('forgets a window once it has ended and clears its notification', async () => {
    await addTime(FRIDAY_NIGHT);
    await applyHardTimes(START, NY);
    expect(await notificationIds()).toHaveLength(1);
    await applyHardTimes(END, NY);
    expect(await notificationIds()).toEqual([]);
    expect(await fakeBrowser.storage.local.get(STORAGE.checkedIn.key)).toEqual({ [STORAGE.checkedIn.key]: {} });
  });

  it('falls back to a check-in without buttons where buttons are refused', async () => {
    await addTime(FRIDAY_NIGHT);
    const create = vi.spyOn(browser.notifications, 'create');
    create.mockRejectedValueOnce(new Error('Unexpected property: "buttons"'));
    await applyHardTimes(START, NY);
    expect(create).toHaveBeenCalledTimes(2);
    expect(create.mock.calls[1]?.[1]).not.toHaveProperty('buttons');
    expect(await notificationIds()).toEqual([`${CHECK_IN_PREFIX}${key(START)}`]);
  });

  it('still sets the badge and the alarm when notifications fail', async () => {
    await addTime(FRIDAY_NIGHT);
    vi.spyOn(browser.notifications, 'create').mockRejectedValue(new Error('no notifications'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const state = await applyHardTimes(START, NY);
    expect(state.on).toBe(true);
    expect((await toolbar()).text).toBe(t('hardTimes.badgeText'));
    expect(await browser.alarms.get(NEXT_TRANSITION_ALARM)).toMatchObject({ scheduledTime: END });
  });
});

describe('hard times: where the nudge leads', () => {
  it.each([
    ['its body', undefined, '/options.html#plan'],
    ['"Open my plan"', 0, '/options.html#plan'],
    ['"Reach out": the person\'s reach out, not the lines page', 1, '/reach.html'],
  ])('%s', (_, index, page) => {
    expect(checkInPage(index)).toBe(page);
  });
});
