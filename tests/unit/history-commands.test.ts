import { describe, expect, it } from 'vitest';
import {
  changeCheckIn,
  changeLapseNotes,
  changeWarningChoices,
  type HistoryQuery,
  readHistory,
  removeHistoryEntry,
  restoreHistoryEntry,
} from '@/utils/commands/history';
import { checkinsRepo } from '@/utils/db/checkins';
import { contactsRepo } from '@/utils/db/contacts';
import { eventsRepo } from '@/utils/db/events';
import { lapsesRepo } from '@/utils/db/lapses';
import { linesRepo } from '@/utils/db/lines';
import { reachOutsRepo } from '@/utils/db/reach-outs';
import type { WarningEvent } from '@/utils/db/schema';
import { settingsRepo } from '@/utils/db/settings';
import { urgesRepo } from '@/utils/db/urges';
import {
  checkInAt,
  compareEntries,
  type EntryKey,
  HISTORY_KINDS,
  type HistoryEntry,
  type HistoryKind,
  type WarningEntry,
  warningChoices,
} from '@/utils/history/entries';
import { dayBounds, inRange, type PeriodRange, periodRange } from '@/utils/history/period';
import { groupWarnings, WARNING_WINDOW } from '@/utils/history/warnings';

const ZONE = 'America/New_York';
const MIN = 60_000;
const HOUR = 60 * MIN;
/** Noon, Sunday 1 March 2026, New York; 8 March is the spring-forward day. */
const T0 = Date.parse('2026-03-01T17:00:00Z');
const names = (entries: readonly EntryKey[]) => entries.map((e) => `${e.kind}:${e.id}`);

/** Everything a profile holds, written straight to the stores (ids chosen, so ties are known). */
async function seed() {
  // Ties on purpose: three urges and a lapse at the same instant.
  await urgesRepo().putAll([
    { id: 'u1', at: T0 + 1 * HOUR, strength: 4 },
    { id: 'u2', at: T0 + 30 * HOUR, strength: 6, triggers: ['lonely'] },
    { id: 'u3', at: T0 + 30 * HOUR },
    { id: 'u4', at: T0 + 30 * HOUR, note: 'After work' },
    { id: 'u5', at: T0 + 7 * 24 * HOUR },
  ]);
  await lapsesRepo().putAll([
    { id: 'l1', at: T0 + 30 * HOUR, triggers: ['tired'] },
    { id: 'l2', at: T0 + 9 * 24 * HOUR, restartedCounter: true },
  ]);
  const warning = (id: string, at: number, choice: WarningEvent['choice'], siteId = 'site-a') => ({
    id,
    at,
    siteId,
    host: siteId === 'site-a' ? 'example.org' : 'example.com',
    choice,
  });
  await eventsRepo().putAll([
    warning('w1', T0 + 2 * HOUR, 'shown'),
    warning('w1c', T0 + 2 * HOUR + 5 * MIN, 'ride-it-out'),
    warning('w1d', T0 + 2 * HOUR + 20 * MIN, 'leave'),
    warning('w2', T0 + 2 * HOUR + 10 * MIN, 'shown', 'site-b'),
    warning('w3', T0 + 50 * HOUR, 'shown'),
    warning('w4', T0 + 6 * 24 * HOUR, 'shown'),
    warning('w4c', T0 + 6 * 24 * HOUR + 30 * MIN, 'continue'),
    warning('w5', T0 + 8 * 24 * HOUR, 'continue'),
  ]);
  await contactsRepo().putAll([{ id: 'sam', name: 'Sam', ways: { call: '+12015550123' }, order: 0 }]);
  await linesRepo().putAll([{ id: 'mine', name: 'My clinic', number: '+1 201 555 0199', order: 0 }]);
  await reachOutsRepo().putAll([
    { id: 'r1', at: T0 + 3 * HOUR, contactId: 'sam', channel: 'text', from: 'popup' },
    { id: 'r2', at: T0 + 30 * HOUR, contactId: 'gone', channel: 'call', from: 'warning' },
    { id: 'r3', at: T0 + 5 * 24 * HOUR, lineId: 'mine', channel: 'call', from: 'options' },
    { id: 'r4', at: T0 + 5 * 24 * HOUR + HOUR, lineId: 'us-988', channel: 'call', from: 'popup' },
  ]);
  // Check-ins are kept by day; each was saved in the evening of its day, one long after (an import).
  const day = (id: string, savedAt: number, answers: object) => ({
    id,
    ...answers,
    createdAt: savedAt,
    updatedAt: savedAt,
  });
  const db = await checkinsRepo().open();
  for (const record of [
    day('2026-03-01', T0 + 8 * HOUR, { mood: 3 }),
    day('2026-03-02', T0 + 32 * HOUR, { mood: 4, note: 'Slept well' }),
    day('2026-03-08', T0 + 7 * 24 * HOUR + 6 * HOUR, { craving: 2 }),
    day('2026-03-09', T0 + 60 * 24 * HOUR, { movement: true }),
  ])
    await db.put('checkins', record);
}

