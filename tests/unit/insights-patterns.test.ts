import { describe, expect, it } from 'vitest';
import type { Channel, UrgeOutcome, WarningChoice } from '@/utils/db/schema';
import { checkInsBesideUrges } from '@/utils/insights/check-ins-beside-urges';
import { siteWarnings } from '@/utils/insights/site-warnings';
import { strengthByWeek } from '@/utils/insights/strength-weeks';
import { topTriggers } from '@/utils/insights/top-triggers';
import { urgeHeatmap } from '@/utils/insights/urge-heatmap';
import { whatHelped } from '@/utils/insights/what-helped';

/** Small cases, each figure worked out by hand from instants written with their offsets. */

const NY = 'America/New_York';
const at = (iso: string) => {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`bad instant ${iso}`);
  return ms;
};
const DAY = 86_400_000;
const [SUN, MON, , , , FRI] = [0, 1, 2, 3, 4, 5, 6];

/** The heatmap's cells that are not zero, as 'weekday:hour' → count. */
function cells(counts: number[][]): Record<string, number> {
  const found: Record<string, number> = {};
  counts.forEach((row, weekday) => {
    row.forEach((count, hour) => {
      if (count > 0) found[`${weekday}:${hour}`] = count;
    });
  });
  return found;
}

describe('urges by weekday and hour, on the wall clock', () => {
  it.each([
    [
      'the same evening hour either side of the US spring-forward',
      NY,
      ['2026-03-06T21:30-05:00', '2026-03-13T21:10-04:00'],
      { [`${FRI}:21`]: 2 },
    ],
    ['after the gap on the spring-forward night', NY, ['2026-03-08T03:30-04:00'], { [`${SUN}:3`]: 1 }],
    [
      '01:30 twice on the fall-back night',
      NY,
      ['2026-11-01T01:30-04:00', '2026-11-01T01:30-05:00'],
      { [`${SUN}:1`]: 2 },
    ],
    [
      'late Sunday in New York is Monday in UTC',
      NY,
      ['2026-03-08T23:30-04:00', '2026-03-09T00:30-04:00'],
      { [`${SUN}:23`]: 1, [`${MON}:0`]: 1 },
    ],
    ['half-hour offset', 'Asia/Kolkata', ['2026-01-05T00:15+05:30', '2026-01-04T23:45+05:30'], { '1:0': 1, '0:23': 1 }],
    [
      '01:45 twice when Lord Howe turns back half an hour',
      'Australia/Lord_Howe',
      ['2026-04-05T01:45+11:00', '2026-04-05T01:45+10:30'],
      { [`${SUN}:1`]: 2 },
    ],
    ['summer time in London', 'Europe/London', ['2026-06-01T00:30+01:00'], { [`${MON}:0`]: 1 }],
  ])('%s', (_case, zone, instants, expected) => {
    const heatmap = urgeHeatmap(
      instants.map((iso) => ({ at: at(iso) })),
      zone,
    );
    expect(cells(heatmap.counts)).toEqual(expected);
    expect(heatmap.counts).toHaveLength(7);
    expect(heatmap.counts.every((row) => row.length === 24)).toBe(true);
    expect(heatmap.max).toBe(Math.max(...Object.values(expected)));
    expect(heatmap.basis.entries).toBe(instants.length);
  });

  it.each([
    ['no urges', 0, 0, { entries: 0, days: 0, enough: false }],
    ['9 urges over 20 days', 9, 19, { entries: 9, days: 20, enough: false }],
    ['10 urges over 13 days', 10, 12, { entries: 10, days: 13, enough: false }],
    ['10 urges over 14 days', 10, 13, { entries: 10, days: 14, enough: true }],
  ])('%s: %i urges, last one %i days after the first', (_case, count, lastDay, basis) => {
    const first = at('2026-02-02T12:00-05:00');
    const urges = Array.from({ length: count }, (_, i) => ({
      at: first + Math.round((i * lastDay) / Math.max(count - 1, 1)) * DAY,
    }));
    expect(urgeHeatmap(urges, NY).basis).toEqual(basis);
  });
});

