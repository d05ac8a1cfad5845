import { describe, expect, it } from 'vitest';
import type { TriggerSite, TriggerTime, TriggerTimeRule, WarningChoice, WarningLevel } from '@/utils/db/schema';
import { BAND_LOOKBACK_DAYS, BAND_MIN_URGES, bandRule, suggestHardTimes } from '@/utils/insights/hard-time-suggestions';
import { isFlaggedHost, suggestSites, triggerHost } from '@/utils/insights/site-suggestions';
import { DISMISS_DAYS, MAX_PER_KIND, suggest, withoutDismissed } from '@/utils/insights/suggestions';
import { dayKey, parseDate } from '@/utils/time/calendar';
import { wallClockToEpoch } from '@/utils/time/wall-clock';
import { localDayNumber, localParts } from '@/utils/time/zone';
import { activeWindows, windowsBetween } from '@/utils/triggers/schedule';

const NY = 'America/New_York';
const LONDON = 'Europe/London';
const LORD_HOWE = 'Australia/Lord_Howe';
const KOLKATA = 'Asia/Kolkata';
const DAY = 86_400_000;
const STAMP = Date.UTC(2026, 0, 1);
const [SUN, MON, , , , FRI, SAT] = [0, 1, 2, 3, 4, 5, 6];
const WED = 3;

/** Noon on a date, on the zone's wall clock. */
function noon(date: string, zone: string): number {
  const civil = parseDate(date);
  if (!civil) throw new Error(`bad date ${date}`);
  return wallClockToEpoch(civil, 12 * 60, zone);
}

/** The instant a wall-clock minute (may pass 1440: the next day) happens on a local day; throws in a DST gap. */
function wall(day: number, minutes: number, zone: string): number {
  const date = dayKey(day + Math.floor(minutes / 1440));
  const epoch = wallClockToEpoch(parseDate(date) as NonNullable<ReturnType<typeof parseDate>>, minutes % 1440, zone);
  const back = localParts(epoch, zone);
  if (back.minutes !== minutes % 1440) throw new Error(`${date} ${minutes % 1440} is not on the clock in ${zone}`);
  return epoch;
}

const weekdayOf = (day: number) => new Date(day * DAY).getUTCDay();

/**
 * A generated history, read at `now` (a Wednesday noon): `count` urges in the two-hour band
 * that starts at `startHour` on `weekday`, spread over the last four such days (the i-th urge on
 * the (i mod weeks)-th most recent one) at varied minutes inside the band; and noise, one urge a
 * day on every other day at an hour that moves through the day, never near the band.
 */
function history(
  zone: string,
  now: number,
  weekday: number,
  startHour: number,
  count: number,
  weeks = 4,
  noise = true,
) {
  const today = localDayNumber(now, zone);
  if (weekdayOf(today) !== WED) throw new Error('now must be a Wednesday');
  const days: number[] = [];
  for (let day = today - 1; day > today - BAND_LOOKBACK_DAYS; day--) if (weekdayOf(day) === weekday) days.push(day);
  const urges: { at: number }[] = [];
  for (let i = 0; i < count; i++) {
    const day = days[i % weeks] as number;
    urges.push({ at: wall(day, startHour * 60 + ((17 + 29 * i) % 120), zone) });
  }
  for (let day = today - BAND_LOOKBACK_DAYS + 1; noise && day < today; day++) {
    if (weekdayOf(day) === weekday || weekdayOf(day) === (weekday + 1) % 7) continue;
    try {
      urges.push({ at: wall(day, ((day * 5) % 24) * 60 + 40, zone) });
    } catch {
      // In a DST gap: no noise that day.
    }
  }
  return urges;
}

function time(rule: TriggerTimeRule, id = 't1'): TriggerTime {
  return { id, label: 'Hard time', rule, createdAt: STAMP, updatedAt: STAMP };
}