/** What the history should show, worked out from every record at once. */
async function expected(kinds: readonly HistoryKind[], range: PeriodRange): Promise<string[]> {
  const entries: HistoryEntry[] = [
    ...(await urgesRepo().list()).map((urge) => ({ kind: 'urge' as const, id: urge.id, at: urge.at, urge })),
    ...(await lapsesRepo().list()).map((lapse) => ({ kind: 'lapse' as const, id: lapse.id, at: lapse.at, lapse })),
    ...(await reachOutsRepo().list()).map((reachOut) => ({
      kind: 'reach-out' as const,
      id: reachOut.id,
      at: reachOut.at,
      reachOut,
    })),
    ...groupWarnings(await eventsRepo().list()),
    ...(await checkinsRepo().list())
      .filter(
        (c) =>
          (range.fromDay === undefined || c.id >= range.fromDay) && (range.toDay === undefined || c.id < range.toDay),
      )
      .map((checkIn) => ({
        kind: 'check-in' as const,
        id: checkIn.id,
        at: checkInAt(checkIn, dayBounds(checkIn.id, ZONE)),
        checkIn,
      })),
  ];
  return names(
    entries
      .filter((e) => kinds.includes(e.kind) && (e.kind === 'check-in' || inRange(range, e.at)))
      .sort(compareEntries),
  );
}

/** Every entry, page by page, as "Show older" would bring them. */
async function allPages(query: HistoryQuery, limit: number): Promise<string[]> {
  const seen: string[] = [];
  let after: EntryKey | undefined;
  for (let pages = 0; pages < 100; pages++) {
    const page = await readHistory(query, after, limit, ZONE);
    seen.push(...names(page.entries));
    after = page.entries[page.entries.length - 1];
    if (!page.more) return seen;
  }
  throw new Error('no end of pages');
}

const range = (from?: string, to?: string): PeriodRange => {
  const result = periodRange({ choice: 'dates', from, to }, 0, ZONE);
  if (!result.ok) throw new Error('refused');
  return result.range;
};

