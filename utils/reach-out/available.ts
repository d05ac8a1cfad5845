import { CHANNELS, type Channel, isChannel } from '@/utils/reach-out/channels';
import { type LinkProblem, reachLink } from '@/utils/reach-out/links';
import { DAY_MINUTES, dayOfDate, isEndOfDay, weekdayOf } from '@/utils/time/calendar';
import { localParts } from '@/utils/time/zone';

/**
 * Which support person to reach now, and how. Pure: the clock (epoch ms) and the zone are
 * inputs; the wall clock is read with utils/time, as hard times read it.
 */

/**
 * When a person is glad to be reached, on the wall clock. Windows follow the hard-time rules:
 * an end at or before the start crosses midnight (Friday 22:00–02:00 covers Saturday 01:00),
 * and an end of 23:59 means midnight.
 */
export interface Hours {
  /** The days a window starts on, 0 = Sunday … 6 = Saturday. */
  days: number[];
  /** Minutes after midnight, 0–1439. */
  start: number;
  /** Minutes after midnight, 0–1439. */
  end: number;
}

/** What picking a person needs to know of them (the stored contact will carry more). */
export interface ReachContact {
  id: string;
  name: string;
  /** The person's address on each channel: E.164 phones, an email address, a Telegram name. */
  ways: Partial<Record<Channel, string>>;
  preferred?: Channel;
  hours?: Hours;
  /** The zone their hours are in, when it is not the person's own (a sponsor far away). */
  zone?: string;
  /** Their own words to send, instead of the default message; an empty one sends none. */
  message?: string;
}

/** The person to reach and the link that reaches them. */
export interface ReachOut {
  contactId: string;
  name: string;
  channel: Channel;
  href: string;
  /** The address the link reaches (a number can also be shown large, and copied). */
  address: string;
}

const isMinute = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < DAY_MINUTES;

/** Hours as stored could be anything; a window that makes no sense never fits. */
const isHours = (hours: Hours): boolean =>
  Array.isArray(hours.days) &&
  hours.days.every((day) => Number.isInteger(day) && day >= 0 && day <= 6) &&
  isMinute(hours.start) &&
  isMinute(hours.end);

/**
 * Whether `now` falls in the hours, read on the wall clock of `zone` (IANA), so a window keeps
 * its wall-clock times across DST changes. No hours means any time. An unknown zone or hours
 * that make no sense never fit.
 */
export function isAvailable(hours: Hours | undefined, now: number, zone: string): boolean {
  if (hours === undefined) return true;
  if (!isHours(hours)) return false;
  let local: ReturnType<typeof localParts>;
  try {
    local = localParts(now, zone);
  } catch {
    return false;
  }
  const today = weekdayOf(dayOfDate(local));
  const yesterday = (today + 6) % 7;
  const end = isEndOfDay(hours.end) ? DAY_MINUTES : hours.end;
  const { start } = hours;
  const { minutes } = local;
  if (end > start) return hours.days.includes(today) && minutes >= start && minutes < end;
  // Crosses midnight: the part before midnight today, or the part after a window begun yesterday.
  return (hours.days.includes(today) && minutes >= start) || (hours.days.includes(yesterday) && minutes < end);
}

/** Problems of the words rather than of the address: the link is then made without them. */
const WORD_PROBLEMS: ReadonlySet<LinkProblem> = new Set(['invalid-message', 'message-too-long', 'invalid-subject']);

/** A link for one way, leaving out words that cannot go in a link rather than the person. */
function linkFor(channel: Channel, address: string, message?: string, subject?: string): string | undefined {
  const link = reachLink(channel, address, message, subject);
  if (link.ok) return link.href;
  if (!WORD_PROBLEMS.has(link.problem)) return undefined;
  const bare = reachLink(channel, address);
  return bare.ok ? bare.href : undefined;
}

/** Every way a person can be reached, each with its link: the preferred first, then in CHANNELS order. */
export function waysFor(
  contact: ReachContact,
  message?: string,
  subject?: string,
): Array<{ channel: Channel; href: string; address: string }> {
  const preferred = isChannel(contact.preferred) ? contact.preferred : undefined;
  const order = preferred ? [preferred, ...CHANNELS.filter((channel) => channel !== preferred)] : CHANNELS;
  const words = contact.message ?? message;
  return order.flatMap((channel) => {
    const address = contact.ways[channel];
    const href = address === undefined ? undefined : linkFor(channel, address, words, subject);
    return href && address !== undefined ? [{ channel, href, address }] : [];
  });
}

/**
 * Who to reach now: contacts are in the person's order; the first whose hours fit now (read in
 * the contact's zone if they have one, else `zone`), else the first of all. A contact with no
 * way that makes a safe link is skipped. Undefined when nobody can be reached.
 * `message` is the default words (a contact's own replace them); `subject` is for email.
 */
export function pickReachOut(
  contacts: readonly ReachContact[],
  now: number,
  zone: string,
  message?: string,
  subject?: string,
): ReachOut | undefined {
  let first: ReachOut | undefined;
  for (const contact of contacts) {
    const [way] = waysFor(contact, message, subject);
    if (!way) continue;
    const pick: ReachOut = { contactId: contact.id, name: contact.name, ...way };
    if (isAvailable(contact.hours, now, contact.zone ?? zone)) return pick;
    first ??= pick;
  }
  return first;
}

/** A support person as the reach-out screens list them: every way, with its link. */
export interface PersonToReach {
  id: string;
  name: string;
  ways: Array<{ channel: Channel; href: string; address: string }>;
  /** Whether their hours fit now (no hours: any time). */
  available: boolean;
}

/**
 * What "reach out" offers: the first person to reach now and their way (see pickReachOut), and
 * every person with every way that makes a link, in the person's order (for "more").
 */
export function reachView(
  contacts: readonly ReachContact[],
  now: number,
  zone: string,
  message?: string,
  subject?: string,
): { first?: ReachOut; people: PersonToReach[] } {
  const first = pickReachOut(contacts, now, zone, message, subject);
  const people = contacts.map((contact) => ({
    id: contact.id,
    name: contact.name,
    ways: waysFor(contact, message, subject),
    available: isAvailable(contact.hours, now, contact.zone ?? zone),
  }));
  return first ? { first, people } : { people };
}
