import { describe, expect, it } from 'vitest';
import { copy } from '@/utils/copy';
import { describeHardTimeState, formatWhen } from '@/utils/hard-time-words';

const at = (iso: string) => Date.parse(iso);
const NY = 'America/New_York';

describe('formatWhen', () => {
  it.each([
    ['2026-11-27T23:30-05:00', '2026-11-27T22:00-05:00', NY, '23:30'],
    ['2026-11-28T02:00-05:00', '2026-11-27T22:00-05:00', NY, 'Saturday 02:00'],
    ['2026-11-28T02:00-05:00', '2026-11-27T22:00-05:00', 'Asia/Kolkata', '12:30'],
  ])('%s seen at %s in %s', (when, now, zone, expected) => {
    expect(formatWhen(at(when), at(now), zone, 'en-GB')).toBe(expected);
  });
});

describe('describeHardTimeState', () => {
  const now = at('2026-11-27T22:30-05:00');
  it.each([
    [{ on: true, endsAt: at('2026-11-28T02:00-05:00') }, copy.hardTimes.state.onUntil('Saturday 02:00')],
    [{ on: true }, copy.hardTimes.state.onNoEnd],
    [{ on: false, nextStart: at('2026-12-04T22:00-05:00') }, copy.hardTimes.state.nextStarts('Friday 22:00')],
    [{ on: false }, copy.hardTimes.state.none],
  ])('%j', (state, expected) => {
    expect(describeHardTimeState(state, now, NY, 'en-GB')).toBe(expected);
  });
});