describe('readHistory: one list of every kind, newest first, by period and kind, page by page', () => {
  it('shows the whole history newest first, each warning once with its choices', async () => {
    await seed();
    const page = await readHistory({ kinds: HISTORY_KINDS, range: {} }, undefined, 100, ZONE);
    expect(names(page.entries)).toEqual([
      'lapse:l2',
      'check-in:2026-03-09',
      'warning:w5',
      'check-in:2026-03-08',
      'urge:u5',
      'warning:w4',
      'reach-out:r4',
      'reach-out:r3',
      'warning:w3',
      'check-in:2026-03-02',
      'urge:u4',
      'urge:u3',
      'urge:u2',
      'reach-out:r2',
      'lapse:l1',
      'check-in:2026-03-01',
      'reach-out:r1',
      'warning:w2',
      'warning:w1',
      'urge:u1',
    ]);
    expect(page.more).toBe(false);
    const w1 = page.entries.find((e) => e.id === 'w1');
    expect(w1?.kind === 'warning' && w1.events.map((e) => e.choice)).toEqual(['shown', 'ride-it-out', 'leave']);
  });

  it('names the person or the line reached while they are still there, and never keeps a number', async () => {
    await seed();
    const page = await readHistory({ kinds: ['reach-out'], range: {} }, undefined, 10, ZONE);
    expect(page.entries.map((e) => (e.kind === 'reach-out' ? [e.id, e.name] : []))).toEqual([
      ['r4', undefined], // a built-in line: the page names it
      ['r3', 'My clinic'],
      ['r2', undefined], // the person is no longer in the list
      ['r1', 'Sam'],
    ]);
    // The numbers themselves, not a bare '555' (a record's createdAt, the clock's time, can hold that).
    for (const number of ['+12015550123', '2015550123', '+1 201 555 0199', '2015550199']) {
      expect(JSON.stringify(page.entries)).not.toContain(number);
    }
  });

  const QUERIES: Array<[string, readonly HistoryKind[], PeriodRange]> = [
    ['everything', HISTORY_KINDS, {}],
    ['urges only', ['urge'], {}],
    ['warnings only', ['warning'], {}],
    ['reach outs only', ['reach-out'], {}],
    ['lapses only', ['lapse'], {}],
    ['check-ins only', ['check-in'], {}],
    ['urges and lapses', ['urge', 'lapse'], {}],
    ['the first two days', HISTORY_KINDS, range('2026-03-01', '2026-03-02')],
    ['the spring-forward day alone', HISTORY_KINDS, range('2026-03-08', '2026-03-08')],
    ['from the 7th on', HISTORY_KINDS, range('2026-03-07')],
    ['up to the 6th', HISTORY_KINDS, range(undefined, '2026-03-06')],
    ['a week with nothing in it', HISTORY_KINDS, range('2027-01-01', '2027-01-07')],
  ];
  it.each(
    QUERIES.flatMap(([name, kinds, period]) => [1, 2, 3, 50].map((limit) => [name, limit, kinds, period] as const)),
  )('%s, %d at a time: every entry once, in order', async (_name, limit, kinds, period) => {
    await seed();
    expect(await allPages({ kinds, range: period }, limit)).toEqual(await expected(kinds, period));
  });

  it('keeps a warning where it was shown: its choice after the period comes with it; a choice in the period whose warning was before it does not', async () => {
    const day = range('2026-03-02', '2026-03-02');
    const start = day.from as number;
    const end = day.to as number;
    await eventsRepo().putAll([
      { id: 'before', at: start - 10 * MIN, siteId: 's', host: 'example.org', choice: 'shown' },
      { id: 'before-leave', at: start + 5 * MIN, siteId: 's', host: 'example.org', choice: 'leave' },
      { id: 'late', at: end - MIN, siteId: 's', host: 'example.org', choice: 'shown' },
      { id: 'late-continue', at: end + 10 * MIN, siteId: 's', host: 'example.org', choice: 'continue' },
    ]);
    const page = await readHistory({ kinds: ['warning'], range: day }, undefined, 10, ZONE);
    expect(page.entries.map((e) => (e.kind === 'warning' ? e.events.map((ev) => ev.id) : []))).toEqual([
      ['late', 'late-continue'],
    ]);
  });

  it('pages through many warnings whose choices cross the pages', async () => {
    const events = [];
    for (let i = 0; i < 40; i++) {
      const at = T0 + i * 17 * MIN;
      const site = i % 3 === 0 ? 'a' : 'b';
      events.push({
        id: `s${String(i).padStart(2, '0')}`,
        at,
        siteId: site,
        host: `${site}.example`,
        choice: 'shown' as const,
      });
      if (i % 2 === 0)
        events.push({
          id: `c${i}`,
          at: at + 25 * MIN,
          siteId: site,
          host: `${site}.example`,
          choice: 'leave' as const,
        });
      if (i % 5 === 0)
        events.push({
          id: `o${i}`,
          at: at + 3 * WARNING_WINDOW,
          siteId: 'c',
          host: 'c.example',
          choice: 'continue' as const,
        });
    }
    await eventsRepo().putAll(events);
    const all = groupWarnings(await eventsRepo().list());
    for (const limit of [1, 4, 9]) {
      expect(await allPages({ kinds: ['warning'], range: {} }, limit)).toEqual(names(all));
    }
    const first = (await readHistory({ kinds: ['warning'], range: {} }, undefined, 100, ZONE)).entries;
    expect(first.map((e) => (e.kind === 'warning' ? e.events.map((ev) => ev.id) : []))).toEqual(
      all.map((w) => w.events.map((ev) => ev.id)),
    );
  });
});

