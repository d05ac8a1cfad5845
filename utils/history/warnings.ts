import { WARNING_CHOICES, type WarningChoice, type WarningEvent } from '@/utils/db/schema';
import type { WarningEntry } from './entries';

/**
 * Warnings from their events. A warning writes one event when it is shown and one for each
 * choice made on it (ride it out, then leave: two). The history shows each warning once, with
 * its choices.
 *
 * The rule, read newest first: a choice belongs to the nearest warning shown before it on the
 * same site, if that was at most WARNING_WINDOW earlier (a later warning on that site starts its
 * own). A choice with no such warning (its 'shown' event was never written, or the person chose
 * hours later) stands alone as a warning of its own. Events at the same instant are taken in the
 * order the store hands them over.
 */

/** How long after a warning was shown a choice still belongs to it. */
export const WARNING_WINDOW = 2 * 60 * 60_000;

const entry = (events: WarningEvent[]): WarningEntry => {
  const first = events[0] as WarningEvent;
  return { kind: 'warning', id: first.id, at: first.at, events };
};

/**
 * Groups warning events fed newest first (`at` never rising). `add` returns the warnings it
 * completed; `ceiling` is the newest instant a warning still to come can have; `finish` completes
 * the rest.
 */
export function createWarningGrouper(window = WARNING_WINDOW) {
  /** Choices waiting for their warning, by site, newest first. */
  const waiting = new Map<string, WarningEvent[]>();
  let position = Number.POSITIVE_INFINITY;

  /** Choices that can no longer find a warning (it would be more than `window` before them). */
  const release = (below: number): WarningEntry[] => {
    const alone: WarningEntry[] = [];
    for (const [site, choices] of waiting) {
      const keep = choices.filter((choice) => choice.at - below <= window);
      for (const choice of choices) if (choice.at - below > window) alone.push(entry([choice]));
      if (keep.length > 0) waiting.set(site, keep);
      else waiting.delete(site);
    }
    return alone;
  };

  return {
    add(event: WarningEvent): WarningEntry[] {
      position = event.at;
      const done = release(event.at);
      if (event.choice !== 'shown') {
        waiting.set(event.siteId, [...(waiting.get(event.siteId) ?? []), event]);
        return done;
      }
      const choices = waiting.get(event.siteId) ?? [];
      waiting.delete(event.siteId);
      done.push(entry([event, ...choices.reverse()]));
      return done;
    },
    ceiling(): number {
      let newest = position;
      for (const choices of waiting.values()) for (const choice of choices) newest = Math.max(newest, choice.at);
      return newest;
    },
    finish(): WarningEntry[] {
      return release(Number.NEGATIVE_INFINITY);
    },
  };
}

/** Every warning in a set of events (any order), newest first by when each was shown. */
export function groupWarnings(events: readonly WarningEvent[], window = WARNING_WINDOW): WarningEntry[] {
  const grouper = createWarningGrouper(window);
  const sorted = [...events].sort((a, b) => b.at - a.at);
  const found = [...sorted.flatMap((event) => grouper.add(event)), ...grouper.finish()];
  return found.sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

/** The choices a person makes on a warning ('shown' is Steady's own record that it showed). */
export type MadeChoice = Exclude<WarningChoice, 'shown'>;

/** The choices a person makes, in the order the warning offers them. */
export const MADE_CHOICES = WARNING_CHOICES.filter((choice): choice is MadeChoice => choice !== 'shown');

/** What changing a warning's choices writes: the events taken out, the events put in, and the warning's events after. */
export interface ChoicesChange {
  out: string[];
  into: WarningEvent[];
  events: WarningEvent[];
}

/**
 * The person says they chose `choices` on a warning: the choice events no longer among them go;
 * each choice not yet recorded is added 1 ms after the warning was shown, so it stays with that
 * warning (see the rule above); the rest stay as they were. Undefined for a warning whose showing
 * was not recorded: a choice added there would stand alone, as a warning of its own.
 */
export function changeChoices(
  entry: { events: readonly WarningEvent[] },
  choices: readonly MadeChoice[],
  now: number,
  newId: () => string,
): ChoicesChange | undefined {
  const shown = entry.events.find((event) => event.choice === 'shown');
  if (!shown) return undefined;
  const wanted = new Set<WarningChoice>(choices);
  const kept = entry.events.filter((event) => event.choice === 'shown' || wanted.has(event.choice));
  const had = new Set(kept.map((event) => event.choice));
  const into = [...wanted]
    .filter((choice) => !had.has(choice))
    .map(
      (choice): WarningEvent => ({
        id: newId(),
        at: shown.at + 1,
        siteId: shown.siteId,
        host: shown.host,
        choice,
        ...(shown.path !== undefined ? { path: shown.path } : {}),
        ...(shown.kind !== undefined ? { kind: shown.kind } : {}),
        createdAt: now,
        updatedAt: now,
      }),
    );
  const out = entry.events.filter((event) => !kept.includes(event)).map((event) => event.id);
  const events = [shown, ...into, ...kept.filter((event) => event !== shown)];
  return { out, into, events };
}
