import type { TriggerTime, TriggerTimeRule } from '@/utils/db/schema';
import {
  DAY_MINUTES,
  DAY_MS,
  dateOfDay,
  dayOfDate,
  daysInMonth,
  isEndOfDay,
  parseDate,
  weekdayOf,
} from '@/utils/time/calendar';
import { wallClockToEpoch } from '@/utils/time/wall-clock';
import { localDayNumber } from '@/utils/time/zone';

/**
 * When hard times are on: the hard-time windows (the calendar and the zone are utils/time's). Pure: the clock (epoch ms) and the IANA zone are always inputs,
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

/** The days (day numbers) in [from, to] on which a rule's window starts, ascending. */
function startDays(rule: TriggerTimeRule, from: number, to: number): number[] {
  const days: number[] = [];
  const inRange = (n: number) => n >= from && n <= to;
  switch (rule.kind) {
    case 'weekly':
      for (let n = from; n <= to; n++) if (rule.days.includes(weekdayOf(n))) days.push(n);
      break;
    case 'once': {
      const date = parseDate(rule.date);
      if (date && inRange(dayOfDate(date))) days.push(dayOfDate(date));
      break;
    }
    case 'monthly': {
      let { year, month } = dateOfDay(from);
      while (dayOfDate({ year, month, day: 1 }) <= to) {
        const last = daysInMonth(year, month);
        const clamped = new Set(rule.daysOfMonth.filter((d) => d >= 1).map((d) => Math.min(d, last)));
        for (const day of [...clamped].sort((a, b) => a - b)) {
          const n = dayOfDate({ year, month, day });
          if (inRange(n)) days.push(n);
        }
        if (month === 12) year++;
        month = (month % 12) + 1;
      }
      break;
    }
    case 'yearly': {
      if (rule.month < 1 || rule.month > 12 || rule.day < 1) break;
      for (let y = dateOfDay(from).year; y <= dateOfDay(to).year; y++) {
        const n = dayOfDate({ year: y, month: rule.month, day: Math.min(rule.day, daysInMonth(y, rule.month)) });
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
  const endMinutes = isEndOfDay(end) ? DAY_MINUTES : end;
  const endDay = endMinutes <= start ? dayNum + 1 : dayNum;
  const startAt = wallClockToEpoch(dateOfDay(dayNum), start, zone, 'first');
  const endAt = wallClockToEpoch(dateOfDay(endDay), endMinutes, zone, 'last');
  return endAt > startAt ? { id: time.id, label: time.label, start: startAt, end: endAt } : undefined;
}

/**
 * Every window, ordered by start, from those that could still be on at `now` up to the
 * look-ahead's end. Lazy: days are computed in growing chunks, so callers that stop early
 * (the usual case) stay fast.
 */
function* windowsFrom(times: readonly TriggerTime[], now: number, zone: string): Generator<ActiveWindow> {
  const today = localDayNumber(now, zone);
  let last = today + (times.some((time) => time.rule.kind !== 'once') ? CYCLE_DAYS : 1);
  for (const time of times) {
    const date = time.rule.kind === 'once' ? parseDate(time.rule.date) : undefined;
    if (date) last = Math.max(last, dayOfDate(date) + 1);
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
  const first = localDayNumber(from, zone) - 2;
  const last = localDayNumber(to, zone);
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

/** Everything the background enforces about hard times at one `now`, from one pass over the windows. */
export interface HardTimes {
  state: HardTimeState;
  /** The windows on at `now`, ordered by start (as activeWindows). */
  active: ActiveWindow[];
  /** The next instant a window starts or ends (as nextTransition). */
  next?: number;
}

/**
 * Whether a hard time is on, until when (back-to-back and overlapping windows count as one
 * hard time), when the next one starts, which windows are on and the next transition: what
 * hardTimeState, activeWindows and nextTransition say, worked out in one pass, so the
 * background computes the windows once per `now`.
 */
export function hardTimesAt(times: readonly TriggerTime[], now: number, zone: string): HardTimes {
  const active: ActiveWindow[] = [];
  let soonestEnd = Number.POSITIVE_INFINITY;
  let next: number | undefined;
  let endsAt: number | undefined;
  let nextStart: number | undefined;
  for (const window of windowsFrom(times, now, zone)) {
    if (window.start <= now) {
      if (window.end > now) {
        active.push(window);
        soonestEnd = Math.min(soonestEnd, window.end);
        endsAt = Math.max(endsAt ?? window.end, window.end);
      }
      continue;
    }
    // Every later window starts no earlier than this one.
    next ??= Math.min(window.start, soonestEnd);
    if (endsAt !== undefined && window.start <= endsAt) {
      endsAt = Math.max(endsAt, window.end);
      if (endsAt - now > CHAIN_DAYS * DAY_MS) {
        endsAt = undefined;
        break;
      }
      continue;
    }
    nextStart = window.start;
    break;
  }
  if (next === undefined && Number.isFinite(soonestEnd)) next = soonestEnd;
  const withNext = next === undefined ? {} : { next };
  if (active.length === 0)
    return { state: { on: false, ...(nextStart !== undefined && { nextStart }) }, active, ...withNext };
  const current = active.reduce((latest, w) => (w.start > latest.start ? w : latest));
  const state: HardTimeState = {
    on: true,
    ...(endsAt !== undefined && { endsAt }),
    ...(nextStart !== undefined && { nextStart }),
    current,
  };
  return { state, active, ...withNext };
}

/**
 * Whether a hard time is on, until when (back-to-back and overlapping windows count as one
 * hard time) and when the next one starts.
 */
export function hardTimeState(times: readonly TriggerTime[], now: number, zone: string): HardTimeState {
  return hardTimesAt(times, now, zone).state;
}