/** Wednesday noons: a plain four weeks, and four weeks around each DST change of 2026. */
const NOWS: [string, string, string][] = [
  [NY, 'plain', '2026-02-11'],
  [NY, 'spring forward on 8 March', '2026-03-18'],
  [NY, 'fall back on 1 November', '2026-11-11'],
  [LONDON, 'plain', '2026-02-11'],
  [LONDON, 'spring forward on 29 March', '2026-04-08'],
  [LONDON, 'fall back on 25 October', '2026-11-04'],
  [LORD_HOWE, 'plain', '2026-02-11'],
  [LORD_HOWE, 'half an hour back on 5 April', '2026-04-15'],
  [LORD_HOWE, 'half an hour forward on 4 October', '2026-10-14'],
  [KOLKATA, 'plain (no DST)', '2026-02-11'],
  [KOLKATA, 'plain (no DST)', '2026-03-18'],
];

type Case = {
  count: number;
  startHour: number;
  weeks?: number;
  /** A hard time the person already has, on the band's weekday, as [start, end] in hours. */
  covered?: [number, number];
  expect: 'none' | { start: number; end: number; urges: number; weeks: number };
};

const CASES: [string, Case][] = [
  ['four urges in the band: none', { count: 4, startHour: 21, expect: 'none' }],
  [
    'five urges in the band: one',
    { count: 5, startHour: 21, expect: { start: 21 * 60, end: 23 * 60, urges: 5, weeks: 4 } },
  ],
  ['a band across midnight', { count: 6, startHour: 23, expect: { start: 23 * 60, end: 60, urges: 6, weeks: 4 } }],
  [
    'a band that ends at midnight ends at 23:59',
    { count: 5, startHour: 22, expect: { start: 22 * 60, end: 23 * 60 + 59, urges: 5, weeks: 4 } },
  ],
  ['a band a hard time covers: none', { count: 8, startHour: 21, covered: [20, 23], expect: 'none' }],
  ['a band across midnight a hard time covers: none', { count: 8, startHour: 23, covered: [22, 2], expect: 'none' }],
  [
    'a hard time that covers only the first hour leaves too few',
    { count: 8, startHour: 21, covered: [21, 22], expect: 'none' },
  ],
  ['five urges on one evening only: none', { count: 5, startHour: 21, weeks: 1, expect: 'none' }],
];

describe('windowsBetween (schedule.ts, for looking back): the windows activeWindows finds, hour by hour', () => {
  const rules: TriggerTimeRule[] = [
    { kind: 'weekly', days: [FRI], start: 22 * 60, end: 2 * 60 },
    { kind: 'weekly', days: [SUN], start: 0, end: 3 * 60 },
    { kind: 'monthly', daysOfMonth: [1, 31], start: 17 * 60, end: 23 * 60 + 59 },
    { kind: 'once', date: '2026-03-09', start: 12 * 60, end: 13 * 60 },
  ];
  const times = rules.map((rule, i) => time(rule, `t${i}`));

  it.each([
    [NY, '2026-02-25', '2026-03-18'],
    [NY, '2026-10-21', '2026-11-11'],
    [LONDON, '2026-03-18', '2026-04-08'],
    [LORD_HOWE, '2026-03-25', '2026-04-15'],
    [LORD_HOWE, '2026-09-23', '2026-10-14'],
    [KOLKATA, '2026-02-25', '2026-03-18'],
  ])('%s from %s to %s', { timeout: 30_000 }, (zone, fromDate, toDate) => {
    const from = noon(fromDate, zone);
    const to = noon(toDate, zone);
    const windows = windowsBetween(times, from, to, zone);
    expect(windows.every((w) => w.end > from && w.start < to)).toBe(true);
    expect(windows.map((w) => w.start)).toEqual([...windows.map((w) => w.start)].sort((a, b) => a - b));
    for (let t = from; t < to; t += 15 * 60_000) {
      const inside = windows.filter((w) => w.start <= t && t < w.end).map((w) => w.id);
      expect(inside, new Date(t).toISOString()).toEqual(activeWindows(times, t, zone).map((w) => w.id));
    }
  });
});

