import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { enforce } from '@/utils/background/enforce';
import { createMessageListener } from '@/utils/background/handlers';
import {
  chooseOnWarning,
  exitOnWarning,
  openWarning,
  reachedOutOnWarning,
  recordEvent,
} from '@/utils/background/warning';
import { contactsRepo } from '@/utils/db/contacts';
import { eventsRepo } from '@/utils/db/events';
import { planRepo } from '@/utils/db/plan';
import { reachOutsRepo } from '@/utils/db/reach-outs';
import { settingsRepo } from '@/utils/db/settings';
import { sitesRepo } from '@/utils/db/sites';
import { timesRepo } from '@/utils/db/times';
import { urgesRepo } from '@/utils/db/urges';
import { decideFromState, type GuardState } from '@/utils/guard/state';
import { type BackgroundMessage, isBackgroundMessage } from '@/utils/messages';
import { STORAGE } from '@/utils/storage-keys';
import { continueToSite, leave, leaveTab, recheck } from '@/utils/warning/exits';
import { installFakePermissionsAndScripting } from '../fakes';
import { t } from '../i18n';

const NOW = 1_780_000_000_000;
const ZONE = 'America/New_York';
const URL_ = 'https://news.example.org/story?id=1';
const choice = (c: 'continue' | 'leave' | 'log-urge' | 'reach-out', strength?: number) =>
  ({ type: 'warning-choice', url: URL_, choice: c, ...(strength ? { strength } : {}) }) as const;

beforeEach(async () => {
  installFakePermissionsAndScripting(['*://example.org/*', '*://*.example.org/*']);
  await sitesRepo().add({ host: 'example.org', scope: 'site' });
  await enforce();
});

const guardState = async () =>
  (await fakeBrowser.storage.local.get(STORAGE.guard.key))[STORAGE.guard.key] as GuardState;
const choices = async () => (await eventsRepo().list()).map((e) => e.choice);

describe('opening a warning', () => {
  it('tells the page what to show and records that it was shown, without the path', async () => {
    await planRepo().setItems('reasons', ['My daughter']);
    const view = await openWarning(URL_, NOW, ZONE);
    expect(view).toMatchObject({ found: true, level: 'gentle', pauseSeconds: 10, ownWords: 'My daughter' });
    const events = await eventsRepo().list();
    expect(events).toEqual([expect.objectContaining({ choice: 'shown', host: 'example.org', at: NOW })]);
    expect(events[0]?.path).toBeUndefined();
  });

  it('records a showing once: not again within a minute with no choice made, again after a choice or a minute', async () => {
    await openWarning(URL_, NOW, ZONE);
    await openWarning(URL_, NOW + 1_000, ZONE);
    expect(await choices(), 'a reload, a second tab, a page moving in and out of the path').toEqual(['shown']);
    await chooseOnWarning(choice('leave'), NOW + 2_000, ZONE, enforce);
    await openWarning(URL_, NOW + 3_000, ZONE);
    await openWarning(URL_, NOW + 3_000 + 61_000, ZONE);
    expect((await eventsRepo().list()).sort((a, b) => a.at - b.at).map((e) => e.choice)).toEqual([
      'shown',
      'leave',
      'shown',
      'shown',
    ]);
  });

  it('records the path only when the person opted in', async () => {
    await settingsRepo().update({ recordPaths: true });
    await openWarning(URL_, NOW, ZONE);
    expect((await eventsRepo().list())[0]?.path).toBe('/story');
  });

  it('offers the first support person to reach, with the person’s words, and every way of everyone', async () => {
    await contactsRepo().put({ name: 'Alex', ways: {}, order: 0 });
    await contactsRepo().put({ name: 'Sam', ways: { text: '+15555550100', email: 'sam@example.org' }, order: 1 });
    const { reach } = await openWarning(URL_, NOW, ZONE);
    expect(reach.message).toBe(t('reach.defaultMessage'));
    expect(reach.first).toMatchObject({
      name: 'Sam',
      channel: 'text',
      href: `sms:+15555550100?&body=${encodeURIComponent(t('reach.defaultMessage')).replace(/'/g, '%27')}`,
    });
    expect(reach.people.map((p) => [p.name, p.ways.map((w) => w.channel)])).toEqual([
      ['Alex', []],
      ['Sam', ['text', 'email']],
    ]);
  });

  it('records a reach out from the warning: who and which way, and the warning’s choice', async () => {
    await reachedOutOnWarning({ type: 'warning-reached-out', url: URL_, contactId: 'c1', channel: 'text' }, NOW, ZONE);
    expect(await reachOutsRepo().list()).toEqual([
      expect.objectContaining({ contactId: 'c1', channel: 'text', from: 'warning', at: NOW }),
    ]);
    expect(await choices()).toEqual(['reach-out']);
  });

  it('decides the level from the database, as the guard does from its copy (firmer during a hard time)', async () => {
    await settingsRepo().update({ firmerDuringHardTimes: true });
    await timesRepo().put({
      label: 'All week',
      rule: { kind: 'weekly', days: [0, 1, 2, 3, 4, 5, 6], start: 0, end: 1439 },
    });
    // The guard's copy is stale (written before the hard time was added): the background does not read it.
    expect(decideFromState(await guardState(), URL_, NOW)?.level).toBe('gentle');
    expect((await openWarning(URL_, NOW, ZONE)).level).toBe('pause');
    await enforce(NOW, ZONE);
    expect(decideFromState(await guardState(), URL_, NOW)?.level).toBe('pause');
  });

  it('says so when no rule warns on the page, and records nothing', async () => {
    expect(await openWarning('https://elsewhere.net/', NOW, ZONE)).toMatchObject({ found: false });
    expect(await eventsRepo().list()).toEqual([]);
  });

  it('still answers when the event cannot be recorded (a path longer than a record holds)', async () => {
    await settingsRepo().update({ recordPaths: true });
    const long = `https://example.org/${'x'.repeat(5000)}`;
    expect((await openWarning(long, NOW, ZONE)).found).toBe(true);
    expect((await eventsRepo().list())[0]?.path).toHaveLength(2000);
  });
});

