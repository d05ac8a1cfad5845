import { describe, expect, it } from 'vitest';
import { checkInToday, listCheckIns, saveCheckIn, setCheckInAside } from '@/utils/commands/checkins';
import { readDays } from '@/utils/commands/days';
import { changeLapse, recordLapse } from '@/utils/commands/lapses';
import { changeUrge, logUrge, recentUrges, removeUrge, restoreUrge } from '@/utils/commands/urges';
import { settingsRepo } from '@/utils/db/settings';
import { urgesRepo } from '@/utils/db/urges';

describe('urges', () => {
  it('logs at once, takes details later, clears a detail given as undefined, and refuses a strength of 11', async () => {
    const logged = await logUrge();
    if (!logged.ok) throw new Error('not logged');
    const changed = await changeUrge(logged.value.id, { strength: 6, triggers: ['lonely'], outcome: 'rode-it-out' });
    expect(changed.ok && changed.value).toMatchObject({ strength: 6, triggers: ['lonely'], at: logged.value.at });
    await changeUrge(logged.value.id, { outcome: undefined });
    expect(await urgesRepo().get(logged.value.id)).not.toHaveProperty('outcome');
    expect((await changeUrge(logged.value.id, { strength: 11 })).ok).toBe(false);
    expect((await urgesRepo().get(logged.value.id))?.strength).toBe(6);
  });

  it('removes and restores an urge exactly, and pages back through the history newest first', async () => {
    for (let i = 0; i < 5; i++) await urgesRepo().put({ at: 1_780_000_000_000 + i * 1000, strength: i });
    const page = await recentUrges(2);
    expect(page.map((u) => u.strength)).toEqual([4, 3]);
    expect((await recentUrges(2, page[1]?.at)).map((u) => u.strength)).toEqual([2, 1]);
    const removed = await removeUrge(page[0]?.id as string);
    expect((await recentUrges(10)).map((u) => u.strength)).toEqual([3, 2, 1, 0]);
    if (!removed.ok || !removed.value) throw new Error('not removed');
    await restoreUrge(removed.value);
    expect(await urgesRepo().get(removed.value.id)).toMatchObject({ strength: 4, at: removed.value.at });
  });
});

describe('lapses and the counter', () => {
  it('keeps the lapse; restarting the counter moves only the counter, in the same transaction', async () => {
    const start = Date.now() - 40 * 86_400_000;
    await settingsRepo().update({ recoveryStart: start, counterStart: start });
    const before = await readDays();
    const lapse = await recordLapse({ triggers: ['tired'] });
    if (!lapse.ok) throw new Error('not recorded');
    expect(await readDays()).toEqual(before);
    await changeLapse(lapse.value, { note: 'After the call', restartedCounter: true });
    const settings = await settingsRepo().get();
    expect(settings.counterStart).toBe(lapse.value.at);
    expect(settings.recoveryStart).toBe(start);
    const after = await readDays();
    expect(after.counter).toBe(0);
    expect(after.total).toBe(before.total);
    expect(after.longest).toBe(before.longest);
  });
});

describe('the daily check-in', () => {
  it('is offered only when turned on, once a day, and keeps one record a day', async () => {
    expect(await checkInToday('2026-11-30')).toEqual({ offer: false });
    await settingsRepo().update({ dailyCheckIn: true });
    expect((await checkInToday('2026-11-30')).offer).toBe(true);
    await saveCheckIn('2026-11-30', { mood: 3 });
    await saveCheckIn('2026-11-30', { mood: 4, sleep: 2 });
    expect(await listCheckIns()).toEqual([expect.objectContaining({ id: '2026-11-30', mood: 4, sleep: 2 })]);
    expect((await checkInToday('2026-11-30')).offer).toBe(false);
    await setCheckInAside('2026-12-01');
    expect((await checkInToday('2026-12-01')).offer, 'set aside: no prompt until tomorrow').toBe(false);
    expect((await checkInToday('2026-12-02')).offer).toBe(true);
  });

  it('refuses answers out of range and writes nothing', async () => {
    expect((await saveCheckIn('2026-11-30', { craving: 11 })).ok).toBe(false);
    expect(await listCheckIns()).toEqual([]);
  });
});
