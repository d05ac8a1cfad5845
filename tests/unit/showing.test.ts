import { describe, expect, it } from 'vitest';
import { isNewShowing, SAME_SHOWING_MS } from '@/utils/warning/showing';

const NOW = 1_000_000;
const event = (siteId: string, choice: 'shown' | 'leave' | 'continue', ago: number) => ({
  siteId,
  choice,
  at: NOW - ago,
});

describe('isNewShowing', () => {
  it.each([
    ['nothing recent', [], true],
    ['the site shown a moment ago, no choice since', [event('a', 'shown', 1_000)], false],
    ['the site shown, then a choice', [event('a', 'leave', 500), event('a', 'shown', 1_000)], true],
    ['another site shown a moment ago', [event('b', 'shown', 1_000)], true],
    ['the site shown, another site after', [event('b', 'shown', 500), event('a', 'shown', 1_000)], false],
    ['the site shown longer ago than the same showing lasts', [event('a', 'shown', SAME_SHOWING_MS)], true],
    ['a showing stamped later than now (a clock set back)', [event('a', 'shown', -5_000)], true],
  ] as const)('%s: %s', (_name, recent, expected) => {
    expect(isNewShowing(recent, 'a', NOW)).toBe(expected);
  });
});
