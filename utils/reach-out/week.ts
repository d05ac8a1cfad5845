import type { Contact, Urge } from '@/utils/db/schema';
import { type LinkResult, reachLink } from '@/utils/reach-out/links';
import { dayKey } from '@/utils/time/calendar';
import { dayStart } from '@/utils/time/wall-clock';
import { localDayNumber } from '@/utils/time/zone';

/** "Send my week to …": the days it covers, today and the six before, in the person's zone. */
export const WEEK_DAYS = 7;
/** At most this many of the person's notes go in, each cut to NOTE_CHARS (only when they choose). */
export const WEEK_NOTES = 5;
export const NOTE_CHARS = 140;

/** What a week's message says: figures only, and the person's notes only when they choose. */
export interface WeekFacts {
  /** The first and last day (YYYY-MM-DD) of the week. */
  from: string;
  to: string;
  urges: number;
  /** Of them, ridden out, and reached out about (their outcomes: what helped). */
  rodeOut: number;
  reachedOut: number;
  /** Days in the current stretch, when the person shows the days counter. */
  stretch?: number;
  /** The person's notes on those urges, oldest first, when they chose to include them. */
  notes: string[];
}

/** The instant the week starts: midnight of the day six days before today, in `zone`. */
export function weekStart(now: number, zone: string): number {
  return dayStart(localDayNumber(now, zone) - (WEEK_DAYS - 1), zone);
}

/**
 * The facts of the last 7 days from the urges (any order; those outside the week are left out).
 * Pure: a person's notes come in only with `withNotes`, a few, each cut short.
 */
export function weekFacts(
  urges: readonly Pick<Urge, 'at' | 'outcome' | 'note'>[],
  now: number,
  zone: string,
  options: { stretch?: number; withNotes?: boolean } = {},
): WeekFacts {
  const start = weekStart(now, zone);
  const inWeek = urges.filter((urge) => urge.at >= start && urge.at <= now).sort((a, b) => a.at - b.at);
  const today = localDayNumber(now, zone);
  const notes = options.withNotes
    ? inWeek
        .map((urge) => urge.note?.replace(/\s+/g, ' ').trim() ?? '')
        .filter((note) => note !== '')
        .slice(-WEEK_NOTES)
        .map((note) => (note.length > NOTE_CHARS ? `${note.slice(0, NOTE_CHARS - 1).trimEnd()}…` : note))
    : [];
  return {
    from: dayKey(today - (WEEK_DAYS - 1)),
    to: dayKey(today),
    urges: inWeek.length,
    rodeOut: inWeek.filter((urge) => urge.outcome === 'rode-it-out').length,
    reachedOut: inWeek.filter((urge) => urge.outcome === 'reached-out').length,
    ...(options.stretch !== undefined ? { stretch: options.stretch } : {}),
    notes,
  };
}

/** The two ways a week is sent: a text message or an email, which the person reads and sends. */
export type WeekChannel = 'text' | 'email';

/** One of the person's people a week can go to, and by which ways. */
export interface WeekTarget {
  contactId: string;
  name: string;
  ways: { channel: WeekChannel; address: string }[];
}

/** The people with a number to text (their texting number, else their calling one) or an email, in their order. */
export function weekTargets(people: readonly Pick<Contact, 'id' | 'name' | 'ways'>[]): WeekTarget[] {
  return people.flatMap((person) => {
    const phone = person.ways.text ?? person.ways.call;
    const ways = [
      ...(phone ? [{ channel: 'text' as const, address: phone }] : []),
      ...(person.ways.email ? [{ channel: 'email' as const, address: person.ways.email }] : []),
    ];
    return ways.length > 0 ? [{ contactId: person.id, name: person.name, ways }] : [];
  });
}

/** The sms: or mailto: link of the text as the person left it (every part encoded and checked by reachLink). */
export function weekLink(way: WeekTarget['ways'][number], text: string, subject: string): LinkResult {
  return reachLink(way.channel, way.address, text, way.channel === 'email' ? subject : undefined);
}
