import { describe, expect, it } from 'vitest';
import { openWarning } from '@/utils/background/warning';
import { lockNow, lockState, removePasscode, setPasscode, unlock } from '@/utils/commands/lock';
import { planRepo } from '@/utils/db/plan';
import { settingsRepo } from '@/utils/db/settings';
import { sitesRepo } from '@/utils/db/sites';
import { hashPasscode, ITERATIONS, passcodeMatches } from '@/utils/lock/passcode';

describe('the passcode', () => {
  it('is kept only as a salted PBKDF2 hash, with its work factor', async () => {
    const stored = await hashPasscode('2468', 1000);
    expect(stored.iterations).toBe(1000);
    expect(JSON.stringify(stored)).not.toContain('2468');
    expect(await passcodeMatches('2468', stored)).toBe(true);
    expect(await passcodeMatches('2469', stored)).toBe(false);
    const again = await hashPasscode('2468', 1000);
    expect(again.salt, 'a fresh salt each time').not.toBe(stored.salt);
    expect(again.hash).not.toBe(stored.hash);
    expect(ITERATIONS).toBeGreaterThanOrEqual(600_000);
  });
});

describe('the lock', () => {
  it('sets, locks, refuses a wrong passcode without changing anything, unlocks, and relocks after the time chosen', async () => {
    expect(await lockState()).toMatchObject({ set: false, locked: false });
    // Not a phone's four-digit PIN: six characters at least.
    expect(await setPasscode('2468', '2468', 5)).toEqual({ ok: false, problem: { code: 'lock-short' } });
    expect((await setPasscode('12', '12', 5)).ok).toBe(false);
    expect((await setPasscode('246813', '246814', 5)).ok).toBe(false);
    expect(await setPasscode('246813', '246813', 5)).toEqual({ ok: true, value: undefined });
    const stored = (await settingsRepo().get()).lock;
    expect(stored).toMatchObject({ relockMinutes: 5, iterations: ITERATIONS });
    expect(JSON.stringify(stored)).not.toContain('246813');
    // Changing it asks for the passcode now: without it, or with a wrong one, nothing changes.
    expect(await setPasscode('river stones', 'river stones', 5)).toEqual({
      ok: false,
      problem: { code: 'lock-wrong' },
    });
    expect((await setPasscode('river stones', 'river stones', 5, '111111')).ok).toBe(false);
    expect((await settingsRepo().get()).lock).toEqual(stored);
    expect((await setPasscode('river stones', 'river stones', 5, '246813')).ok).toBe(true);
    const changed = (await settingsRepo().get()).lock;
    // The same keys, wrapped again under the new passcode: nothing written is sealed again.
    expect(changed?.wrapped).not.toBe(stored?.wrapped);
    expect(changed?.salt).not.toBe(stored?.salt);
    expect(changed?.publicKey).toBe(stored?.publicKey);
    expect((await setPasscode('246813', '246813', 5, 'river stones')).ok).toBe(true);
    expect(await lockState()).toMatchObject({ set: true, locked: false });
    expect((await lockState(Date.now() + 6 * 60_000)).locked, 'locked again after five minutes').toBe(true);

    await lockNow();
    expect((await lockState()).locked).toBe(true);
    expect(await unlock('111111')).toEqual({ ok: false, problem: { code: 'lock-wrong' } });
    expect((await lockState()).locked).toBe(true);
    expect((await unlock('246813')).ok).toBe(true);
    expect((await lockState()).locked).toBe(false);

    expect((await removePasscode('000000')).ok).toBe(false);
    expect((await removePasscode('246813')).ok).toBe(true);
    expect(await lockState()).toMatchObject({ set: false, locked: false });
  }, 30_000);

  it('keeps the person’s own words off the warning while locked; the warning itself still opens', async () => {
    await sitesRepo().add({ host: 'example.org', scope: 'site' });
    await planRepo().setItems('reasons', ['My daughter']);
    await setPasscode('246813', '246813', 5);
    const url = 'https://example.org/';
    expect((await openWarning(url, Date.now(), 'UTC')).ownWords).toBe('My daughter');
    await lockNow();
    const locked = await openWarning(url, Date.now(), 'UTC');
    expect(locked.found).toBe(true);
    expect(locked.ownWords).toBeUndefined();
  }, 30_000);
});
