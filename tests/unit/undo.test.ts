import { createRoot } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Done } from '@/utils/commands/run';
import { createUndo, UNDO_MS } from '@/utils/undo';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const ok: Done = { ok: true, value: undefined };
const refused: Done = { ok: false, problem: { code: 'unknown' } };

/** An undo inside its own Solid owner, disposed after the test body. */
function withUndo(body: (undo: ReturnType<typeof createUndo<string>>, expired: string[]) => Promise<void>) {
  return createRoot(async (dispose) => {
    const expired: string[] = [];
    try {
      await body(createUndo<string>({ onExpire: (what) => expired.push(what) }), expired);
    } finally {
      dispose();
    }
  });
}

describe('createUndo', () => {
  it('offers for ten seconds, then the offer is gone and onExpire hears of it', () =>
    withUndo(async (undo, expired) => {
      undo.offer('urge');
      vi.advanceTimersByTime(UNDO_MS - 1);
      expect(undo.pending()).toBe('urge');
      vi.advanceTimersByTime(1);
      expect(undo.pending()).toBeUndefined();
      expect(expired).toEqual(['urge']);
      expect(await undo.run(async () => ok)).toBeUndefined();
    }));

  it('says undone only when it was: a refused restore keeps the offer and says so', () =>
    withUndo(async (undo) => {
      undo.offer('person');
      expect(await undo.run(async () => refused)).toEqual(refused);
      expect(undo.pending()).toBe('person');
      expect(await undo.run(async () => ok)).toEqual(ok);
      expect(undo.pending()).toBeUndefined();
    }));

  it('restores what was offered last, once, even when clicked twice', () =>
    withUndo(async (undo, expired) => {
      const restored: string[] = [];
      undo.offer('first');
      undo.offer('second');
      vi.advanceTimersByTime(UNDO_MS - 1);
      const restore = async (what: string) => {
        restored.push(what);
        return ok;
      };
      const [one, two] = await Promise.all([undo.run(restore), undo.run(restore)]);
      expect([one, two]).toEqual([ok, undefined]);
      expect(restored).toEqual(['second']);
      vi.advanceTimersByTime(UNDO_MS);
      expect(expired).toEqual([]);
    }));

  it('a clear withdraws the offer without expiring it', () =>
    withUndo(async (undo, expired) => {
      undo.offer('entry');
      undo.clear();
      vi.advanceTimersByTime(UNDO_MS);
      expect(undo.pending()).toBeUndefined();
      expect(expired).toEqual([]);
    }));
});
