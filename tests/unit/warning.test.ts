import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { enforce } from '@/utils/background/enforce';
import { createMessageListener } from '@/utils/background/handlers';
import { chooseOnWarning, openWarning } from '@/utils/background/warning';
import { contactsRepo } from '@/utils/db/contacts';
import { eventsRepo } from '@/utils/db/events';
import { planRepo } from '@/utils/db/plan';
import { settingsRepo } from '@/utils/db/settings';
import { sitesRepo } from '@/utils/db/sites';
import { urgesRepo } from '@/utils/db/urges';
import { GUARD_KEY, type GuardState, ruleToWarn } from '@/utils/guard-state';
import { installFakePermissionsAndScripting } from '../fakes';

const NOW = 1_780_000_000_000;
const URL_ = 'https://news.example.org/story?id=1';

beforeEach(async () => {
  installFakePermissionsAndScripting(['*://example.org/*', '*://*.example.org/*']);
  await sitesRepo().add({ host: 'example.org', scope: 'site' });
  await enforce();
});

const guardState = async () => (await fakeBrowser.storage.local.get(GUARD_KEY))[GUARD_KEY] as GuardState;

describe('opening a warning', () => {
  it('tells the page what to show and records that it was shown, without the path', async () => {
    await planRepo().setItems('reasons', ['My daughter']);
    const view = await openWarning(URL_, NOW);
    expect(view).toMatchObject({ found: true, level: 'gentle', pauseSeconds: 10, ownWords: 'My daughter' });
    const events = await eventsRepo().list();
    expect(events).toEqual([expect.objectContaining({ choice: 'shown', host: 'example.org', at: NOW })]);
    expect(events[0]?.path).toBeUndefined();
  });

  it('records the path only when the person opted in', async () => {
    await settingsRepo().update({ recordPaths: true });
    await openWarning(URL_, NOW);
    expect((await eventsRepo().list())[0]?.path).toBe('/story');
  });

  it('offers the first support person whose details make a safe link', async () => {
    await contactsRepo().put({ name: 'Not a link', method: 'call', value: 'javascript:alert(1)', order: 0 });
    await contactsRepo().put({ name: 'Sam', method: 'text', value: '+1 555 555 0100', order: 1 });
    expect((await openWarning(URL_, NOW)).firstContact).toEqual({ name: 'Sam', href: 'sms:+15555550100' });
  });

  it('shows the level the guard enforces now (firmer during a hard time, if chosen)', async () => {
    const [site] = await sitesRepo().list();
    await fakeBrowser.storage.local.set({
      [GUARD_KEY]: { v: 1, rules: [{ id: site?.id, host: 'example.org', scope: 'site', level: 'pause' }] },
    });
    expect((await openWarning(URL_, NOW)).level).toBe('pause');
  });

  it('says so when no site covers the page', async () => {
    expect(await openWarning('https://elsewhere.net/', NOW)).toMatchObject({ found: false });
    expect(await eventsRepo().list()).toEqual([]);
  });
});

