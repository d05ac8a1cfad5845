import { dateOfDay, daysInMonth } from '@/utils/time/calendar';

/**
 * Today's milestone of the current stretch, if today is one: a calm line in the popup, never a
 * countdown (the next one is never named). Pure: it takes local day numbers (utils/time/zone.ts
 * localDayNumber), so a DST change never makes a day of 23 or 25 hours count wrong.
 */
export type Milestone = { days: number } | { years: number };

/** The days that are milestones in the first year (I Am Sober's and Nomo's, as issue #20 lists them). */
export const MILESTONE_DAYS: readonly number[] = [1, 7, 14, 30, 60, 90, 180, 365];

/**
 * The milestone the stretch that started on local day `startDay` reaches on local day `today`.
 * A year is the calendar's: the same month and day, N years on (a stretch that began on 29
 * February has its anniversary on 28 February in other years, the last day of that month). When
 * a year and 365 days fall on the same day, the year is named; across a 29 February they are two
 * days, and each is named on its own day.
 */
export function milestoneOn(startDay: number, today: number): Milestone | undefined {
  const days = today - startDay;
  if (days < 1) return undefined;
  const start = dateOfDay(startDay);
  const now = dateOfDay(today);
  const years = now.year - start.year;
  const anniversary = Math.min(start.day, daysInMonth(now.year, start.month));
  if (years >= 1 && now.month === start.month && now.day === anniversary) return { years };
  return MILESTONE_DAYS.includes(days) ? { days } : undefined;
}