describe('the triggers that come up most', () => {
  it('counts urges and lapses, each trigger once a record, most first', () => {
    const result = topTriggers(
      [
        { at: at('2026-03-01T10:00-05:00'), triggers: ['lonely', 'payday'] },
        { at: at('2026-03-02T10:00-05:00'), triggers: ['lonely'] },
        { at: at('2026-03-03T10:00-05:00'), triggers: ['lonely', 'lonely'] },
        { at: at('2026-03-04T10:00-05:00') },
        { at: at('2026-03-05T10:00-05:00'), triggers: [] },
      ],
      [{ at: at('2026-03-09T22:00-04:00'), triggers: ['payday', 'reddit.com'] }, { at: at('2026-03-10T22:00-04:00') }],
      NY,
    );
    expect(result.triggers).toEqual([
      { trigger: 'lonely', urges: 3, lapses: 0, total: 3 },
      { trigger: 'payday', urges: 1, lapses: 1, total: 2 },
      { trigger: 'reddit.com', urges: 0, lapses: 1, total: 1 },
    ]);
    // Three urges and one lapse name a trigger, from 1 to 9 March.
    expect(result.basis).toEqual({ entries: 4, days: 9, enough: false });
  });

  it('counts a lapse after a logged urge once: among lapses, not again in the total or the entries', () => {
    const urge = { at: at('2026-03-01T10:00-05:00'), triggers: ['payday'] };
    const result = topTriggers([urge], [{ at: at('2026-03-01T10:20-05:00'), triggers: ['payday'], urgeId: 'u1' }], NY);
    expect(result.triggers).toEqual([{ trigger: 'payday', urges: 1, lapses: 1, total: 1 }]);
    expect(result.basis.entries).toBe(1);
  });

  it.each([
    ['4 entries over 10 days', 4, 9, false],
    ['5 entries over 6 days', 5, 5, false],
    ['5 entries over 7 days', 5, 6, true],
  ])('%s', (_case, count, lastDay, enough) => {
    const first = at('2026-02-02T12:00-05:00');
    const urges = Array.from({ length: count }, (_, i) => ({
      at: first + Math.round((i * lastDay) / (count - 1)) * DAY,
      triggers: ['tired'],
    }));
    expect(topTriggers(urges, [], NY).basis.enough).toBe(enough);
  });
});

describe('warnings per site and what was chosen', () => {
  const event = (siteId: string, host: string, choice: WarningChoice, day: number) => ({
    at: at('2026-03-02T20:00-05:00') + day * DAY,
    siteId,
    host,
    choice,
  });

  it('counts each choice per site, and warnings left without one', () => {
    const result = siteWarnings(
      [
        event('a', 'reddit.com', 'shown', 0),
        event('a', 'reddit.com', 'continue', 0),
        event('a', 'reddit.com', 'shown', 1),
        event('a', 'reddit.com', 'leave', 1),
        event('a', 'reddit.com', 'shown', 2),
        event('b', 'example.org', 'shown', 3),
        event('b', 'example.org', 'reach-out', 3),
        event('a', 'old.reddit.com', 'shown', 4),
        event('a', 'old.reddit.com', 'ride-it-out', 4),
      ],
      NY,
    );
    expect(result.sites).toEqual([
      {
        siteId: 'a',
        host: 'old.reddit.com',
        shown: 4,
        choices: { leave: 1, 'ride-it-out': 1, 'reach-out': 0, 'log-urge': 0, continue: 1 },
        unanswered: 1,
        enough: false,
      },
      {
        siteId: 'b',
        host: 'example.org',
        shown: 1,
        choices: { leave: 0, 'ride-it-out': 0, 'reach-out': 1, 'log-urge': 0, continue: 0 },
        unanswered: 0,
        enough: false,
      },
    ]);
    expect(result.totals).toEqual({
      shown: 5,
      choices: { leave: 1, 'ride-it-out': 1, 'reach-out': 1, 'log-urge': 0, continue: 1 },
    });
    expect(result.basis).toEqual({ entries: 5, days: 5, enough: true });
  });

  it.each([
    [4, false],
    [5, true],
  ])('%i warnings shown on a site: enough %s', (shown, enough) => {
    const events = Array.from({ length: shown }, (_, day) => event('a', 'reddit.com', 'shown', day));
    const result = siteWarnings(events, NY);
    expect(result.sites[0]?.enough).toBe(enough);
    expect(result.basis.enough).toBe(enough);
  });
});

