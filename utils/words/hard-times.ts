import { i18n } from '#i18n';
import type { TriggerTimeRule } from '@/utils/db/schema';
import { isEndOfDay, parseDate } from '@/utils/time/calendar';
import { localParts } from '@/utils/time/zone';
import type { HardTimeState } from '@/utils/triggers/schedule';
import { clock, dayOfMonth, fullDate, list, timeIn, weekdayIn, weekdayName } from './format';
import { uiLocale } from './locale';

/** An instant as the person's zone sees it from `now`: its time, and its weekday unless it is today. */
export function whenIn(epoch: number, now: number, zone: string, locale = uiLocale()): { time: string; day?: string } {
  const today = localParts(now, zone);
  const then = localParts(epoch, zone);
  const sameDay = today.year === then.year && today.month === then.month && today.day === then.day;
  const time = timeIn(epoch, zone, locale);
  return sameDay ? { time } : { time, day: weekdayIn(epoch, zone, locale) };
}

/**
 * What the popup says about hard times: on and until when, or when the next starts. "Today" and
 * "another day" are separate sentences, so each language can say them its own way.
 */
export function describeHardTimeState(state: HardTimeState, now: number, zone: string, locale = uiLocale()): string {
  if (state.on) {
    if (!state.endsAt) return i18n.t('hardTimes.state.onNoEnd');
    const { time, day } = whenIn(state.endsAt, now, zone, locale);
    return day ? i18n.t('hardTimes.state.onUntilDay', [day, time]) : i18n.t('hardTimes.state.onUntilToday', [time]);
  }
  if (!state.nextStart) return i18n.t('hardTimes.state.none');
  const { time, day } = whenIn(state.nextStart, now, zone, locale);
  return day ? i18n.t('hardTimes.state.nextStartsDay', [day, time]) : i18n.t('hardTimes.state.nextStartsToday', [time]);
}

/** "22:00 to 02:00", "22:00 to midnight" or "all day". */
function describeSpan(start: number, end: number, locale: string): string {
  const toMidnight = isEndOfDay(end) || end === 0;
  if (start === 0 && toMidnight) return i18n.t('hardTimes.rule.allDay');
  const to = toMidnight ? i18n.t('hardTimes.rule.midnight') : clock(end, locale);
  return i18n.t('hardTimes.rule.span', [clock(start, locale), to]);
}

/** "Every day", "Weekdays", "Weekends", or "Every week on Friday and Saturday" (Monday first). */
function describeDays(days: readonly number[], locale: string): string {
  const set = new Set(days);
  const has = (...wanted: number[]) => set.size === wanted.length && wanted.every((d) => set.has(d));
  if (set.size === 7) return i18n.t('hardTimes.rule.everyDay');
  if (has(1, 2, 3, 4, 5)) return i18n.t('hardTimes.rule.weekdays');
  if (has(0, 6)) return i18n.t('hardTimes.rule.weekends');
  const ordered = [...set].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7));
  return i18n.t('hardTimes.rule.weekly', [
    list(
      ordered.map((d) => weekdayName(d, locale)),
      locale,
    ),
  ]);
}

/** A short plain description of a hard time: "Every week on Friday, 22:00 to 02:00". */
export function describeRule(rule: TriggerTimeRule, locale = uiLocale()): string {
  const span = describeSpan(rule.start, rule.end, locale);
  const withTime = (when: string) => i18n.t('hardTimes.rule.withTime', [when, span]);
  switch (rule.kind) {
    case 'weekly':
      return withTime(describeDays(rule.days, locale));
    case 'once': {
      const date = parseDate(rule.date);
      return withTime(
        i18n.t('hardTimes.rule.once', [date ? fullDate(date.year, date.month, date.day, locale) : rule.date]),
      );
    }
    case 'monthly': {
      const days = [...new Set(rule.daysOfMonth)].sort((a, b) => a - b);
      const note = days.some((d) => d >= 29) ? i18n.t('hardTimes.rule.lastDayNote') : '';
      const words =
        days.length === 1
          ? i18n.t('hardTimes.rule.monthlyOne', [String(days[0])])
          : i18n.t('hardTimes.rule.monthly', [list(days.map(String), locale)]);
      return withTime(`${words}${note}`);
    }
    case 'yearly': {
      const when =
        rule.month === 2 && rule.day === 29
          ? i18n.t('hardTimes.rule.leapDay', [dayOfMonth(2, 29, locale), dayOfMonth(2, 28, locale)])
          : i18n.t('hardTimes.rule.yearly', [dayOfMonth(rule.month, rule.day, locale)]);
      return withTime(when);
    }
  }
}
