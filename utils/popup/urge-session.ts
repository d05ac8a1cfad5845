import { createSignal } from 'solid-js';
import { i18n } from '#i18n';
import type { UrgeDetails } from '@/utils/commands/urges';
import type { Urge, UrgeOutcome } from '@/utils/db/schema';
import type { Problem } from '@/utils/problems';
import { createUndo } from '@/utils/undo';

/** The popup's views: the first view, an urge logged, riding it out, "I used", the daily check-in. */
export type PopupView = 'home' | 'urge' | 'ride' | 'lapse' | 'checkin';

export interface UrgeSessionHooks {
  /** Shows a view. */
  show(view: PopupView): void;
  /** Says something in the popup's status line. */
  say(words: string): void;
  /** Says what stopped a command (its words load after the first view). */
  refused(problem: Problem): void;
}

/**
 * The urge the popup is working on, from "Log an urge" to its outcome: logged at the first click
 * (with ten seconds to undo), changed as the person answers (a later change is never overwritten
 * by an earlier one's late answer), ridden out, or leading into "I used". Call inside a Solid owner.
 */
export function createUrgeSession(hooks: UrgeSessionHooks) {
  // The writes load as the popup opens, beside its first view (whose paint needs none of them):
  // by the person's first click they are there.
  const urges = import('@/utils/commands/urges');
  const [urge, setUrge] = createSignal<Urge>();
  /** The urge a lapse check-in follows (its outcome set to "I used"), and its outcome before. */
  const [lapseAfter, setLapseAfter] = createSignal<{ urge: Urge; before?: UrgeOutcome }>();
  const logged = createUndo<Urge>();
  /** The latest change asked for: an earlier one's answer must not undo a later one on screen. */
  let latestChange = 0;

  const change = (details: UrgeDetails) => {
    const current = urge();
    if (!current) return;
    const asked = ++latestChange;
    setUrge({ ...current, ...details } as Urge);
    // "I used" on an urge leads into the same check-in as the popup's own "I used", linked to it.
    if (details.outcome === 'used' && current.outcome !== 'used') {
      setLapseAfter({ urge: { ...current, ...details } as Urge, before: current.outcome });
      hooks.show('lapse');
    }
    return urges
      .then((m) => m.changeUrge(current.id, details))
      .then((done) => {
        if (!done.ok) hooks.refused(done.problem);
        else if (asked === latestChange) setUrge(done.value);
      });
  };

  return {
    urge,
    lapseAfter,
    /** "Undo" is offered (for ten seconds after the urge was logged). */
    canUndo: () => logged.pending() !== undefined,
    /** "Log an urge": kept at once. */
    log: () =>
      urges
        .then((m) => m.logUrge())
        .then((done) => {
          if (!done.ok) return hooks.refused(done.problem);
          setUrge(done.value);
          hooks.say(i18n.t('popup.logged'));
          hooks.show('urge');
          logged.offer(done.value);
        }),
    change,
    /** Takes back the urge just logged; says "undone" only when it was. */
    undo: () =>
      logged
        .run((current) => urges.then((m) => m.removeUrge(current.id)))
        .then((done) => {
          if (!done) return;
          if (!done.ok) return hooks.refused(done.problem);
          setUrge(undefined);
          hooks.say(i18n.t('urge.undone'));
          hooks.show('home');
        }),
    /** Riding it out ended: the urge (logged now if it was not) rode out, with how strong it was after. */
    rideDone: async ({ strengthAfter, seconds }: { strengthAfter?: number; seconds: number }) => {
      const details = {
        rodeSeconds: seconds,
        outcome: 'rode-it-out' as const,
        ...(strengthAfter !== undefined ? { strengthAfter } : {}),
      };
      const current = urge();
      const m = await urges;
      const done = current ? await m.changeUrge(current.id, details) : await m.logUrge(details);
      if (done.ok) setUrge(done.value);
      else hooks.refused(done.problem);
    },
    /** The popup's own "I used", after no urge. */
    startLapse: () => {
      setLapseAfter(undefined);
      hooks.show('lapse');
    },
    /** "I used" was a mistake: nothing was kept; back to where the person was, the urge's outcome as it was. */
    lapseMistake: () => {
      const after = lapseAfter();
      setLapseAfter(undefined);
      if (!after) {
        hooks.say(i18n.t('lapse.nothingKept'));
        return hooks.show('home');
      }
      void change({ outcome: after.before });
      hooks.show('urge');
    },
    finishLapse: () => {
      setLapseAfter(undefined);
      hooks.show('home');
    },
  };
}