describe('choices on a warning', () => {
  it('continue quiets every rule that warned on the page, for the chosen time', async () => {
    await settingsRepo().update({ quietMinutes: 20 });
    await sitesRepo().add({ host: 'example.org', scope: 'site', path: '/story' });
    await enforce();
    await chooseOnWarning(choice('continue'), NOW, ZONE, enforce);
    const state = await guardState();
    expect(decideFromState(state, URL_, NOW + 19 * 60_000)).toBeUndefined();
    expect(decideFromState(state, URL_, NOW + 20 * 60_000)?.covering).toHaveLength(2);
    expect(await choices()).toEqual(['continue']);
  });

  it('continue does nothing on a firm site', async () => {
    const [site] = await sitesRepo().list();
    await sitesRepo().update(site?.id as string, { level: 'firm' });
    await enforce();
    await chooseOnWarning(choice('continue'), NOW, ZONE, enforce);
    expect(decideFromState(await guardState(), URL_, NOW + 1)).toBeDefined();
    expect(await choices()).toEqual([]);
  });

  it('logs an urge ridden out from the warning: how strong after, and for how long', async () => {
    await chooseOnWarning({ ...choice('log-urge'), strengthAfter: 2, rodeSeconds: 300 }, NOW, ZONE, enforce);
    expect(await urgesRepo().list()).toEqual([
      expect.objectContaining({
        strengthAfter: 2,
        rodeSeconds: 300,
        outcome: 'rode-it-out',
        triggers: ['example.org'],
      }),
    ]);
  });

  it('logs an urge with the site as its trigger and the strength given', async () => {
    await chooseOnWarning(choice('log-urge', 6), NOW, ZONE, enforce);
    const [site] = await sitesRepo().list();
    expect(await urgesRepo().list()).toEqual([
      expect.objectContaining({ at: NOW, triggers: ['example.org'], siteId: site?.id, strength: 6 }),
    ]);
    expect(await choices()).toEqual(['log-urge']);
  });

  it('records leave (the page has left by itself)', async () => {
    const back = vi.spyOn(browser.tabs, 'goBack');
    await chooseOnWarning(choice('leave'), NOW, ZONE, enforce);
    expect(back).not.toHaveBeenCalled();
    expect(await choices()).toEqual(['leave']);
  });

  it('with the path too long to record, continue still quiets and the urge is still logged', async () => {
    await settingsRepo().update({ recordPaths: true });
    const long = { url: `https://example.org/${'y'.repeat(5000)}` };
    await chooseOnWarning({ ...choice('log-urge', 3), ...long }, NOW, ZONE, enforce);
    await chooseOnWarning({ ...choice('continue'), ...long }, NOW, ZONE, enforce);
    expect(await urgesRepo().list()).toHaveLength(1);
    expect(decideFromState(await guardState(), long.url, NOW + 1)).toBeUndefined();
  });

  it('never throws when an event cannot be recorded (so no choice ever fails with it)', async () => {
    await expect(recordEvent({ id: '', host: 'example.org' }, 'leave', URL_, NOW, false)).resolves.toBeUndefined();
    expect(await eventsRepo().list()).toEqual([]);
  });
});

