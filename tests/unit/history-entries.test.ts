import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WarningEvent } from '@/utils/db/schema';
import {
  checkInAt,
  collectNewest,
  compareEntries,
  dropEntry,
  type EntryKey,
  HISTORY_KINDS,
  mergePage,
  placeEntry,
  warningChoices,
} from '@/utils/history/entries';
import {
  changeChoices,
  createWarningGrouper,
  groupWarnings,
  type MadeChoice,
  WARNING_WINDOW,
} from '@/utils/history/warnings';

const key = (kind: EntryKey['kind'], id: string, at: number): EntryKey => ({ kind, id, at });
const names = (entries: readonly EntryKey[]) => entries.map((e) => `${e.kind}:${e.id}`);

describe('compareEntries: newest first; at one instant by kind, then by id', () => {
  it.each<[string, EntryKey, EntryKey, 'first' | 'second']>([
    ['newer first', key('check-in', 'a', 2), key('urge', 'b', 1), 'first'],
    ['older second', key('urge', 'a', 1), key('urge', 'b', 2), 'second'],
    ['same instant: urges before warnings', key('urge', 'z', 5), key('warning', 'a', 5), 'first'],
    ['same instant: lapses before check-ins', key('check-in', 'a', 5), key('lapse', 'z', 5), 'second'],
    ['same instant and kind: the greater id first', key('urge', 'b', 5), key('urge', 'a', 5), 'first'],
  ])('%s', (_name, a, b, first) => {
    expect(Math.sign(compareEntries(a, b))).toBe(first === 'first' ? -1 : 1);
    expect(Math.sign(compareEntries(b, a))).toBe(first === 'first' ? 1 : -1);
  });
  it('an entry is equal to itself only', () =>
    expect(compareEntries(key('urge', 'a', 1), key('urge', 'a', 1))).toBe(0));
});

describe('collectNewest: the first entries after a cursor, from entries read newest first', () => {
  const read = [
    key('urge', 'e', 50),
    key('urge', 'd', 40),
    key('urge', 'c', 40),
    key('urge', 'b', 30),
    key('urge', 'a', 20),
  ];
  it.each<[string, number, EntryKey | undefined, string[], number]>([
    ['the first two: reads on through the tie at 40, stops at 30', 2, undefined, ['urge:e', 'urge:d'], 4],
    ['after the cursor', 2, key('urge', 'd', 40), ['urge:c', 'urge:b'], 5],
    ['a tie split by the cursor', 1, key('urge', 'e', 50), ['urge:d'], 4],
    ['more than there are', 10, undefined, ['urge:e', 'urge:d', 'urge:c', 'urge:b', 'urge:a'], 5],
    ['nothing after the last', 3, key('urge', 'a', 20), [], 5],
  ])('%s', (_name, limit, cursor, expected, readCount) => {
    const collect = collectNewest(limit, cursor);
    let count = 0;
    for (const entry of read) {
      count++;
      if (!collect.offer(entry)) break;
    }
    expect(names(collect.result())).toEqual(expected);
    expect(count, 'entries read').toBe(readCount);
  });

  it('takes a tie whole whatever order the store hands it over in', () => {
    const collect = collectNewest(1);
    for (const entry of [key('urge', 'a', 9), key('urge', 'c', 9), key('urge', 'b', 9)]) collect.offer(entry);
    expect(names(collect.result())).toEqual(['urge:c']);
  });
});

