import { createRepo, type RepoOptions } from './repo';
import type { TriggerTime } from './schema';
import { isInt, isText } from './validate';

const isMinute = (value: unknown) => isInt(value, 0, 24 * 60 - 1);

export function checkTime(time: TriggerTime): string | undefined {
  if (!isText(time.label, 100) || time.label.trim() === '') return 'Give this time a name.';
  const rule = time.rule;
  if (!rule || !isMinute(rule.start) || !isMinute(rule.end)) return 'Choose a start and an end time.';
  if (rule.start === rule.end) return 'The start and the end must differ.';
  switch (rule.kind) {
    case 'weekly':
      if (!Array.isArray(rule.days) || rule.days.length === 0 || !rule.days.every((d) => isInt(d, 0, 6))) {
        return 'Choose at least one day of the week.';
      }
      return undefined;
    case 'once':
      return /^\d{4}-\d{2}-\d{2}$/.test(rule.date) ? undefined : 'Choose a date.';
    case 'monthly':
      if (!Array.isArray(rule.daysOfMonth) || rule.daysOfMonth.length === 0) return 'Choose a day of the month.';
      return rule.daysOfMonth.every((d) => isInt(d, 1, 31)) ? undefined : 'Days of the month are 1 to 31.';
    case 'yearly':
      return isInt(rule.month, 1, 12) && isInt(rule.day, 1, 31) ? undefined : 'Choose a day of the year.';
    default:
      return 'Choose what kind of time this is.';
  }
}

/** Hard times the person named. */
export function timesRepo(options: RepoOptions = {}) {
  return createRepo('times', checkTime, options);
}
