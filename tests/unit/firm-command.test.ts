import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { enforce } from '@/utils/background/enforce';
import { endFirmUntil, keepFirmUntil } from '@/utils/commands/firm';
import { settingsRepo } from '@/utils/db/settings';
import { sitesRepo } from '@/utils/db/sites';
import { decideFromState, type GuardState } from '@/utils/guard/state';
import { STORAGE } from '@/utils/storage-keys';
import { installFakePermissionsAndScripting } from '../fakes';

const NOW = Date.UTC(2026, 11, 6, 22, 0);
const SEVEN = Date.UTC(2026, 11, 7, 7, 0);

/** The background answers as it does in the browser: every change re-derives the guard's copy. */
function backgroundAnswers(now: number) {
  installFakePermissionsAndScripting(['*://example.org/*', '*://*.example.org/*']);
  fakeBrowser.runtime.onMessage.addListener(async (message: { type: string }) => {
    if (message.type === 'enforcement-changed') await enforce(now, 'UTC');
    return { ok: true };
  });
}
const guardCopy = async () => (await fakeBrowser.storage.local.get(STORAGE.guard.key))[STORAGE.guard.key] as GuardState;

describe('keepFirmUntil and endFirmUntil (commands)', () => {
  it('stores the time in the database and in the guard’s copy, where a gentle site is firm until 7:00', async () => {
    backgroundAnswers(NOW);
    await sitesRepo().add({ host: 'example.org', scope: 'site' });
    expect(await keepFirmUntil('07:00', NOW, 'UTC')).toEqual({ ok: true, value: SEVEN });
    expect((await settingsRepo().get()).firmUntil).toBe(SEVEN);
    const copy = await guardCopy();
    expect(decideFromState(copy, 'https://example.org/', NOW)?.level).toBe('firm');
    expect(decideFromState(copy, 'https://example.org/', SEVEN - 1)?.level).toBe('firm');
    expect(decideFromState(copy, 'https://example.org/', SEVEN)?.level, 'ends on time, with no new copy').toBe(
      'gentle',
    );
  });

  it('refuses a time it cannot read and changes nothing', async () => {
    backgroundAnswers(NOW);
    expect(await keepFirmUntil('late', NOW, 'UTC')).toEqual({ ok: false, problem: { code: 'firm-time' } });
    expect((await settingsRepo().get()).firmUntil).toBeUndefined();
  });

  it('never shortens one that holds; ending it (the options page) leaves every site its own level', async () => {
    backgroundAnswers(NOW);
    await sitesRepo().add({ host: 'example.org', scope: 'site' });
    await keepFirmUntil('07:00', NOW, 'UTC');
    expect(await keepFirmUntil('05:00', NOW, 'UTC')).toEqual({ ok: true, value: SEVEN });
    expect(await endFirmUntil()).toEqual({ ok: true, value: undefined });
    expect((await settingsRepo().get()).firmUntil).toBeUndefined();
    expect(decideFromState(await guardCopy(), 'https://example.org/', NOW)?.level).toBe('gentle');
  });
});