describe('removing an entry, and the undo', () => {
  it('removes a warning with its choices, only them, and puts them back exactly', async () => {
    await seed();
    const before = await eventsRepo().list();
    const page = await readHistory({ kinds: ['warning'], range: {} }, undefined, 10, ZONE);
    const w1 = page.entries.find((e) => e.id === 'w1') as HistoryEntry;
    const removed = await removeHistoryEntry(w1);
    if (!removed.ok) throw new Error('not removed');
    expect((await eventsRepo().list()).map((e) => e.id).sort()).toEqual(['w2', 'w3', 'w4', 'w4c', 'w5']);
    expect(await urgesRepo().list()).toHaveLength(5);
    expect((await restoreHistoryEntry(removed.value)).ok).toBe(true);
    expect(await eventsRepo().list()).toEqual(before);
  });

  it('removes a lapse and leaves the days counter and everything else as they were', async () => {
    await seed();
    await settingsRepo().update({ counterStart: T0 + 9 * 24 * HOUR, recoveryStart: T0 - 100 * 24 * HOUR });
    const settings = await settingsRepo().get();
    const lapse = (await readHistory({ kinds: ['lapse'], range: {} }, undefined, 1, ZONE)).entries[0] as HistoryEntry;
    expect(lapse.id).toBe('l2');
    const removed = await removeHistoryEntry(lapse);
    expect(removed.ok).toBe(true);
    expect(await settingsRepo().get()).toEqual(settings);
    expect((await lapsesRepo().list()).map((l) => l.id)).toEqual(['l1']);
  });

  it.each(HISTORY_KINDS)('a %s removed twice: the second time says it is gone, and changes nothing', async (kind) => {
    await seed();
    const entry = (await readHistory({ kinds: [kind], range: {} }, undefined, 1, ZONE)).entries[0] as HistoryEntry;
    expect((await removeHistoryEntry(entry)).ok).toBe(true);
    const again = await removeHistoryEntry(entry);
    expect(again).toEqual({ ok: false, problem: { code: 'record-gone' } });
  });

  it('refuses to put back a record that is not one, and writes none of them', async () => {
    await seed();
    const entry = (await readHistory({ kinds: ['warning'], range: {} }, undefined, 100, ZONE)).entries.find(
      (e) => e.id === 'w1',
    ) as HistoryEntry;
    const removed = await removeHistoryEntry(entry);
    if (!removed.ok) throw new Error('not removed');
    const tampered = {
      ...removed.value,
      records: [removed.value.records[0], { ...removed.value.records[1], choice: 'jump' }],
    };
    expect(await restoreHistoryEntry(tampered as never)).toEqual({ ok: false, problem: { code: 'event-choice' } });
    expect((await eventsRepo().list()).map((e) => e.id)).not.toContain('w1');
  });
});