describe('a weekly hard time where urges cluster (generated histories, across zones and DST)', () => {
  const table = NOWS.flatMap(([zone, label, date]) =>
    [FRI, SUN].flatMap((weekday) =>
      CASES.map(([name, c]) => [`${zone}, ${label}, weekday ${weekday}: ${name}`, zone, date, weekday, c] as const),
    ),
  );

  it.each(table)('%s', (_name, zone, date, weekday, c) => {
    const now = noon(date, zone);
    const urges = history(zone, now, weekday, c.startHour, c.count, c.weeks);
    const times = c.covered
      ? [time({ kind: 'weekly', days: [weekday], start: c.covered[0] * 60, end: c.covered[1] * 60 })]
      : [];
    const found = suggestHardTimes(urges, times, now, zone);
    if (c.expect === 'none') {
      expect(found).toEqual([]);
      return;
    }
    const rule = { kind: 'weekly', days: [weekday], start: c.expect.start, end: c.expect.end };
    expect(found).toEqual([
      {
        kind: 'hard-time',
        key: `hard-time:${weekday}:${rule.start}-${rule.end}`,
        rule,
        evidence: { urges: c.expect.urges, weeks: c.expect.weeks, lookbackDays: BAND_LOOKBACK_DAYS },
      },
    ]);
  });

  it('the history of a DST week really moves in UTC (so the tests above test something)', () => {
    const urges = history(NY, noon('2026-03-18', NY), FRI, 21, 2);
    // 13 March (EDT) and 6 March (EST), both in the 21:00 hour on the wall clock.
    expect(
      urges.slice(0, 2).map(({ at }) => [localParts(at, NY).minutes >= 21 * 60, new Date(at).getUTCHours()]),
    ).toEqual([
      [true, 1],
      [true, 2],
    ]);
  });

  it('01:10 to 01:50 on the fall-back night, twice over, is one band of wall-clock hours', () => {
    const urges = [
      '2026-11-01T01:10-04:00',
      '2026-11-01T01:40-04:00',
      '2026-11-01T01:20-05:00',
      '2026-11-01T01:50-05:00',
      '2026-10-25T01:30-04:00',
    ].map((iso) => ({ at: Date.parse(iso) }));
    const found = suggestHardTimes(urges, [], noon('2026-11-04', NY), NY);
    // Bands 00–02 and 01–03 hold the same five; the earlier is offered, the other overlaps it.
    expect(found.map((s) => s.rule)).toEqual([bandRule(SUN, 0)]);
    expect(found[0]?.evidence).toEqual({ urges: 5, weeks: 2, lookbackDays: BAND_LOOKBACK_DAYS });
  });

  it('urges older than four weeks, or after now, do not count', () => {
    const now = noon('2026-02-11', NY);
    const urges = history(NY, now, FRI, 21, BAND_MIN_URGES);
    const older = urges.map(({ at }) => ({ at: at - 28 * DAY }));
    const later = urges.map(({ at }) => ({ at: at + 28 * DAY }));
    expect(suggestHardTimes(older, [], now, NY)).toEqual([]);
    expect(suggestHardTimes(later, [], now, NY)).toEqual([]);
  });

  it('overlapping bands: the stronger is offered, then the one the urges sit in the middle of', () => {
    const now = noon('2026-02-11', NY);
    // The last four Fridays before this Wednesday, two urges on three of them.
    const fridays = [5, 5, 12, 12, 19, 19, 26].map((back) => localDayNumber(now, NY) - back);
    const urges = [
      // Seven at 22:10 on Fridays: 21:00–23:00 holds them in its middle, 22:00–24:00 at its start.
      ...fridays.map((day) => ({ at: wall(day, 22 * 60 + 10, NY) })),
      // Five at 20:10: 19:00–21:00 (20:00–22:00 would overlap the first).
      ...fridays.slice(0, 5).map((day) => ({ at: wall(day, 20 * 60 + 10, NY) })),
      ...history(NY, now, SAT, 9, 6, 4, false),
    ];
    expect(fridays.every((day) => weekdayOf(day) === FRI)).toBe(true);
    const found = suggestHardTimes(urges, [], now, NY);
    expect(found.map((s) => [s.rule.days[0], s.rule.start / 60, s.evidence.urges])).toEqual([
      [FRI, 21, 7],
      [SAT, 9, 6],
      [FRI, 19, 5],
    ]);
  });

  it('a monthly hard time covering those evenings counts as cover too', () => {
    const now = noon('2026-02-11', NY);
    const urges = history(NY, now, MON, 21, 5);
    const days = [...new Set(urges.slice(0, 5).map(({ at }) => localParts(at, NY).day))];
    const monthly = time({ kind: 'monthly', daysOfMonth: days, start: 20 * 60, end: 23 * 60 + 59 });
    expect(suggestHardTimes(urges, [], now, NY)).toHaveLength(1);
    expect(suggestHardTimes(urges, [monthly], now, NY)).toEqual([]);
  });
});

