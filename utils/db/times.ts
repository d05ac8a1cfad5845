import { type Problem, problem } from '@/utils/problems';
import { daysInMonth, parseDate } from '@/utils/time/calendar';
import { createRepo, type RepoOptions } from './repo';
import type { TriggerTime } from './schema';
import { isInt, isText } from './validate';

const isMinute = (value: unknown) => isInt(value, 0, 24 * 60 - 1);

/** A once-date must be on the calendar: no 30 February, no 31 April (the month, year and its days go with it). */
function checkDate(date: unknown): Problem | undefined {
  if (typeof date !== 'string') return problem('time-date');
  const match = /^(\d{4})-(\d{2})-\d{2}$/.exec(date);
  const [year, month] = [Number(match?.[1]), Number(match?.[2])];
  if (!match || !isInt(month, 1, 12)) return problem('time-date');
  if (parseDate(date)) return undefined;
  return problem('time-not-on-calendar', month, year, daysInMonth(year, month));
}

/** A yearly day must exist in its month; 29 February is allowed (28 February in other years). */
function checkDayOfYear(month: unknown, day: unknown): Problem | undefined {
  if (!isInt(month, 1, 12) || !isInt(day, 1, 31)) return problem('time-day-of-year');
  const longest = daysInMonth(2000, month);
  return day <= longest ? undefined : problem('time-month-too-short', month, longest);
}

/** The first problem with a hard time; undefined when it makes sense. */
export function checkTime(time: TriggerTime): Problem | undefined {
  if (!isText(time.label, 100) || time.label.trim() === '') return problem('time-no-label');
  if (time.source !== undefined && time.source !== 'person' && time.source !== 'suggested') {
    return problem('time-source');
  }
  const rule = time.rule;
  if (!rule || !isMinute(rule.start) || !isMinute(rule.end)) return problem('time-times');
  if (rule.start === rule.end) return problem('time-differ');
  switch (rule.kind) {
    case 'weekly':
      if (!Array.isArray(rule.days) || rule.days.length === 0 || !rule.days.every((d) => isInt(d, 0, 6))) {
        return problem('time-weekday');
      }
      return undefined;
    case 'once':
      return checkDate(rule.date);
    case 'monthly':
      if (!Array.isArray(rule.daysOfMonth) || rule.daysOfMonth.length === 0) return problem('time-day-of-month');
      return rule.daysOfMonth.every((d) => isInt(d, 1, 31)) ? undefined : problem('time-day-of-month');
    case 'yearly':
      return checkDayOfYear(rule.month, rule.day);
    default:
      return problem('time-kind');
  }
}

/** Hard times the person named. */
export function timesRepo(options: RepoOptions = {}) {
  return createRepo('times', checkTime, options);
}
