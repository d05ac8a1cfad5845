import type { TriggerTimeRule } from '@/utils/db/schema';
import { dayOfDate, weekdayOf } from '@/utils/time/calendar';
import { localParts } from '@/utils/time/zone';

/**
 * A hard time around `now`, offered in one click after a lapse: on this weekday, from the start
 * of the hour before to the end of the hour after, on the wall clock of `zone`. Near midnight the
 * window crosses it (23:30 on a Friday gives Friday 22:00–01:00), as hard times do.
 */
export function timeAroundNow(now: number, zone: string): TriggerTimeRule {
  const local = localParts(now, zone);
  const hour = Math.floor(local.minutes / 60);
  return {
    kind: 'weekly',
    days: [weekdayOf(dayOfDate(local))],
    start: ((hour + 23) % 24) * 60,
    end: ((hour + 2) % 24) * 60,
  };
}