describe('urge strength over the local weeks, Monday first', () => {
  it('takes the mean and median per week, quiet weeks included', () => {
    const result = strengthByWeek(
      [
        { at: at('2026-03-02T09:00-05:00'), strength: 2 },
        { at: at('2026-03-02T10:00-05:00'), strength: 9 },
        { at: at('2026-03-04T10:00-05:00'), strength: 4 },
        // Sunday night in New York, Monday in UTC: still the week of 2 March.
        { at: at('2026-03-08T23:30-04:00'), strength: 5 },
        { at: at('2026-03-16T00:10-04:00'), strength: 7 },
        { at: at('2026-03-17T12:00-04:00') },
      ],
      NY,
    );
    expect(result.weeks).toEqual([
      { week: '2026-03-02', urges: 4, rated: 4, mean: 5, median: 4.5 },
      { week: '2026-03-09', urges: 0, rated: 0 },
      { week: '2026-03-16', urges: 2, rated: 1, mean: 7, median: 7 },
    ]);
    expect(result.basis).toEqual({ entries: 5, days: 15, enough: false });
  });

  it.each([
    ['10 rated urges in 3 weeks', 10, 3, false],
    ['9 rated urges in 4 weeks', 9, 4, false],
    ['10 rated urges in 4 weeks', 10, 4, true],
  ])('%s', (_case, count, weeks, enough) => {
    const monday = at('2026-03-02T12:00-05:00');
    const urges = Array.from({ length: count }, (_, i) => ({ at: monday + (i % weeks) * 7 * DAY, strength: 5 }));
    expect(strengthByWeek(urges, NY).basis.enough).toBe(enough);
  });

  it('an odd count takes the middle strength', () => {
    const urges = [3, 8, 1].map((strength, i) => ({ at: at('2026-03-03T12:00-05:00') + i * 60_000, strength }));
    expect(strengthByWeek(urges, NY).weeks).toEqual([{ week: '2026-03-02', urges: 3, rated: 3, mean: 4, median: 3 }]);
  });
});

describe('what helped', () => {
  const urge = (outcome: UrgeOutcome | undefined, strength?: number, strengthAfter?: number) => ({
    at: at('2026-03-02T20:00-05:00'),
    ...(outcome ? { outcome } : {}),
    ...(strength !== undefined ? { strength } : {}),
    ...(strengthAfter !== undefined ? { strengthAfter } : {}),
  });

  it('sets strength before and after side by side for each way of coping, never for "used"', () => {
    const result = whatHelped(
      [
        urge('rode-it-out', 8, 3),
        urge('rode-it-out', 6, 4),
        urge('rode-it-out', 5),
        urge('reached-out', 9, 2),
        urge('used', 10),
        urge(undefined, 7, 1),
      ],
      (['call', 'call', 'text'] as Channel[]).map((channel, i) => ({
        at: at('2026-03-02T20:00-05:00') + i * DAY,
        channel,
      })),
      NY,
    );
    expect(result.outcomes).toEqual([
      {
        outcome: 'rode-it-out',
        urges: 3,
        rated: 3,
        meanStrength: 19 / 3,
        after: 2,
        meanAfter: 3.5,
        paired: 2,
        meanDrop: 3.5,
        enough: false,
      },
      {
        outcome: 'reached-out',
        urges: 1,
        rated: 1,
        meanStrength: 9,
        after: 1,
        meanAfter: 2,
        paired: 1,
        meanDrop: 7,
        enough: false,
      },
    ]);
    expect(result.basis).toEqual({ entries: 4, days: 1, enough: false });
    expect(result.channels).toEqual([
      { channel: 'call', count: 2 },
      { channel: 'text', count: 1 },
      { channel: 'email', count: 0 },
      { channel: 'whatsapp', count: 0 },
      { channel: 'signal', count: 0 },
      { channel: 'telegram', count: 0 },
    ]);
    expect(result.reachOuts).toEqual({ entries: 3, days: 3, enough: true });
  });

  it.each([
    [4, false],
    [5, true],
  ])('%i urges ridden out with both strengths: enough %s', (pairs, enough) => {
    const result = whatHelped(
      Array.from({ length: pairs }, () => urge('rode-it-out', 7, 3)),
      [],
      NY,
    );
    expect(result.outcomes[0]?.enough).toBe(enough);
    expect(result.basis.enough).toBe(enough);
  });
});

