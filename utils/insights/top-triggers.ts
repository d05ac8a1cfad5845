import type { Lapse, Urge } from '@/utils/db/schema';
import { createLocalClock, type LocalClock } from '@/utils/time/clock';
import { type Basis, createSpan } from './basis';

/**
 * Enough to rank triggers: at least 5 urges or lapses that name one, over at least 7 days. Below
 * that a ranking is one bad afternoon, not what tends to set the person off.
 */
export const TRIGGERS_MIN_ENTRIES = 5;
export const TRIGGERS_MIN_DAYS = 7;

/** How often one trigger came up: as the person wrote it, a HALT id (`lonely`) or a site's host. */
export interface TriggerCount {
  trigger: string;
  urges: number;
  lapses: number;
  total: number;
}

/** The triggers, most first. */
export interface TopTriggers {
  /** Most first; equal totals in the order of the trigger's text. */
  triggers: TriggerCount[];
  /** Entries: the urges and lapses that name at least one trigger (a lapse after a logged urge is that urge's entry). */
  basis: Basis;
}

/** Counts the triggers of urges and lapses, one record at a time. */
export function createTopTriggers(clock: LocalClock) {
  const counts = new Map<string, TriggerCount>();
  const span = createSpan();
  /** `again`: the same moment as an entry already counted (a lapse after a logged urge): its column only. */
  const count = (record: { at: number; triggers?: readonly string[] }, kind: 'urges' | 'lapses', again = false) => {
    const triggers = record.triggers;
    if (!triggers || triggers.length === 0) return;
    if (!again) span.add(record.at);
    for (let i = 0; i < triggers.length; i++) {
      const trigger = triggers[i] as string;
      // A trigger named twice in one record counts once.
      if (triggers.indexOf(trigger) !== i) continue;
      let row = counts.get(trigger);
      if (!row) {
        row = { trigger, urges: 0, lapses: 0, total: 0 };
        counts.set(trigger, row);
      }
      row[kind]++;
      if (!again) row.total++;
    }
  };
  return {
    addUrge: (urge: Pick<Urge, 'at' | 'triggers'>) => count(urge, 'urges'),
    /** A lapse after a logged urge is one moment with it: counted among lapses, not again in the total. */
    addLapse: (lapse: Pick<Lapse, 'at' | 'triggers' | 'urgeId'>) => count(lapse, 'lapses', lapse.urgeId !== undefined),
    result(): TopTriggers {
      const triggers = [...counts.values()]
        .map((row) => ({ ...row }))
        .sort((a, b) => b.total - a.total || (a.trigger < b.trigger ? -1 : a.trigger > b.trigger ? 1 : 0));
      const days = span.days(clock);
      return {
        triggers,
        basis: {
          entries: span.entries,
          days,
          enough: span.entries >= TRIGGERS_MIN_ENTRIES && days >= TRIGGERS_MIN_DAYS,
        },
      };
    },
  };
}

/** The triggers that come up most in some urges and lapses. */
export function topTriggers(
  urges: readonly Pick<Urge, 'at' | 'triggers'>[],
  lapses: readonly Pick<Lapse, 'at' | 'triggers' | 'urgeId'>[],
  zone: string,
): TopTriggers {
  const counter = createTopTriggers(createLocalClock(zone));
  for (const urge of urges) counter.addUrge(urge);
  for (const lapse of lapses) counter.addLapse(lapse);
  return counter.result();
}