describe('changing a lapse or a check-in', () => {
  it('changes what the person said of a lapse, clears a note, and never moves the counter', async () => {
    await seed();
    await settingsRepo().update({ counterStart: T0 + 20 * 24 * HOUR });
    const done = await changeLapseNotes('l2', {
      note: 'After the party',
      triggers: ['lonely'],
      change: 'Call Sam first',
    });
    expect(done.ok && done.value).toMatchObject({
      note: 'After the party',
      triggers: ['lonely'],
      change: 'Call Sam first',
      restartedCounter: true,
      at: T0 + 9 * 24 * HOUR,
    });
    expect((await settingsRepo().get()).counterStart, 'the counter stays where it was').toBe(T0 + 20 * 24 * HOUR);
    await changeLapseNotes('l2', { note: undefined });
    expect(await lapsesRepo().get('l2')).not.toHaveProperty('note');
    expect((await lapsesRepo().get('l2'))?.change).toBe('Call Sam first');
  });

  it.each<[string, string, object, string]>([
    ['a note too long', 'l1', { note: 'x'.repeat(2001) }, 'lapse-note'],
    ['a trigger that is empty', 'l1', { triggers: [' '] }, 'lapse-trigger'],
    ['a lapse that is gone', 'nope', { note: 'Hello' }, 'record-gone'],
  ])('refuses %s with its problem, and changes nothing', async (_name, id, notes, code) => {
    await seed();
    const before = await lapsesRepo().list();
    expect(await changeLapseNotes(id, notes)).toEqual({ ok: false, problem: { code } });
    expect(await lapsesRepo().list()).toEqual(before);
  });

  it('changes only the answers given; the day and the rest stay', async () => {
    await seed();
    const done = await changeCheckIn('2026-03-02', { sleep: 2, craving: 5, id: '2026-01-01', createdAt: 5 } as never);
    expect(done.ok && done.value).toMatchObject({
      id: '2026-03-02',
      mood: 4,
      note: 'Slept well',
      sleep: 2,
      craving: 5,
      createdAt: T0 + 32 * HOUR,
    });
    expect(await checkinsRepo().get('2026-01-01')).toBeUndefined();
  });

  it.each<[string, string, object, string]>([
    ['a mood of 6', '2026-03-02', { mood: 6 }, 'checkin-mood'],
    ['meals that are not a number', '2026-03-02', { meals: 'two' }, 'checkin-mood'],
    ['a day with no check-in', '2026-03-03', { mood: 3 }, 'record-gone'],
  ])('refuses %s, and changes nothing', async (_name, day, answers, code) => {
    await seed();
    const before = await checkinsRepo().list();
    expect(await changeCheckIn(day, answers)).toEqual({ ok: false, problem: { code } });
    expect(await checkinsRepo().list()).toEqual(before);
  });
});

describe('changing what was chosen on a warning', () => {
  it('writes the choices in one go, reads back as one warning with them, and touches nothing else', async () => {
    await seed();
    const urges = await urgesRepo().list();
    const page = await readHistory({ kinds: ['warning'], range: {} }, undefined, 10, ZONE);
    const w1 = page.entries.find((e) => e.id === 'w1') as WarningEntry;
    const done = await changeWarningChoices(w1, ['leave', 'reach-out'], T0 + 100 * HOUR);
    if (!done.ok) throw new Error('not changed');
    const again = await readHistory({ kinds: ['warning'], range: {} }, undefined, 10, ZONE);
    const read = again.entries.find((e) => e.id === 'w1') as WarningEntry;
    expect(warningChoices(read).sort()).toEqual(['leave', 'reach-out']);
    expect(warningChoices(done.value).sort()).toEqual(['leave', 'reach-out']);
    const ids = (await eventsRepo().list()).map((e) => e.id);
    expect(ids).not.toContain('w1c');
    expect(ids).toContain('w1d');
    expect(ids).toEqual(expect.arrayContaining(['w2', 'w3', 'w4', 'w4c', 'w5']));
    expect(await urgesRepo().list()).toEqual(urges);
  });

  it('refuses a warning with no recorded showing, and changes nothing', async () => {
    await seed();
    const before = await eventsRepo().list();
    const page = await readHistory({ kinds: ['warning'], range: {} }, undefined, 10, ZONE);
    const w5 = page.entries.find((e) => e.id === 'w5') as WarningEntry;
    const done = await changeWarningChoices(w5, ['leave']);
    expect(done).toEqual({ ok: false, problem: { code: 'record-gone' } });
    expect(await eventsRepo().list()).toEqual(before);
  });
});
