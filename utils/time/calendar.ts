/**
 * The calendar: civil dates (what a calendar shows, no zone), day numbers and day keys, the
 * weekday, and the units of time, each declared here once. Pure, and free of any zone: a day
 * number is days since 1970-01-01 on the calendar, never an instant (utils/time/zone.ts maps
 * one to the other).
 */

export const SECOND_MS = 1000;
export const MINUTE_MS = 60 * SECOND_MS;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
export const WEEK_MS = 7 * DAY_MS;
/** Minutes in a day on the wall clock: a wall-clock time is 0..1439 minutes after midnight. */
export const DAY_MINUTES = 24 * 60;
/**
 * An end written as 23:59 means the end of the day (midnight), for every window the person
 * writes on the wall clock (hard times, a person's hours): 00:00–23:59 is all day.
 */
export const END_OF_DAY_MINUTES = DAY_MINUTES - 1;

/** Whether a window's end is the end of the day (see END_OF_DAY_MINUTES). */
export const isEndOfDay = (minutes: number): boolean => minutes === END_OF_DAY_MINUTES;

/** A calendar date; month is 1..12. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

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

/** The day number (days since 1970-01-01) of a civil date, safe for every four-digit year. */
export function dayOfDate(date: CivilDate): number {
  const d = new Date(0);
  d.setUTCFullYear(date.year, date.month - 1, date.day);
  return Math.round(d.getTime() / DAY_MS);
}

/** The civil date of a day number. */
export function dateOfDay(day: number): CivilDate {
  const d = new Date(day * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday .. 6 = Saturday for a day number (day 0, 1970-01-01, was a Thursday). The one weekday. */
export const weekdayOf = (day: number): number => (((day + 4) % 7) + 7) % 7;

/** The Monday (day number) of the week a day is in: local weeks start on Monday. */
export const mondayOf = (day: number): number => day - ((weekdayOf(day) + 6) % 7);

/** A day number as its key, YYYY-MM-DD. */
export function dayKey(day: number): string {
  const { year, month, day: d } = dateOfDay(day);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A day number for a YYYY-MM-DD key (a daily check-in's id); undefined unless it is a real date. */
export function dayFromKey(key: string): number | undefined {
  const date = parseDate(key);
  return date ? dayOfDate(date) : undefined;
}
