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
    expect((await setPasscode('12', '12', 5)).ok).toBe(false);
    expect((await setPasscode('2468', '2469', 5)).ok).toBe(false);
    expect(await setPasscode('2468', '2468', 5)).toEqual({ ok: true, value: undefined });
    const stored = (await settingsRepo().get()).lock;
    expect(stored).toMatchObject({ relockMinutes: 5, iterations: ITERATIONS });
    expect(JSON.stringify(stored)).not.toContain('2468');
    expect(await lockState()).toMatchObject({ set: true, locked: false });
    expect((await lockState(Date.now() + 6 * 60_000)).locked, 'locked again after five minutes').toBe(true);

    await lockNow();
    expect((await lockState()).locked).toBe(true);
    expect(await unlock('1111')).toEqual({ ok: false, problem: { code: 'lock-wrong' } });
    expect((await lockState()).locked).toBe(true);
    expect((await unlock('2468')).ok).toBe(true);
    expect((await lockState()).locked).toBe(false);

    expect((await removePasscode('0000')).ok).toBe(false);
    expect((await removePasscode('2468')).ok).toBe(true);
    expect(await lockState()).toMatchObject({ set: false, locked: false });
  }, 30_000);

  it('keeps the person’s own words off the warning while locked; the warning itself still opens', async () => {
    await sitesRepo().add({ host: 'example.org', scope: 'site' });
    await planRepo().setItems('reasons', ['My daughter']);
    await setPasscode('2468', '2468', 5);
    const url = 'https://example.org/';
    expect((await openWarning(url, Date.now(), 'UTC')).ownWords).toBe('My daughter');
    await lockNow();
    const locked = await openWarning(url, Date.now(), 'UTC');
    expect(locked.found).toBe(true);
    expect(locked.ownWords).toBeUndefined();
  }, 30_000);
});
