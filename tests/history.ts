import type { Urge } from '@/utils/db/schema';
import { dayKey, parseDate, weekdayOf } from '@/utils/time/calendar';
import { wallClockToEpoch } from '@/utils/time/wall-clock';
import { localDayNumber } from '@/utils/time/zone';

/** Friday, as weekly hard times number it (0 = Sunday). */
export const CLUSTER_WEEKDAY = 5;
/** The band the cluster falls in: 20:00 to 22:00 (minutes after midnight). */
export const CLUSTER_BAND = { start: 20 * 60, end: 22 * 60 };

/**
 * A history in `zone` over the 27 local days before `now`: one urge each morning at 10:00
 * (strength 4), and on each Friday two more in the evening, at 20:30 and 21:15 (strength 7). So
 * the heatmap has enough to show (27 days, 30 urges or more), and the Friday 20:00–22:00 band
 * has 6 to 8 urges on 3 or 4 Fridays: a hard time to suggest, and the only one.
 */
export function clusteredUrges(now: number, zone: string): Urge[] {
  const today = localDayNumber(now, zone);
  const urges: Urge[] = [];
  const at = (day: number, minutes: number) => {
    const date = parseDate(dayKey(day));
    if (!date) throw new Error('no such day');
    return wallClockToEpoch(date, minutes, zone);
  };
  for (let back = 27; back >= 1; back--) {
    const day = today - back;
    const times: Array<[number, number]> = [[10 * 60, 4]];
    if (weekdayOf(day) === CLUSTER_WEEKDAY) times.push([20 * 60 + 30, 7], [21 * 60 + 15, 7]);
    for (const [minutes, strength] of times) {
      const when = at(day, minutes);
      urges.push({ id: `urge-${day}-${minutes}`, at: when, strength, createdAt: when, updatedAt: when });
    }
  }
  return urges;
}
