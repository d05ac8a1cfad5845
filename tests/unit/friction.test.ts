import { describe, expect, it } from 'vitest';
import type { WarningChoice } from '@/utils/db/schema';
import { FRICTION_LONGEST_S, frictionSeconds, pauseLeft } from '@/utils/warning/friction';

describe('friction: the pause grows with the day’s continues on a site (frictionSeconds)', () => {
  it.each<[number, number, number]>([
    [5, 0, 5],
    [5, 1, 10],
    [5, 2, 20],
    [5, 3, 30],
    [5, 9, 30],
    [10, 0, 10],
    [10, 1, 20],
    [10, 2, 40],
    [10, 3, 60],
    [20, 3, FRICTION_LONGEST_S],
    [60, 3, 60],
    [5, -1, 5],
  ])('a %i s pause after %i continues today: %i s', (pause, continues, expected) => {
    expect(frictionSeconds(pause, continues)).toBe(expected);
  });
});

describe('what is left of the pause for one visit (pauseLeft)', () => {
  const DAY = Date.UTC(2026, 11, 6); // the day's start in the person's zone
  const NOW = DAY + 20 * 3_600_000;
  const ev = (at: number, choice: WarningChoice, siteId = 'a') => ({ at, siteId, choice });
  const continued = (n: number, siteId = 'a') =>
    Array.from({ length: n }, (_, i) => [
      ev(DAY + i * 60_000, 'shown', siteId),
      ev(DAY + i * 60_000 + 20_000, 'continue', siteId),
    ]).flat();

  it.each<[string, ReturnType<typeof ev>[], number]>([
    ['a first visit today', [], 5],
    ['after one continue today', continued(1), 10],
    ['after two', continued(2), 20],
    ['after three or more', continued(5), 30],
    ['continues on another site do not count', continued(3, 'b'), 5],
    ['continues yesterday do not count', [ev(DAY - 60_000, 'continue'), ev(DAY - 1, 'continue')], 5],
    ['other choices do not count', [ev(DAY, 'leave'), ev(DAY + 1, 'ride-it-out'), ev(DAY + 2, 'log-urge')], 5],
    ['a reload 4 s into a 20 s pause waits only what is left', [...continued(2), ev(NOW - 4_000, 'shown')], 16],
    ['a second cover after the pause ran: no wait again', [...continued(2), ev(NOW - 25_000, 'shown')], 0],
    ['a check-in shown after a choice is a new visit', [ev(NOW - 10_000, 'shown'), ev(NOW - 5_000, 'leave')], 5],
    ['a showing over a minute old is a new visit', [ev(NOW - 61_000, 'shown')], 5],
    ['an event in the future is not counted', [ev(NOW + 1_000, 'continue')], 5],
  ])('%s', (_name, events, expected) => {
    expect(pauseLeft(events, 'a', NOW, DAY, 5)).toBe(expected);
  });
});