describe('the warning page’s own exits (no background, no database)', () => {
  beforeEach(() => {
    vi.spyOn(browser.tabs, 'getCurrent').mockResolvedValue({ id: 7 } as never);
  });

  it.each([
    ['goes back when the tab has history', true, undefined, 'back'],
    ['goes to the calm page when there is no history', false, 'https://calm.example.com/', 'update'],
    ['closes the tab when there is neither', false, undefined, 'remove'],
  ] as const)('leave %s', async (_name, canGoBack, safePage, expected) => {
    const back = vi.spyOn(browser.tabs, 'goBack').mockResolvedValue(undefined);
    const update = vi.spyOn(browser.tabs, 'update').mockResolvedValue({} as never);
    const remove = vi.spyOn(browser.tabs, 'remove').mockResolvedValue(undefined);
    await leave({ url: URL_, token: 't', canGoBack }, safePage);
    expect(back.mock.calls.length > 0).toBe(expected === 'back');
    expect(update.mock.calls.length > 0).toBe(expected === 'update');
    expect(remove.mock.calls.length > 0).toBe(expected === 'remove');
    if (expected === 'update') expect(update).toHaveBeenCalledWith(7, { url: safePage });
  });

  it('continue and recheck go straight to the guard in the same tab, with the token', async () => {
    const sent = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue({ lifted: true } as never);
    const page = { url: URL_, token: 'abc', canGoBack: false };
    expect(await continueToSite(page)).toBe(true);
    await recheck(page);
    expect(sent.mock.calls).toEqual([
      [7, { type: 'guard-continue', token: 'abc' }, { frameId: 0 }],
      [7, { type: 'guard-recheck', token: 'abc' }, { frameId: 0 }],
    ]);
  });
});

describe('where a framed page gets no tabs (Firefox), the background does the exits, without the database', () => {
  it('the page asks the background', async () => {
    const tabs = browser.tabs as unknown as Record<string, unknown>;
    const getCurrent = tabs.getCurrent;
    tabs.getCurrent = undefined;
    try {
      const sent = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ ok: true, lifted: true } as never);
      const page = { url: URL_, token: 'abc', canGoBack: true };
      expect(await continueToSite(page)).toBe(true);
      await leave(page, 'https://calm.example.com/');
      expect(sent.mock.calls.map(([m]) => m)).toEqual([
        { type: 'warning-exit', exit: 'continue', ...page },
        { type: 'warning-exit', exit: 'leave', ...page },
      ]);
    } finally {
      tabs.getCurrent = getCurrent;
    }
  });

  it('the background acts on the sender’s tab, even with the database unopenable', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new Error('the database could not be opened');
    });
    const { resetDbConnection } = await import('@/utils/db/open');
    resetDbConnection();
    const sent = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue({ lifted: true } as never);
    const back = vi.spyOn(browser.tabs, 'goBack').mockResolvedValue(undefined);
    const page = { url: URL_, token: 'abc', canGoBack: true };
    expect(await exitOnWarning({ type: 'warning-exit', exit: 'continue', ...page }, 9)).toEqual({
      ok: true,
      lifted: true,
    });
    await exitOnWarning({ type: 'warning-exit', exit: 'leave', ...page }, 9);
    expect(sent).toHaveBeenCalledWith(9, { type: 'guard-continue', token: 'abc' }, { frameId: 0 });
    expect(back).toHaveBeenCalledWith(9);
  });

  it.each([
    ['the calm page in the settings, whatever the message says', 'https://calm.example.com/', 'update'],
    ['no calm page in the settings: the tab closes, whatever the message says', undefined, 'remove'],
  ] as const)('leave with no history goes to %s', async (_name, safePage, expected) => {
    if (safePage) await settingsRepo().update({ safePage });
    const update = vi.spyOn(browser.tabs, 'update').mockResolvedValue({} as never);
    const remove = vi.spyOn(browser.tabs, 'remove').mockResolvedValue(undefined);
    const forged = { type: 'warning-exit', exit: 'leave', url: URL_, token: 'abc', canGoBack: false };
    const message = { ...forged, safePage: 'https://attacker.example.net/' };
    expect(isBackgroundMessage(message), 'an extra field is ignored, not obeyed').toBe(true);
    await exitOnWarning(message as Extract<BackgroundMessage, { type: 'warning-exit' }>, 9);
    if (expected === 'update') expect(update.mock.calls).toEqual([[9, { url: safePage }]]);
    else expect(update).not.toHaveBeenCalled();
    expect(remove.mock.calls.length > 0).toBe(expected === 'remove');
  });

  it('never opens the calm page when it is not a web address', async () => {
    const update = vi.spyOn(browser.tabs, 'update').mockResolvedValue({} as never);
    const remove = vi.spyOn(browser.tabs, 'remove').mockResolvedValue(undefined);
    await leaveTab(3, false, () => 'javascript:alert(1)');
    expect(update).not.toHaveBeenCalled();
    expect(remove).toHaveBeenCalledWith(3);
  });
});