describe('daily check-ins beside that day’s urges', () => {
  it('joins on the local day and sums up each answer plainly', () => {
    const result = checkInsBesideUrges(
      [
        { at: at('2026-03-01T09:00-05:00'), strength: 4 },
        { at: at('2026-03-01T21:00-05:00'), strength: 6 },
        // 2 March in New York, 3 March in UTC.
        { at: at('2026-03-02T23:30-05:00'), strength: 8 },
        { at: at('2026-03-02T08:00-05:00') },
        // No check-in that day.
        { at: at('2026-03-04T08:00-05:00'), strength: 10 },
      ],
      [
        { id: '2026-03-03', movement: true, sleep: 4, mood: 3 },
        { id: '2026-03-01', movement: true, sleep: 4 },
        { id: '2026-03-02', movement: false, sleep: 2 },
      ],
      NY,
    );
    expect(result.days).toEqual([
      { day: '2026-03-01', movement: true, sleep: 4, urges: 2, rated: 2, meanStrength: 5 },
      { day: '2026-03-02', movement: false, sleep: 2, urges: 2, rated: 1, meanStrength: 8 },
      { day: '2026-03-03', movement: true, sleep: 4, mood: 3, urges: 0, rated: 0 },
    ]);
    expect(result.groups).toEqual([
      { factor: 'sleep', value: 2, days: 1, urges: 2, urgesPerDay: 2, rated: 1, meanStrength: 8, enough: false },
      { factor: 'sleep', value: 4, days: 2, urges: 2, urgesPerDay: 1, rated: 2, meanStrength: 5, enough: false },
      { factor: 'movement', value: false, days: 1, urges: 2, urgesPerDay: 2, rated: 1, meanStrength: 8, enough: false },
      { factor: 'movement', value: true, days: 2, urges: 2, urgesPerDay: 1, rated: 2, meanStrength: 5, enough: false },
      { factor: 'mood', value: 3, days: 1, urges: 0, urgesPerDay: 0, rated: 0, enough: false },
    ]);
    expect(result.basis).toEqual({ entries: 3, days: 3, enough: false });
  });

  it.each([
    [13, false],
    [14, true],
  ])('%i check-ins: enough %s', (count, enough) => {
    const checkIns = Array.from({ length: count }, (_, i) => ({ id: `2026-03-${String(i + 1).padStart(2, '0')}` }));
    expect(checkInsBesideUrges([], checkIns, NY).basis).toEqual({ entries: count, days: count, enough });
  });

  it.each([
    [4, false],
    [5, true],
  ])('%i days you moved: enough to show them %s', (moved, enough) => {
    const checkIns = Array.from({ length: 10 }, (_, i) => ({
      id: `2026-03-${String(i + 1).padStart(2, '0')}`,
      movement: i < moved,
    }));
    const groups = checkInsBesideUrges([], checkIns, NY).groups;
    expect(groups.find((g) => g.factor === 'movement' && g.value === true)).toMatchObject({ days: moved, enough });
  });

  it('passes over a check-in whose id is not a day', () => {
    expect(checkInsBesideUrges([], [{ id: 'not-a-day', mood: 3 }], NY).days).toEqual([]);
  });
});