describe('flag a site, or make its warning firmer', () => {
  const now = noon('2026-03-18', NY);
  const sites: Pick<TriggerSite, 'id' | 'host' | 'scope' | 'level'>[] = [
    { id: 's1', host: 'reddit.com', scope: 'site', level: 'gentle' },
    { id: 's2', host: 'news.example.org', scope: 'host', level: 'pause' },
    { id: 's3', host: 'casino.example', scope: 'site', level: 'firm' },
  ];
  const urges = (count: number, triggers: string[], daysAgo = 1, siteId?: string) =>
    Array.from({ length: count }, (_, i) => ({
      at: now - daysAgo * DAY - i * 3_600_000,
      triggers,
      ...(siteId ? { siteId } : {}),
    }));
  const warnings = (siteId: string, host: string, choices: (WarningChoice | undefined)[], daysAgo = 1) =>
    choices.flatMap((choice, i) => {
      const at = now - daysAgo * DAY - i * 3_600_000;
      const shown = { at, siteId, host, choice: 'shown' as const };
      return choice ? [shown, { at: at + 1000, siteId, host, choice }] : [shown];
    });
  const flag = (host: string, urgesCount: number, warningsCount: number) => ({
    kind: 'flag-site',
    key: `flag-site:${host}`,
    host,
    evidence: { urges: urgesCount, warnings: warningsCount, lookbackDays: 28 },
  });
  const firmer = (
    siteId: string,
    host: string,
    level: WarningLevel,
    to: WarningLevel,
    shown: number,
    continued: number,
  ) => ({
    kind: 'firmer-site',
    key: `firmer-site:${siteId}:${to}`,
    siteId,
    host,
    level,
    to,
    evidence: { warnings: shown, continued, lookbackDays: 28 },
  });
  const C = 'continue' as const;

  it.each([
    ['2 urges on a site not flagged: none', urges(2, ['betting.com']), [], []],
    ['3 urges on a site not flagged: flag it', urges(3, ['betting.com', 'lonely']), [], [flag('betting.com', 3, 0)]],
    ['in the person’s own words', urges(3, ['Betting.com ']), [], [flag('betting.com', 3, 0)]],
    ['the same host twice in an urge counts once', urges(2, ['betting.com', 'betting.com']), [], []],
    ['a subdomain of a flagged site: none', urges(5, ['old.reddit.com']), [], []],
    [
      'another host under a this-host-only site: flag it',
      urges(3, ['www.example.org']),
      [],
      [flag('www.example.org', 3, 0)],
    ],
    ['urges older than four weeks: none', urges(3, ['betting.com'], 29), [], []],
    ['words that are not hosts: none', urges(5, ['lonely', 'payday', '3.5', 'Friday night']), [], []],
    [
      'urges and warnings on a site since unflagged add up',
      urges(2, ['betting.com']),
      warnings('gone', 'betting.com', ['leave']),
      [flag('betting.com', 2, 1)],
    ],
    ['an urge logged on a flagged site is that site’s', urges(5, ['reddit.com'], 1, 's1'), [], []],
    [
      'gentle, 3 of 5 warnings continued: pause',
      [],
      warnings('s1', 'reddit.com', [C, C, C, 'leave', undefined]),
      [firmer('s1', 'reddit.com', 'gentle', 'pause', 5, 3)],
    ],
    ['gentle, 4 of 4 continued: too few', [], warnings('s1', 'reddit.com', [C, C, C, C]), []],
    [
      'gentle, 3 of 6 continued (half): none',
      [],
      warnings('s1', 'reddit.com', [C, C, C, 'leave', 'leave', 'leave']),
      [],
    ],
    [
      'pause, 5 of 5 continued: firm',
      [],
      warnings('s2', 'news.example.org', [C, C, C, C, C]),
      [firmer('s2', 'news.example.org', 'pause', 'firm', 5, 5)],
    ],
    ['firm is as firm as it gets', [], warnings('s3', 'casino.example', [C, C, C, C, C]), []],
    ['warnings older than four weeks: none', [], warnings('s1', 'reddit.com', [C, C, C, C, C], 29), []],
  ])('%s', (_case, urgeList, events, expected) => {
    expect(suggestSites(urgeList, events, sites, now, NY)).toEqual(expected);
  });

  it.each([
    ['reddit.com', 'reddit.com'],
    ['Reddit.com.', 'reddit.com'],
    ['192.168.1.10', '192.168.1.10'],
    ['xn--bcher-kva.de', 'xn--bcher-kva.de'],
    ['lonely', undefined],
    ['3.5', undefined],
    ['see you.later', undefined],
    ['a.b', undefined],
  ])('the trigger %s names the host %s', (trigger, host) => {
    expect(triggerHost(trigger)).toBe(host);
  });

  it.each([
    ['reddit.com', true],
    ['old.reddit.com', true],
    ['notreddit.com', false],
    ['news.example.org', true],
    ['www.news.example.org', false],
    ['example.org', false],
  ])('%s is flagged already: %s', (host, flagged) => {
    expect(isFlaggedHost(host, sites)).toBe(flagged);
  });
});

