import { type CivilDate, dayOfDate, SECOND_MS } from './calendar';

/**
 * The zone: the one place that reads the person's time zone from the environment, and the
 * wall clock of a zone at an instant (the way back, wall clock to instant, is in wall-clock.ts). Everything else receives
 * the zone as an input (tests/unit/house.test.ts fails a file outside utils/time that reads it).
 */

/** The person's current time zone (IANA), as the browser reports it where this runs. */
export function systemZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Throws RangeError for a zone the runtime does not know. */
function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The wall clock at an instant in a zone, to the second, as if it were UTC. */
function wallAsUtc(epoch: number, zone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatter(zone).formatToParts(epoch)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const d = new Date(0);
  d.setUTCFullYear(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1);
  d.setUTCHours(parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
  return d.getTime();
}

/** The zone's offset from UTC at an instant, in ms (New York in winter: -5 h). */
export function zoneOffset(epoch: number, zone: string): number {
  return wallAsUtc(epoch, zone) - (epoch - (((epoch % SECOND_MS) + SECOND_MS) % SECOND_MS));
}

/** The date and the minutes after midnight that the wall clock shows at an instant. */
export function localParts(epoch: number, zone: string): CivilDate & { minutes: number } {
  const d = new Date(wallAsUtc(epoch, zone));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    minutes: d.getUTCHours() * 60 + d.getUTCMinutes(),
  };
}

/** The local day at an instant in a zone, as a day number (days since 1970-01-01), for counting days. */
export function localDayNumber(epoch: number, zone: string): number {
  return dayOfDate(localParts(epoch, zone));
}