describe('the message listener', () => {
  const page = { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/warning.html` };
  const inTab = { ...page, tab: { id: 2, url: 'https://news.example.org/other' } };

  it.each([
    ['a content script', { id: fakeBrowser.runtime.id, url: 'https://example.org/', tab: { id: 1 } }],
    ['another extension', { id: 'someone-else', url: 'chrome-extension://someone-else/x.html' }],
  ])('ignores messages from %s', (_name, sender) => {
    const listener = createMessageListener(enforce);
    expect(listener({ type: 'enforcement-changed' }, sender)).toBeUndefined();
  });

  it.each([
    [{ type: 'nope' }],
    ['text'],
    [null],
    [{ type: 'guard-continue', token: 'x' }],
    [{ type: 'warning-open' }],
    [{ type: 'warning-choice', url: URL_, choice: 'explode' }],
    [{ type: 'warning-choice', url: URL_, choice: 'log-urge', strength: 'very' }],
    [{ type: 'warning-exit', url: URL_, exit: 'explode', token: 't', canGoBack: true }],
    [{ type: 'warning-reached-out', url: URL_, contactId: 'c', lineId: 'l', channel: 'call' }],
    [{ type: 'reached-out', from: 'popup', contactId: 'c', lineId: 'l', channel: 'call' }],
    [{ type: 'reached-out', from: 'popup', channel: 'call' }],
    [{ type: 'reached-out', from: 'popup', contactId: 'c', channel: 'pigeon' }],
    [{ type: 'reached-out', from: 'somewhere', contactId: 'c', channel: 'call' }],
    // A warning's reach out comes with its page's address, checked against its tab: never this way.
    [{ type: 'reached-out', from: 'warning', contactId: 'c', channel: 'call' }],
  ])('ignores %j', (message) => {
    const listener = createMessageListener(enforce);
    expect(listener(message, inTab)).toBeUndefined();
  });

  it('answers a warning page with what to show', async () => {
    const listener = createMessageListener(enforce);
    await expect(listener({ type: 'warning-open', url: URL_ }, inTab)).resolves.toMatchObject({ found: true });
  });

  it.each([
    ['a tab whose address the browser does not tell (not a flagged host)', { id: 2 }],
    ['a tab on another host', { id: 2, url: 'https://attacker.test/' }],
  ])('does not answer a warning page framed in %s', (_name, tab) => {
    const listener = createMessageListener(enforce);
    expect(listener({ type: 'warning-open', url: URL_ }, { ...page, tab })).toBeUndefined();
    expect(listener({ type: 'warning-choice', url: URL_, choice: 'continue' }, { ...page, tab })).toBeUndefined();
  });

  it.each(['popup', 'options', 'notification'] as const)('records a reach out from the %s', async (from) => {
    const listener = createMessageListener(enforce);
    await expect(listener({ type: 'reached-out', from, lineId: 'us-988', channel: 'call' }, page)).resolves.toEqual({
      ok: true,
    });
    expect((await reachOutsRepo().list()).map((event) => [event.lineId, event.channel, event.from])).toEqual([
      ['us-988', 'call', from],
    ]);
  });

  it('re-derives when an extension page says something changed', async () => {
    let calls = 0;
    const listener = createMessageListener(async () => {
      calls++;
    });
    await expect(listener({ type: 'enforcement-changed' }, page)).resolves.toEqual({ ok: true });
    expect(calls).toBe(1);
  });

  it('tries the database again on the next message after an open that failed', async () => {
    const { resetDbConnection } = await import('@/utils/db/open');
    resetDbConnection();
    const open = vi.spyOn(indexedDB, 'open').mockImplementationOnce(() => {
      throw new Error('the database could not be opened');
    });
    const listener = createMessageListener(enforce);
    await expect(listener({ type: 'warning-open', url: URL_ }, inTab)).rejects.toThrow();
    await expect(listener({ type: 'warning-open', url: URL_ }, inTab)).resolves.toMatchObject({ found: true });
    expect(open).toHaveBeenCalledTimes(2);
  });
});
