import type { TriggerTimeRule } from '@/utils/db/schema';
import { type Problem, problem } from '@/utils/problems';

/** What the hard-time form holds, as the person typed it. */
export interface TimeFields {
  kind: TriggerTimeRule['kind'];
  /** Days of the week, 0 = Sunday. */
  days: number[];
  /** Days of the month, as typed: "1, 15". */
  daysOfMonth: string;
  /** YYYY-MM-DD, for once and yearly. */
  date: string;
  /** HH:MM. */
  start: string;
  end: string;
}

export type TimeInputResult = { ok: true; rule: TriggerTimeRule } | { ok: false; problem: Problem };

/** "22:30" → 1350; undefined for anything else. */
export function parseClock(text: string): number | undefined {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return undefined;
  return hours * 60 + minutes;
}

/** 1350 → "22:30". */
export function formatClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * Turns the form into a rule, or says (as a problem code) what is missing. Whether the rule makes
 * sense on the calendar (30 February) is checked when it is stored (utils/db/times.ts).
 */
export function ruleFromFields(fields: TimeFields): TimeInputResult {
  const start = parseClock(fields.start);
  const end = parseClock(fields.end);
  if (start === undefined || end === undefined) return { ok: false, problem: problem('time-times') };
  if (start === end) return { ok: false, problem: problem('time-differ') };
  switch (fields.kind) {
    case 'weekly':
      if (fields.days.length === 0) return { ok: false, problem: problem('time-weekday') };
      return { ok: true, rule: { kind: 'weekly', days: [...new Set(fields.days)].sort(), start, end } };
    case 'monthly': {
      const parts = fields.daysOfMonth.split(/[\s,]+/).filter(Boolean);
      const days = parts.map(Number);
      if (parts.length === 0 || !days.every((d) => Number.isInteger(d) && d >= 1 && d <= 31)) {
        return { ok: false, problem: problem('time-day-of-month') };
      }
      return { ok: true, rule: { kind: 'monthly', daysOfMonth: [...new Set(days)].sort((a, b) => a - b), start, end } };
    }
    case 'yearly':
    case 'once': {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(fields.date);
      if (!match) return { ok: false, problem: problem('time-date') };
      if (fields.kind === 'once') return { ok: true, rule: { kind: 'once', date: fields.date, start, end } };
      return { ok: true, rule: { kind: 'yearly', month: Number(match[2]), day: Number(match[3]), start, end } };
    }
    default:
      return { ok: false, problem: problem('time-kind') };
  }
}

/** One piece of a weekly window on one day of the week view, in minutes of that day. */
export interface WeekSegment {
  id: string;
  label: string;
  from: number;
  to: number;
}

/**
 * The week at a glance: each weekly window placed on its days, a window that crosses midnight
 * split over the two days (Sunday night runs into Monday). Index 0 is Sunday.
 */
export function weekSegments(
  times: ReadonlyArray<{ id: string; label: string; rule: TriggerTimeRule }>,
): WeekSegment[][] {
  const week: WeekSegment[][] = Array.from({ length: 7 }, () => []);
  for (const { id, label, rule } of times) {
    if (rule.kind !== 'weekly') continue;
    const end = rule.end === 1439 ? 1440 : rule.end;
    for (const day of rule.days) {
      if (end > rule.start) {
        week[day]?.push({ id, label, from: rule.start, to: end });
      } else {
        week[day]?.push({ id, label, from: rule.start, to: 1440 });
        if (end > 0) week[(day + 1) % 7]?.push({ id, label, from: 0, to: end });
      }
    }
  }
  for (const day of week) day.sort((a, b) => a.from - b.from);
  return week;
}
