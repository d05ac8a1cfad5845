import { type Problem, problem } from '@/utils/problems';
import { dayFromKey, dayKey } from '@/utils/time/calendar';
import { dayStart } from '@/utils/time/wall-clock';
import { localDayNumber } from '@/utils/time/zone';

/**
 * Which part of the history to show: the last 7, 30 or 90 days (today included), all of it, or
 * the dates the person chose. Pure: the clock and the zone are inputs.
 */
export const PERIOD_CHOICES = ['last-7', 'last-30', 'last-90', 'all', 'dates'] as const;
export type PeriodChoice = (typeof PERIOD_CHOICES)[number];

/** A period as the filter holds it; `from` and `to` (YYYY-MM-DD, both days included) only for 'dates'. */
export interface Period {
  choice: PeriodChoice;
  from?: string;
  to?: string;
}

/**
 * A period as instants, [from, to), and as local days, [fromDay, toDay) (YYYY-MM-DD; toDay is
 * the first day after it). A bound left out is open. A day starts at its first instant on the
 * wall clock, so days of 23 or 25 hours (and a day a zone skipped) are whole days.
 */
export interface PeriodRange {
  from?: number;
  to?: number;
  fromDay?: string;
  toDay?: string;
}

export type PeriodResult = { ok: true; range: PeriodRange } | { ok: false; problem: Problem; field: 'from' | 'to' };

const LAST_DAYS: Partial<Record<PeriodChoice, number>> = { 'last-7': 7, 'last-30': 30, 'last-90': 90 };
/** The instants [start, end) of a local day (YYYY-MM-DD) in a zone; undefined unless it is a real date. */
export function dayBounds(key: string, zone: string): [number, number] | undefined {
  const day = dayFromKey(key);
  return day === undefined ? undefined : [dayStart(day, zone), dayStart(day + 1, zone)];
}

/** Whole local days [first, afterLast) as a range. */
function days(first: number | undefined, afterLast: number | undefined, zone: string): PeriodRange {
  return {
    ...(first !== undefined ? { from: dayStart(first, zone), fromDay: dayKey(first) } : {}),
    ...(afterLast !== undefined ? { to: dayStart(afterLast, zone), toDay: dayKey(afterLast) } : {}),
  };
}

/**
 * The instants and days a period covers at `now` in `zone`. "Last 7 days" is today and the six
 * days before, on the wall clock. Dates the person chose may leave either end open; a date that
 * is not on the calendar, or an end before the start, is refused with a problem and the field.
 */
export function periodRange(period: Period, now: number, zone: string): PeriodResult {
  const last = LAST_DAYS[period.choice];
  if (last !== undefined) {
    const today = localDayNumber(now, zone);
    return { ok: true, range: days(today - last + 1, today + 1, zone) };
  }
  if (period.choice !== 'dates') return { ok: true, range: {} };
  const from = period.from ? dayFromKey(period.from) : undefined;
  const to = period.to ? dayFromKey(period.to) : undefined;
  if (period.from && from === undefined) return { ok: false, problem: problem('history-date'), field: 'from' };
  if (period.to && to === undefined) return { ok: false, problem: problem('history-date'), field: 'to' };
  if (from !== undefined && to !== undefined && to < from) {
    return { ok: false, problem: problem('history-dates-order'), field: 'to' };
  }
  return { ok: true, range: days(from, to === undefined ? undefined : to + 1, zone) };
}

/** Whether an instant lies in a range. */
export const inRange = (range: PeriodRange, at: number): boolean =>
  (range.from === undefined || at >= range.from) && (range.to === undefined || at < range.to);

/** A day `n` days before or after a YYYY-MM-DD day (for the dates a filter starts with). */
export function shiftDay(key: string, n: number): string | undefined {
  const day = dayFromKey(key);
  return day === undefined ? undefined : dayKey(day + n);
}
