import { type Accessor, createSignal, onCleanup } from 'solid-js';
import type { Done } from '@/utils/commands/run';

/** How long "Undo" stays after something is removed or logged. */
export const UNDO_MS = 10_000;

/** Something a person can undo for a while; made by `createUndo`. */
export interface Undo<T> {
  /** What can be undone now, or undefined (nothing offered, or the time is up). */
  pending: Accessor<T | undefined>;
  /** Offers `what` to be undone for the next UNDO_MS, in place of any earlier offer. */
  offer(what: T): void;
  /** Withdraws the offer (it was undone another way, or the person moved on). */
  clear(): void;
  /**
   * Undoes what is pending with `restore`. Resolves with what `restore` said, or undefined when
   * nothing was pending (the time was up): only `{ ok: true }` means it was undone, and only then
   * is the offer withdrawn. While `restore` runs, a second undo does nothing.
   */
  run<R>(restore: (what: T) => Promise<Done<R>>): Promise<Done<R> | undefined>;
}

/**
 * The ten-second undo of the popup and the options page, in one place. Call inside a Solid owner
 * (a component): its timer stops with it. `onExpire` runs when the time is up with an offer still
 * pending (not after a clear or an undo), just before the offer is withdrawn (the undo button is
 * still there, so a page can move the focus off it).
 */
export function createUndo<T>(options: { ms?: number; onExpire?: (what: T) => void } = {}): Undo<T> {
  const [pending, setPending] = createSignal<T>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  const clear = () => {
    clearTimeout(timer);
    timer = undefined;
    setPending(undefined);
  };
  onCleanup(() => clearTimeout(timer));
  return {
    pending,
    clear,
    offer(what) {
      clearTimeout(timer);
      setPending(() => what);
      timer = setTimeout(() => {
        timer = undefined;
        options.onExpire?.(what);
        setPending(undefined);
      }, options.ms ?? UNDO_MS);
    },
    async run(restore) {
      const what = pending();
      if (what === undefined || running) return undefined;
      running = true;
      try {
        const done = await restore(what);
        if (done.ok && pending() === what) clear();
        return done;
      } finally {
        running = false;
      }
    },
  };
}
