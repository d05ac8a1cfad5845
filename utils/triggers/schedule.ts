import type { TriggerTime, TriggerTimeRule } from '@/utils/db/schema';

/**
 * When hard times are on. Pure: the clock (epoch ms) and the IANA zone are always inputs,
 * nothing here reads Date.now() or the system zone. A hard time is wall-clock in the
 * person's current zone, so DST never shifts it.
 *
 * Rules, each tested in tests/unit/schedule.test.ts:
 * - A window is [start, end): on at its start, off at its end.
 * - An end at or before the start crosses midnight: Friday 22:00–02:00 ends Saturday 02:00,
 *   Sunday 23:00–01:00 ends Monday 01:00.
 * - An end of 23:59 means the end of the day (midnight): 00:00–23:59 is all day, and
 *   back-to-back all-day windows leave no one-minute gap.
 * - Monthly days a month lacks fall on its last day: the 31st is 30 April and 28 (or 29)
 *   February; the 29th, 30th and 31st all land on 28 February once, not three times.
 * - Yearly 29 February falls on 28 February in years without one.
 * - DST gap (spring forward): a start or an end at a wall time that does not exist is the
 *   first instant after the gap (02:30 on the US spring-forward night is 03:00 EDT). A
 *   window wholly inside the gap does not happen that night.
 * - DST overlap (fall back): a start at a wall time that happens twice is its FIRST
 *   occurrence and an end is its LAST, so the window covers every moment the clock shows a
 *   time inside it and is never split: 00:00–03:00 lasts four real hours that night.
 * - A once-date in the past is never active again.
 */

const MINUTE = 60_000;
const DAY = 86_400_000;
const DAY_MINUTES = 24 * 60;
/** An end of 23:59 is read as 24:00 (Minutes stop at 1439). */
const END_OF_DAY = DAY_MINUTES - 1;
/**
 * How far ahead a recurring rule is searched for its next window: one whole cycle of the
 * Gregorian calendar (400 years, 146,097 days). A zone's daylight-saving rules are yearly rules
 * that repeat with the calendar, so a rule with no window in a whole cycle (every one of them
 * inside a DST gap) has none at all. A yearly window can fall in a gap several years running
 * (Asia/Tehran, 22 March 00:00–01:00, 2013–2015), so no shorter horizon is safe. The search is
 * lazy: a rule with a window soon never looks that far.
 */
const CYCLE_DAYS = 146_097;
/** Back-to-back hard times longer than this report no end (endsAt left out). */
const CHAIN_DAYS = 35;

/** A calendar date; month is 1..12. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** One occurrence of a hard time, as real instants. */
export interface ActiveWindow {
  id: string;
  label: string;
  /** Epoch ms, inclusive. */
  start: number;
  /** Epoch ms, exclusive. */
  end: number;
}

/** What the popup and the background need to know right now. */
export interface HardTimeState {
  on: boolean;
  /** When the current hard time (with any back-to-back or overlapping ones) ends. */
  endsAt?: number;
  /** The start of the next hard time after the current one (or after now, when off). */
  nextStart?: number;
  /** The active window that began most recently. */
  current?: ActiveWindow;
}