describe('mergePage: one page from every kind', () => {
  it.each<[string, EntryKey[][], number, string[], boolean]>([
    [
      'interleaves kinds by time',
      [[key('urge', 'u1', 30), key('urge', 'u2', 10)], [key('lapse', 'l1', 20)], [key('check-in', '2026-01-02', 25)]],
      3,
      ['urge:u1', 'check-in:2026-01-02', 'lapse:l1'],
      true,
    ],
    ['exactly a page: no more', [[key('urge', 'a', 2)], [key('warning', 'b', 1)]], 2, ['urge:a', 'warning:b'], false],
    ['nothing', [[], []], 5, [], false],
  ])('%s', (_name, lists, limit, expected, more) => {
    const page = mergePage(lists, limit);
    expect(names(page.entries)).toEqual(expected);
    expect(page.more).toBe(more);
  });

  it('paging through any mix of kinds gives every entry once, in order (whatever the page size)', () => {
    const entry = fc.record({
      kind: fc.constantFrom(...HISTORY_KINDS),
      id: fc.string({ minLength: 1, maxLength: 3 }),
      at: fc.integer({ min: 0, max: 20 }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(entry, { selector: (e) => `${e.kind}/${e.id}` }),
        fc.integer({ min: 1, max: 7 }),
        (all, size) => {
          const byKind = HISTORY_KINDS.map((kind) => all.filter((e) => e.kind === kind));
          const seen: EntryKey[] = [];
          let cursor: EntryKey | undefined;
          for (let guard = 0; guard <= all.length + 1; guard++) {
            // Each kind gives its first size + 1 after the cursor, as the commands read them.
            const lists = byKind.map((list) => {
              const collect = collectNewest<EntryKey>(size + 1, cursor);
              for (const e of [...list].sort((a, b) => b.at - a.at)) if (!collect.offer(e)) break;
              return collect.result();
            });
            const page = mergePage(lists, size);
            seen.push(...page.entries);
            cursor = page.entries[page.entries.length - 1];
            if (!page.more) break;
          }
          expect(seen).toEqual([...all].sort(compareEntries));
        },
      ),
    );
  });
});

describe('placeEntry and dropEntry: an undo puts an entry back where it was', () => {
  const list = [key('urge', 'c', 30), key('lapse', 'b', 20), key('urge', 'a', 10)];
  it.each<[string, EntryKey, string[]]>([
    ['in the middle', key('check-in', 'x', 25), ['urge:c', 'check-in:x', 'lapse:b', 'urge:a']],
    ['first', key('warning', 'x', 31), ['warning:x', 'urge:c', 'lapse:b', 'urge:a']],
    ['last', key('urge', 'x', 1), ['urge:c', 'lapse:b', 'urge:a', 'urge:x']],
    ['replacing itself, moved by a new time', { ...key('urge', 'c', 15) }, ['lapse:b', 'urge:c', 'urge:a']],
  ])('%s', (_name, entry, expected) => expect(names(placeEntry(list, entry))).toEqual(expected));
  it('drops by kind and id', () => {
    expect(names(dropEntry(list, key('urge', 'a', 999)))).toEqual(['urge:c', 'lapse:b']);
    expect(names(dropEntry(list, key('lapse', 'a', 10)))).toEqual(['urge:c', 'lapse:b', 'urge:a']);
  });
});

describe('checkInAt: when it was saved, kept within its day', () => {
  it.each<[string, number, [number, number] | undefined, number]>([
    ['saved that day', 150, [100, 200], 150],
    ['saved before the day (an import)', 50, [100, 200], 100],
    ['saved after it', 500, [100, 200], 199],
    ['a day the zone skipped', 150, [100, 100], 100],
    ['no day known', 150, undefined, 150],
  ])('%s', (_name, createdAt, day, at) => expect(checkInAt({ createdAt }, day)).toBe(at));
});

const MIN = 60_000;
let n = 0;
const ev = (choice: WarningEvent['choice'], minute: number, site = 's1'): WarningEvent => ({
  id: `e${String(n++).padStart(3, '0')}`,
  at: 1_780_000_000_000 + minute * MIN,
  siteId: site,
  host: `${site}.example`,
  choice,
  createdAt: 1,
  updatedAt: 1,
});
const shape = (events: WarningEvent[]) =>
  groupWarnings(events).map(
    (w) => `${w.events[0]?.siteId}@${(w.at - 1_780_000_000_000) / MIN}:${w.events.map((e) => e.choice).join('+')}`,
  );

describe('groupWarnings: each warning once, with the choices made on it', () => {
  it.each<[string, WarningEvent[], string[]]>([
    ['shown, then leave', [ev('shown', 0), ev('leave', 1)], ['s1@0:shown+leave']],
    ['shown with no choice', [ev('shown', 0)], ['s1@0:shown']],
    [
      'ride it out, then continue: one warning, both choices in order',
      [ev('shown', 0), ev('ride-it-out', 3), ev('continue', 12)],
      ['s1@0:shown+ride-it-out+continue'],
    ],
    [
      'a later warning on the same site starts its own',
      [ev('shown', 0), ev('leave', 1), ev('shown', 5), ev('continue', 6)],
      ['s1@5:shown+continue', 's1@0:shown+leave'],
    ],
    [
      'two sites at once keep their own choices',
      [ev('shown', 0, 'a'), ev('shown', 1, 'b'), ev('leave', 2, 'a'), ev('continue', 3, 'b')],
      ['b@1:shown+continue', 'a@0:shown+leave'],
    ],
    [
      'a choice just inside the window belongs',
      [ev('shown', 0), ev('leave', WARNING_WINDOW / MIN)],
      ['s1@0:shown+leave'],
    ],
    [
      'a choice past the window stands alone',
      [ev('shown', 0), ev('leave', WARNING_WINDOW / MIN + 1)],
      [`s1@${WARNING_WINDOW / MIN + 1}:leave`, 's1@0:shown'],
    ],
    ['a choice whose warning was never written stands alone', [ev('log-urge', 7)], ['s1@7:log-urge']],
  ])('%s', (_name, events, expected) => {
    expect(shape(events)).toEqual(expected);
  });

  it('says what was chosen', () => {
    const [warning] = groupWarnings([ev('shown', 0), ev('reach-out', 1), ev('leave', 2)]);
    expect(warningChoices(warning as NonNullable<typeof warning>)).toEqual(['reach-out', 'leave']);
  });
});

describe('createWarningGrouper: what can still come', () => {
  it('a waiting choice holds the ceiling until its warning is found or the window has passed', () => {
    const grouper = createWarningGrouper(10 * MIN);
    const leave = ev('leave', 100);
    expect(grouper.add(leave)).toEqual([]);
    expect(grouper.ceiling()).toBe(leave.at);
    expect(grouper.add(ev('shown', 95, 'other'))).toHaveLength(1);
    expect(grouper.ceiling(), 'still waiting').toBe(leave.at);
    const alone = grouper.add(ev('shown', 89, 'other'));
    expect(alone.map((w) => w.id)).toEqual([leave.id, expect.any(String)]);
    expect(grouper.ceiling()).toBe(leave.at - 11 * MIN);
    expect(grouper.finish()).toEqual([]);
  });
});

describe('changeChoices: the person corrects what they chose on a warning', () => {
  const ids = () => {
    let i = 0;
    return () => `new${i++}`;
  };
  it.each<[string, WarningEvent['choice'][], MadeChoice[], string, string[]]>([
    ['adds a choice to a warning with none', ['shown'], ['leave'], 'shown+leave', []],
    [
      'takes one out, keeps the other',
      ['shown', 'ride-it-out', 'continue'],
      ['ride-it-out'],
      'shown+ride-it-out',
      ['continue'],
    ],
    ['none left', ['shown', 'continue'], [], 'shown', ['continue']],
    ['the same again changes nothing', ['shown', 'leave'], ['leave'], 'shown+leave', []],
    [
      'a choice made twice stays twice while ticked',
      ['shown', 'log-urge', 'log-urge'],
      ['log-urge'],
      'shown+log-urge+log-urge',
      [],
    ],
    ['swaps one for another', ['shown', 'continue'], ['leave', 'reach-out'], 'shown+leave+reach-out', ['continue']],
  ])('%s', (_name, had, choices, after, goneChoices) => {
    const events = had.map((choice, i) => ev(choice, i * 3));
    const change = changeChoices({ events }, choices, 99, ids());
    if (!change) throw new Error('no change');
    expect(change.events.map((e) => e.choice).join('+')).toBe(after);
    expect(change.out.map((id) => events.find((e) => e.id === id)?.choice)).toEqual(goneChoices);
    // Written as they say, the events group back into the one warning, with exactly these choices.
    const stored = [...events.filter((e) => !change.out.includes(e.id)), ...change.into];
    const warnings = groupWarnings(stored);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.events.map((e) => e.choice).sort()).toEqual(after.split('+').sort());
    for (const added of change.into) {
      expect(added).toMatchObject({ siteId: 's1', host: 's1.example', createdAt: 99, updatedAt: 99 });
      expect(added.at).toBe((events[0] as WarningEvent).at + 1);
    }
  });

  it('refuses a warning whose showing was not recorded (a choice added there would stand alone)', () => {
    expect(changeChoices({ events: [ev('continue', 0)] }, ['leave'], 99, ids())).toBeUndefined();
  });
});
