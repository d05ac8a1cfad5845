import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { enforce, forgetEverything } from '@/utils/background/enforce';
import { GUARD_SCRIPT_ID } from '@/utils/background/registration';
import { deleteEverything } from '@/utils/commands/forget';
import { setPasscode } from '@/utils/commands/lock';
import { openSteadyDb } from '@/utils/db/open';
import { planRepo } from '@/utils/db/plan';
import { sitesRepo } from '@/utils/db/sites';
import { urgesRepo } from '@/utils/db/urges';
import { STORAGE } from '@/utils/storage-keys';
import { installFakePermissionsAndScripting } from '../fakes';

describe('delete everything', () => {
  it('the background stops enforcing and forgets every copy', async () => {
    const ext = installFakePermissionsAndScripting(['*://example.org/*', '*://*.example.org/*']);
    await sitesRepo().add({ host: 'example.org', scope: 'site' });
    await enforce();
    await fakeBrowser.alarms.create('other', { when: Date.now() + 60_000 });
    await fakeBrowser.storage.session.set({ unlockedUntil: Date.now() + 60_000 });
    expect(ext.scripts.has(GUARD_SCRIPT_ID)).toBe(true);
    await forgetEverything();
    expect(ext.scripts.size).toBe(0);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('deletes the database, gives back every site access, and leaves Steady as on its first day', async () => {
    const ext = installFakePermissionsAndScripting();
    await fakeBrowser.permissions.request({ origins: ['*://example.org/*', '*://*.example.org/*'] });
    await sitesRepo().add({ host: 'example.org', scope: 'site' });
    await planRepo().setItems('reasons', ['My daughter']);
    await urgesRepo().put({ at: Date.now(), strength: 5 });
    await setPasscode('246813', '246813', 5);
    // The background answers as it does in the browser.
    fakeBrowser.runtime.onMessage.addListener(async (message: { type: string }) => {
      if (message.type === 'forget-everything') await forgetEverything();
      if (message.type === 'enforcement-changed') await enforce();
      return { ok: true };
    });
    expect(await deleteEverything()).toEqual({ ok: true, value: undefined });
    expect(ext.granted.size).toBe(0);
    const db = await openSteadyDb();
    for (const store of db.objectStoreNames) expect(await db.getAll(store as never), store).toEqual([]);
    db.close();
    expect((await fakeBrowser.storage.local.get(STORAGE.guard.key))[STORAGE.guard.key]).toMatchObject({ rules: [] });
  });
});