describe('choices on a warning', () => {
  it('continue quiets the site for the chosen time and lifts the warning in that tab', async () => {
    await settingsRepo().update({ quietMinutes: 20 });
    const sent = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue({ ok: true } as never);
    await chooseOnWarning({ url: URL_, choice: 'continue', canGoBack: true }, 7, NOW, enforce);
    expect(sent).toHaveBeenCalledWith(7, { type: 'guard-dismiss' }, { frameId: 0 });
    const state = await guardState();
    expect(ruleToWarn(state, URL_, NOW + 19 * 60_000)).toBeUndefined();
    expect(ruleToWarn(state, URL_, NOW + 20 * 60_000)).toBeDefined();
    expect((await eventsRepo().list()).map((e) => e.choice)).toEqual(['continue']);
  });

  it('continue does nothing on a firm site', async () => {
    const [site] = await sitesRepo().list();
    await sitesRepo().update(site?.id as string, { level: 'firm' });
    await enforce();
    const sent = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue({ ok: true } as never);
    await chooseOnWarning({ url: URL_, choice: 'continue', canGoBack: false }, 7, NOW, enforce);
    expect(sent).not.toHaveBeenCalled();
    expect(ruleToWarn(await guardState(), URL_, NOW + 1)).toBeDefined();
  });

  it.each([
    ['goes back when the tab has history', true, undefined, 'back'],
    ['goes to the safe page when there is no history', false, 'https://calm.example.com/', 'update'],
    ['closes the tab when there is neither', false, undefined, 'remove'],
  ] as const)('leave %s', async (_name, canGoBack, safePage, expected) => {
    if (safePage) await settingsRepo().update({ safePage });
    const back = vi.spyOn(browser.tabs, 'goBack').mockResolvedValue(undefined);
    const update = vi.spyOn(browser.tabs, 'update').mockResolvedValue({} as never);
    const remove = vi.spyOn(browser.tabs, 'remove').mockResolvedValue(undefined);
    await chooseOnWarning({ url: URL_, choice: 'leave', canGoBack }, 3, NOW, enforce);
    expect(back.mock.calls.length > 0).toBe(expected === 'back');
    expect(update.mock.calls.length > 0).toBe(expected === 'update');
    expect(remove.mock.calls.length > 0).toBe(expected === 'remove');
    if (expected === 'update') expect(update).toHaveBeenCalledWith(3, { url: safePage });
    expect((await eventsRepo().list()).map((e) => e.choice)).toEqual(['leave']);
  });
});

describe('logging an urge from a warning', () => {
  it('stores it with the site as its trigger and the strength given', async () => {
    await chooseOnWarning({ url: URL_, choice: 'log-urge', canGoBack: false, intensity: 6 }, 3, NOW, enforce);
    const [site] = await sitesRepo().list();
    expect(await urgesRepo().list()).toEqual([
      expect.objectContaining({ at: NOW, trigger: 'example.org', siteId: site?.id, intensity: 6 }),
    ]);
    expect((await eventsRepo().list()).map((e) => e.choice)).toEqual(['log-urge']);
  });
});

describe('the message listener', () => {
  const page = { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/overlay.html` };

  it.each([
    ['a content script', { id: fakeBrowser.runtime.id, url: 'https://example.org/', tab: { id: 1 } }],
    ['another extension', { id: 'someone-else', url: 'chrome-extension://someone-else/x.html' }],
  ])('ignores messages from %s', (_name, sender) => {
    const listener = createMessageListener(Promise.resolve(), enforce);
    expect(listener({ type: 'enforcement-changed' }, sender)).toBeUndefined();
  });

  it.each([[{ type: 'nope' }], ['text'], [null], [{ type: 'guard-dismiss' }]])('ignores %j', (message) => {
    const listener = createMessageListener(Promise.resolve(), enforce);
    expect(listener(message, page)).toBeUndefined();
  });

  it('answers a warning page with what to show', async () => {
    const listener = createMessageListener(Promise.resolve(), enforce);
    await expect(
      listener({ type: 'warning-open', url: URL_ }, { ...page, tab: { id: 2, url: 'https://news.example.org/other' } }),
    ).resolves.toMatchObject({ found: true });
  });

  it.each([
    ['a tab whose address the browser does not tell (not a flagged host)', { id: 2 }],
    ['a tab on another host', { id: 2, url: 'https://attacker.test/' }],
  ])('does not answer a warning page framed in %s', (_name, tab) => {
    const listener = createMessageListener(Promise.resolve(), enforce);
    expect(listener({ type: 'warning-open', url: URL_ }, { ...page, tab })).toBeUndefined();
    expect(
      listener({ type: 'warning-choice', url: URL_, choice: 'continue', canGoBack: false }, { ...page, tab }),
    ).toBeUndefined();
  });

  it('re-derives when an extension page says something changed', async () => {
    let calls = 0;
    const listener = createMessageListener(Promise.resolve(), async () => {
      calls++;
    });
    await expect(listener({ type: 'enforcement-changed' }, page)).resolves.toEqual({ ok: true });
    expect(calls).toBe(1);
  });
});
