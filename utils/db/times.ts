import { copy } from '@/utils/copy';
import { daysInMonth, parseDate } from '@/utils/triggers/schedule';
import { createRepo, type RepoOptions } from './repo';
import type { TriggerTime } from './schema';
import { isInt, isText } from './validate';

const isMinute = (value: unknown) => isInt(value, 0, 24 * 60 - 1);

const { problems } = copy.hardTimes;
const monthName = (month: number) => copy.hardTimes.rule.monthNames[month - 1] ?? '';

/** A once-date must be on the calendar: no 30 February, no 31 April. */
function checkDate(date: unknown): string | undefined {
  if (typeof date !== 'string') return problems.date;
  const match = /^(\d{4})-(\d{2})-\d{2}$/.exec(date);
  const [year, month] = [Number(match?.[1]), Number(match?.[2])];
  if (!match || !isInt(month, 1, 12)) return problems.date;
  if (parseDate(date)) return undefined;
  return copy.hardTimes.problems.notOnCalendar(monthName(month), year, daysInMonth(year, month));
}

/** A yearly day must exist in its month; 29 February is allowed (28 February in other years). */
function checkDayOfYear(month: unknown, day: unknown): string | undefined {
  if (!isInt(month, 1, 12) || !isInt(day, 1, 31)) return problems.dayOfYear;
  const longest = daysInMonth(2000, month);
  return day <= longest ? undefined : copy.hardTimes.problems.monthTooShort(monthName(month), longest);
}

/** The first problem with a hard time, in plain words; undefined when it makes sense. */
export function checkTime(time: TriggerTime): string | undefined {
  if (!isText(time.label, 100) || time.label.trim() === '') return problems.noLabel;
  if (time.source !== undefined && time.source !== 'person' && time.source !== 'suggested') return problems.kind;
  const rule = time.rule;
  if (!rule || !isMinute(rule.start) || !isMinute(rule.end)) return problems.times;
  if (rule.start === rule.end) return problems.differ;
  switch (rule.kind) {
    case 'weekly':
      if (!Array.isArray(rule.days) || rule.days.length === 0 || !rule.days.every((d) => isInt(d, 0, 6))) {
        return problems.weekday;
      }
      return undefined;
    case 'once':
      return checkDate(rule.date);
    case 'monthly':
      if (!Array.isArray(rule.daysOfMonth) || rule.daysOfMonth.length === 0) return problems.dayOfMonth;
      return rule.daysOfMonth.every((d) => isInt(d, 1, 31)) ? undefined : problems.dayOfMonth;
    case 'yearly':
      return checkDayOfYear(rule.month, rule.day);
    default:
      return problems.kind;
  }
}

/** Hard times the person named. */
export function timesRepo(options: RepoOptions = {}) {
  return createRepo('times', checkTime, options);
}