/** A stable name for one window: the time's id and its start. */
export const windowKey = (window: Pick<ActiveWindow, 'id' | 'start'>): string => `${window.id}@${window.start}`;

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Days in a month of a year (month 1..12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Reads 'YYYY-MM-DD' strictly; undefined unless it is a real calendar date. */
export function parseDate(text: string): CivilDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** Midnight UTC of a civil date, as epoch ms (safe for every four-digit year). */
function utcMidnight(date: CivilDate): number {
  const d = new Date(0);
  d.setUTCFullYear(date.year, date.month - 1, date.day);
  return d.getTime();
}

const dayNumber = (date: CivilDate) => Math.round(utcMidnight(date) / DAY);

function civil(dayNum: number): CivilDate {
  const d = new Date(dayNum * DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday .. 6 = Saturday; day 0 (1970-01-01) was a Thursday. */
const weekday = (dayNum: number) => (((dayNum + 4) % 7) + 7) % 7;

/** An end of 23:59 means the end of the day (midnight), as everywhere in the schedule. */
export const isEndOfDay = (minutes: number) => minutes === END_OF_DAY;

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
  return wallAsUtc(epoch, zone) - (epoch - (((epoch % 1000) + 1000) % 1000));
}

/** The local day at an instant in a zone, as a day number (days since 1970-01-01), for counting days. */
export function localDayNumber(epoch: number, zone: string): number {
  return dayNumber(localParts(epoch, zone));
}

/** A day number as YYYY-MM-DD. */
export function dayKey(day: number): string {
  const { year, month, day: d } = civil(day);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
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

/**
 * The instant a wall-clock time on a date happens in a zone. `minutes` may be 1440 (the
 * next midnight). A time in a DST gap gives the first instant after the gap; a time that
 * happens twice gives its first occurrence, or its last with `occurrence: 'last'`.
 */
export function wallClockToEpoch(
  date: CivilDate,
  minutes: number,
  zone: string,
  occurrence: 'first' | 'last' = 'first',
): number {
  const naive = utcMidnight(date) + minutes * MINUTE;
  // At most one offset change within a day either side: try the offset before and after.
  const offsets = new Set([zoneOffset(naive - DAY, zone), zoneOffset(naive + DAY, zone)]);
  const candidates = [...offsets].map((offset) => naive - offset);
  const valid = candidates.filter((t) => zoneOffset(t, zone) === naive - t);
  if (valid.length > 0) return occurrence === 'first' ? Math.min(...valid) : Math.max(...valid);
  // In a gap: find the transition, the first instant whose offset differs, to the second.
  let lo = Math.min(...candidates);
  let hi = Math.max(...candidates);
  const before = zoneOffset(lo, zone);
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (zoneOffset(mid, zone) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** The days (day numbers) in [from, to] on which a rule's window starts, ascending. */
function startDays(rule: TriggerTimeRule, from: number, to: number): number[] {
  const days: number[] = [];
  const inRange = (n: number) => n >= from && n <= to;
  switch (rule.kind) {
    case 'weekly':
      for (let n = from; n <= to; n++) if (rule.days.includes(weekday(n))) days.push(n);
      break;
    case 'once': {
      const date = parseDate(rule.date);
      if (date && inRange(dayNumber(date))) days.push(dayNumber(date));
      break;
    }
    case 'monthly': {
      let { year, month } = civil(from);
      while (dayNumber({ year, month, day: 1 }) <= to) {
        const last = daysInMonth(year, month);
        const clamped = new Set(rule.daysOfMonth.filter((d) => d >= 1).map((d) => Math.min(d, last)));
        for (const day of [...clamped].sort((a, b) => a - b)) {
          const n = dayNumber({ year, month, day });
          if (inRange(n)) days.push(n);
        }
        if (month === 12) year++;
        month = (month % 12) + 1;
      }
      break;
    }
    case 'yearly': {
      if (rule.month < 1 || rule.month > 12 || rule.day < 1) break;
      for (let y = civil(from).year; y <= civil(to).year; y++) {
        const n = dayNumber({ year: y, month: rule.month, day: Math.min(rule.day, daysInMonth(y, rule.month)) });
        if (inRange(n)) days.push(n);
      }
      break;
    }
  }
  return days;
}

/** The window a time starts on a day, or undefined when it is empty (inside a DST gap). */
function windowOn(time: TriggerTime, dayNum: number, zone: string): ActiveWindow | undefined {
  const { start, end } = time.rule;
  const endMinutes = end === END_OF_DAY ? DAY_MINUTES : end;
  const endDay = endMinutes <= start ? dayNum + 1 : dayNum;
  const startAt = wallClockToEpoch(civil(dayNum), start, zone, 'first');
  const endAt = wallClockToEpoch(civil(endDay), endMinutes, zone, 'last');
  return endAt > startAt ? { id: time.id, label: time.label, start: startAt, end: endAt } : undefined;
}

/**
 * Every window, ordered by start, from those that could still be on at `now` up to the
 * look-ahead's end. Lazy: days are computed in growing chunks, so callers that stop early
 * (the usual case) stay fast.
 */
function* windowsFrom(times: readonly TriggerTime[], now: number, zone: string): Generator<ActiveWindow> {
  const today = dayNumber(localParts(now, zone));
  let last = today + (times.some((time) => time.rule.kind !== 'once') ? CYCLE_DAYS : 1);
  for (const time of times) {
    const date = time.rule.kind === 'once' ? parseDate(time.rule.date) : undefined;
    if (date) last = Math.max(last, dayNumber(date) + 1);
  }
  // Windows last under a day (plus an hour of DST), so none that began before yesterday is on.
  let from = today - 2;
  let span = 10;
  while (from <= last) {
    const to = Math.min(last, from + span);
    const chunk: ActiveWindow[] = [];
    for (const time of times) {
      for (const n of startDays(time.rule, from, to)) {
        const window = windowOn(time, n, zone);
        if (window) chunk.push(window);
      }
    }
    chunk.sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id));
    yield* chunk;
    from = to + 1;
    span *= 4;
  }
}

/**
 * Every window that overlaps [from, to), ordered by start: the hard times as they fell over a
 * stretch of the past (insights ask which urges a hard time already covered). Eager, so keep
 * the stretch short (weeks, not years).
 */
export function windowsBetween(times: readonly TriggerTime[], from: number, to: number, zone: string): ActiveWindow[] {
  // Windows last under a day (plus an hour of DST): one that began two days before `from` is over.
  const first = dayNumber(localParts(from, zone)) - 2;
  const last = dayNumber(localParts(to, zone));
  const found: ActiveWindow[] = [];
  for (const time of times) {
    for (const n of startDays(time.rule, first, last)) {
      const window = windowOn(time, n, zone);
      if (window && window.end > from && window.start < to) found.push(window);
    }
  }
  return found.sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id));
}

/** The hard-time windows on at `now`, ordered by start. */
export function activeWindows(times: readonly TriggerTime[], now: number, zone: string): ActiveWindow[] {
  const active: ActiveWindow[] = [];
  for (const window of windowsFrom(times, now, zone)) {
    if (window.start > now) break;
    if (window.end > now) active.push(window);
  }
  return active;
}

/**
 * The next instant after `now` at which any window starts or ends, for the one alarm the
 * background keeps; undefined when no hard time lies ahead.
 */
export function nextTransition(times: readonly TriggerTime[], now: number, zone: string): number | undefined {
  let soonestEnd = Number.POSITIVE_INFINITY;
  for (const window of windowsFrom(times, now, zone)) {
    // Every later window starts no earlier than this one.
    if (window.start > now) return Math.min(window.start, soonestEnd);
    if (window.end > now) soonestEnd = Math.min(soonestEnd, window.end);
  }
  return Number.isFinite(soonestEnd) ? soonestEnd : undefined;
}

/**
 * Whether a hard time is on, until when (back-to-back and overlapping windows count as one
 * hard time) and when the next one starts.
 */
export function hardTimeState(times: readonly TriggerTime[], now: number, zone: string): HardTimeState {
  const active: ActiveWindow[] = [];
  let endsAt: number | undefined;
  let nextStart: number | undefined;
  for (const window of windowsFrom(times, now, zone)) {
    if (window.start <= now) {
      if (window.end > now) {
        active.push(window);
        endsAt = Math.max(endsAt ?? window.end, window.end);
      }
      continue;
    }
    if (endsAt !== undefined && window.start <= endsAt) {
      endsAt = Math.max(endsAt, window.end);
      if (endsAt - now > CHAIN_DAYS * DAY) {
        endsAt = undefined;
        break;
      }
      continue;
    }
    nextStart = window.start;
    break;
  }
  if (active.length === 0) return { on: false, ...(nextStart !== undefined && { nextStart }) };
  const current = active.reduce((latest, w) => (w.start > latest.start ? w : latest));
  return {
    on: true,
    ...(endsAt !== undefined && { endsAt }),
    ...(nextStart !== undefined && { nextStart }),
    current,
  };
}
