import { copy } from '@/utils/copy';
import type { HardTimeState } from '@/utils/triggers/schedule';

/** "Friday 22:00", in the person's zone; "22:00" when it is today. */
export function formatWhen(epoch: number, now: number, zone: string, locale?: string): string {
  const day = (t: number) => new Intl.DateTimeFormat('en-CA', { timeZone: zone, dateStyle: 'short' }).format(t);
  const time = new Intl.DateTimeFormat(locale, {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(epoch);
  if (day(epoch) === day(now)) return time;
  const weekday = new Intl.DateTimeFormat(locale, { timeZone: zone, weekday: 'long' }).format(epoch);
  return `${weekday} ${time}`;
}

/** What the popup says about hard times: on and until when, or when the next starts. */
export function describeHardTimeState(state: HardTimeState, now: number, zone: string, locale?: string): string {
  const words = copy.hardTimes.state;
  if (state.on) return state.endsAt ? words.onUntil(formatWhen(state.endsAt, now, zone, locale)) : words.onNoEnd;
  return state.nextStart ? words.nextStarts(formatWhen(state.nextStart, now, zone, locale)) : words.none;
}