describe('a dismissed suggestion stays away for a while', () => {
  const now = noon('2026-03-18', NY);
  const suggestions = [{ key: 'a' }, { key: 'b' }];

  it.each([
    ['dismissed a day ago', [{ key: 'a', at: now - DAY }], ['b']],
    ['dismissed 29 days ago', [{ key: 'a', at: now - 29 * DAY }], ['b']],
    [`dismissed ${DISMISS_DAYS} days ago`, [{ key: 'a', at: now - DISMISS_DAYS * DAY }], ['a', 'b']],
    ['dismissed 31 days ago', [{ key: 'a', at: now - 31 * DAY }], ['a', 'b']],
    [
      'dismissed long ago and again lately: the latest counts',
      [
        { key: 'a', at: now - 2 * DAY },
        { key: 'a', at: now - 90 * DAY },
      ],
      ['b'],
    ],
    ['another key dismissed', [{ key: 'c', at: now - DAY }], ['a', 'b']],
    [
      'both dismissed',
      [
        { key: 'a', at: now - DAY },
        { key: 'b', at: now },
      ],
      [],
    ],
  ])('%s', (_case, dismissals, kept) => {
    expect(withoutDismissed(suggestions, dismissals, now).map((s) => s.key)).toEqual(kept);
  });

  it('through suggest(): the dismissed band is left out, others stay', () => {
    const urges = [...history(NY, now, FRI, 21, 6, 4, false), ...history(NY, now, SUN, 9, 5, 4, false)];
    const input = { urges, events: [], times: [], sites: [], now, zone: NY };
    const all = suggest({ ...input, dismissals: [] });
    expect(all.map((s) => s.key)).toEqual(['hard-time:5:1260-1380', 'hard-time:0:540-660']);
    const kept = suggest({ ...input, dismissals: [{ key: 'hard-time:5:1260-1380', at: now - 10 * DAY }] });
    expect(kept.map((s) => s.key)).toEqual(['hard-time:0:540-660']);
    const back = suggest({ ...input, dismissals: [{ key: 'hard-time:5:1260-1380', at: now - 40 * DAY }] });
    expect(back).toEqual(all);
  });

  it(`at most ${MAX_PER_KIND} of a kind at once, the strongest; a dismissed one makes room`, () => {
    const urges = [
      ...history(NY, now, FRI, 21, 9, 4, false),
      ...history(NY, now, SAT, 21, 8, 4, false),
      ...history(NY, now, SUN, 21, 7, 4, false),
      ...history(NY, now, MON, 21, 6, 4, false),
    ];
    const input = { urges, events: [], times: [], sites: [], now, zone: NY };
    expect(suggest({ ...input, dismissals: [] }).map((s) => s.kind === 'hard-time' && s.rule)).toEqual([
      bandRule(FRI, 21),
      bandRule(SAT, 21),
      bandRule(SUN, 21),
    ]);
    const dismissals = [{ key: 'hard-time:6:1260-1380', at: now }];
    expect(suggest({ ...input, dismissals }).map((s) => s.kind === 'hard-time' && s.rule)).toEqual([
      bandRule(FRI, 21),
      bandRule(SUN, 21),
      bandRule(MON, 21),
    ]);
  });
});
