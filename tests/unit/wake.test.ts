import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { asWorkerMarker, onWorkerStart } from '@/utils/background/wake';
import { STORAGE } from '@/utils/storage-keys';

const NY = 'America/New_York';

/** Starts the worker once; says whether it re-derived. */
async function start(zone = NY, rederive = async () => {}) {
  let rederived = false;
  const kind = await onWorkerStart(zone, async () => {
    rederived = true;
    await rederive();
  });
  return { kind, rederived };
}

describe('a wake-up is told from a cold start', () => {
  it('the first start in a session re-derives and leaves the marker; the next is a wake-up and does not', async () => {
    expect(await start()).toEqual({ kind: 'cold', rederived: true });
    expect((await fakeBrowser.storage.session.get(STORAGE.worker.key))[STORAGE.worker.key]).toEqual({ v: 1, zone: NY });
    expect(await start()).toEqual({ kind: 'wake', rederived: false });
    expect(await start()).toEqual({ kind: 'wake', rederived: false });
  });

  it('a start in another zone is cold: hard times are on the wall clock where the person is', async () => {
    await start(NY);
    expect(await start('Europe/Madrid')).toEqual({ kind: 'cold', rederived: true });
    expect(await start('Europe/Madrid')).toEqual({ kind: 'wake', rederived: false });
  });

  it('a failed re-derive leaves no marker, so the next start tries again', async () => {
    await expect(
      start(NY, async () => {
        throw new Error('the database would not open');
      }),
    ).rejects.toThrow();
    expect(await start()).toEqual({ kind: 'cold', rederived: true });
  });

  it('a session emptied (a new browser session, "delete everything") starts cold again', async () => {
    await start();
    await fakeBrowser.storage.session.clear();
    expect(await start()).toEqual({ kind: 'cold', rederived: true });
  });

  it.each([
    ['nothing', undefined],
    ['another version', { v: 2, zone: NY }],
    ['no zone', { v: 1 }],
    ['a string', 'woke'],
  ])('reads %s as no marker', async (_what, stored) => {
    expect(asWorkerMarker(stored)).toBeUndefined();
    await fakeBrowser.storage.session.set({ [STORAGE.worker.key]: stored });
    expect((await start()).kind).toBe('cold');
  });
});
