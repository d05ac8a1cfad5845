import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { enforce } from '@/utils/background/enforce';
import { GUARD_SCRIPT_ID } from '@/utils/background/registration';
import { serialize } from '@/utils/background/serial';
import { sitesRepo } from '@/utils/db/sites';
import type { GuardState } from '@/utils/guard/state';
import { STORAGE } from '@/utils/storage-keys';
import { type FakeExtensionState, installFakePermissionsAndScripting } from '../fakes';

let ext: FakeExtensionState;

beforeEach(() => {
  ext = installFakePermissionsAndScripting(['*://example.org/*', '*://*.example.org/*']);
});

const guardState = async () =>
  (await fakeBrowser.storage.local.get(STORAGE.guard.key))[STORAGE.guard.key] as GuardState;

describe('enforce', () => {
  it('registers the guard for exactly the flagged hosts it may act on', async () => {
    await sitesRepo().add({ host: 'example.org', scope: 'site' });
    await sitesRepo().add({ host: 'example.net', scope: 'site' });
    await enforce();
    expect(ext.scripts.get(GUARD_SCRIPT_ID)).toMatchObject({
      matches: ['*://*.example.org/*', '*://example.org/*'],
      js: ['guard.js'],
      runAt: 'document_start',
      allFrames: false,
      persistAcrossSessions: true,
    });
    expect(ext.scripts.get(GUARD_SCRIPT_ID), 'no stylesheet a page could trigger').not.toHaveProperty('css');
    // The guard's copy holds every rule: the decision on a page is the same whichever site gave access to it.
    expect((await guardState()).rules.map((r) => r.host).sort()).toEqual(['example.net', 'example.org']);
  });

  it('writes the guard’s copy only when it changed', async () => {
    await sitesRepo().add({ host: 'example.org', scope: 'site' });
    await enforce();
    const writes: unknown[] = [];
    fakeBrowser.storage.local.onChanged.addListener((changes) => writes.push(changes));
    await enforce();
    expect(writes).toEqual([]);
    await sitesRepo().add({ host: 'example.net', scope: 'site' });
    await enforce();
    expect(writes).toHaveLength(1);
  });

  it('caps the guard’s own quiet times: none for a rule gone or firm, none over, none longer than set', async () => {
    const now = 1_780_000_000_000;
    const gentle = await sitesRepo().add({ host: 'example.org', scope: 'site' });
    const added = await sitesRepo().add({ host: 'example.net', scope: 'site' });
    const firm = await sitesRepo().update(added.id, { level: 'firm' });
    await fakeBrowser.storage.local.set({
      [STORAGE.guardQuiet.key]: {
        [gentle.id]: now + 999 * 60_000,
        [firm.id]: now + 60_000,
        gone: now + 60_000,
        old: now - 1,
      },
    });
    await enforce(now);
    const capped = (await fakeBrowser.storage.local.get(STORAGE.guardQuiet.key))[STORAGE.guardQuiet.key];
    expect(capped).toEqual({ [gentle.id]: now + 15 * 60_000 });
    await sitesRepo().remove(gentle.id);
    await enforce(now);
    expect(await fakeBrowser.storage.local.get(STORAGE.guardQuiet.key), 'nothing left: the key goes').toEqual({});
  });

  it('registers nothing when no site is flagged', async () => {
    await enforce();
    expect(ext.scripts.size).toBe(0);
    expect(await guardState()).toMatchObject({ v: 2, rules: [], hardTime: { on: false, firmer: false } });
  });

  it('is idempotent, and removes the registration with the last site', async () => {
    const site = await sitesRepo().add({ host: 'example.org', scope: 'site' });
    await enforce();
    await enforce();
    expect(ext.scripts.size).toBe(1);
    await sitesRepo().remove(site.id);
    await enforce();
    expect(ext.scripts.size).toBe(0);
  });

  it('unregisters a site when its access is withdrawn, and registers it again when granted, storing no status', async () => {
    await sitesRepo().add({ host: 'example.org', scope: 'site' });
    await enforce();
    ext.granted.clear();
    await enforce();
    expect(ext.scripts.size).toBe(0);
    ext.granted.add('*://example.org/*').add('*://*.example.org/*');
    await enforce();
    expect(ext.scripts.size).toBe(1);
    expect(Object.keys((await sitesRepo().list())[0] ?? {})).not.toContain('status');
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).sort()).toEqual([
      STORAGE.guard.key,
      STORAGE.help.key,
    ]);
  });

  it('re-registers from the database after the browser dropped its scripts (a relaunch)', async () => {
    await sitesRepo().add({ host: 'example.org', scope: 'site' });
    await enforce();
    ext.scripts.clear();
    await enforce();
    expect(ext.scripts.get(GUARD_SCRIPT_ID)?.matches).toContain('*://example.org/*');
  });

  it('brings a registration from an earlier version (with the cover stylesheet) up to date', async () => {
    await sitesRepo().add({ host: 'example.org', scope: 'site' });
    await enforce();
    const registered = ext.scripts.get(GUARD_SCRIPT_ID) ?? { id: GUARD_SCRIPT_ID };
    ext.scripts.set(GUARD_SCRIPT_ID, { ...registered, css: ['assets/cover.css'] });
    await enforce();
    expect(ext.scripts.get(GUARD_SCRIPT_ID)?.css ?? []).toEqual([]);
    expect(ext.scripts.get(GUARD_SCRIPT_ID)).toMatchObject({ js: ['guard.js'] });
  });
});

describe('serialize', () => {
  it('never overlaps runs, and coalesces a burst into one more run', async () => {
    let running = 0;
    let maxRunning = 0;
    let runs = 0;
    const job = serialize(async () => {
      running++;
      runs++;
      maxRunning = Math.max(maxRunning, running);
      await new Promise((r) => setTimeout(r, 5));
      running--;
    });
    await Promise.all(Array.from({ length: 10 }, () => job()));
    expect(maxRunning).toBe(1);
    expect(runs).toBe(2);
  });

  it('runs again for a call made during a run, after it', async () => {
    const seen: number[] = [];
    let value = 0;
    const job = serialize(async () => {
      const read = value;
      await new Promise((r) => setTimeout(r, 5));
      seen.push(read);
    });
    const first = job();
    value = 1;
    const second = job();
    await Promise.all([first, second]);
    expect(seen).toEqual([0, 1]);
  });

  it('keeps working after a run fails', async () => {
    let fail = true;
    const job = serialize(async () => {
      if (fail) throw new Error('boom');
    });
    await expect(job()).rejects.toThrow('boom');
    fail = false;
    await expect(job()).resolves.toBeUndefined();
  });
});
