import { describe, expect, it } from 'vitest';
import type { UrgeOutcome } from '@/utils/db/schema';
import { NOTE_CHARS, WEEK_NOTES, weekFacts, weekLink, weekTargets } from '@/utils/reach-out/week';
import { weekMessage } from '@/utils/words/week';

const ZONE = 'America/New_York';
// Sunday 6 December 2026, 20:00 in New York; the week is Monday 30 November to today.
const NOW = Date.UTC(2026, 11, 7, 1, 0);
const DAY = 86_400_000;
const urge = (at: number, outcome?: UrgeOutcome, note?: string) => ({
  at,
  ...(outcome ? { outcome } : {}),
  ...(note ? { note } : {}),
});
// Midnight of 30 November in New York.
const WEEK_START = Date.UTC(2026, 10, 30, 5, 0);

describe('the week’s facts (weekFacts): the last 7 days in the person’s zone', () => {
  it.each<[string, ReturnType<typeof urge>[], Partial<ReturnType<typeof weekFacts>>]>([
    ['no urges', [], { urges: 0, rodeOut: 0, reachedOut: 0 }],
    [
      'urges and their outcomes',
      [
        urge(NOW - DAY, 'rode-it-out'),
        urge(NOW - 2 * DAY, 'rode-it-out'),
        urge(NOW - 3 * DAY, 'reached-out'),
        urge(NOW, 'used'),
        urge(NOW - 5),
      ],
      { urges: 5, rodeOut: 2, reachedOut: 1 },
    ],
    ['the first minute of the week counts', [urge(WEEK_START)], { urges: 1 }],
    ['the minute before it does not', [urge(WEEK_START - 60_000)], { urges: 0 }],
    ['nothing after now', [urge(NOW + 1)], { urges: 0 }],
  ])('%s', (_name, urges, expected) => {
    expect(weekFacts(urges, NOW, ZONE)).toMatchObject({ from: '2026-11-30', to: '2026-12-06', ...expected });
  });

  it('leaves the person’s notes out unless they choose them', () => {
    const urges = [urge(NOW - DAY, 'rode-it-out', 'After the call with mum')];
    expect(weekFacts(urges, NOW, ZONE).notes).toEqual([]);
    expect(weekFacts(urges, NOW, ZONE, { withNotes: true }).notes).toEqual(['After the call with mum']);
  });

  it('takes at most a few notes, the latest, each on one line and cut short', () => {
    const urges = Array.from({ length: 8 }, (_, i) =>
      urge(NOW - (8 - i) * 3_600_000, undefined, `note ${i}\n${'x'.repeat(i === 7 ? 500 : 3)}`),
    );
    const notes = weekFacts(urges, NOW, ZONE, { withNotes: true }).notes;
    expect(notes).toHaveLength(WEEK_NOTES);
    expect(notes[0]).toBe('note 3 xxx');
    expect(notes.at(-1)?.length).toBe(NOTE_CHARS);
    expect(notes.at(-1)?.endsWith('…')).toBe(true);
  });
});

describe('the week’s text (weekMessage)', () => {
  const facts = (over: Partial<ReturnType<typeof weekFacts>> = {}) => ({
    from: '2026-11-30',
    to: '2026-12-06',
    urges: 6,
    rodeOut: 4,
    reachedOut: 1,
    notes: [],
    ...over,
  });
  it.each<[string, ReturnType<typeof facts>, string]>([
    [
      'urges, what helped, the stretch',
      facts({ stretch: 12 }),
      'My week, Nov 30, 2026 to Dec 6, 2026.\nI logged 6 urges.\nWhat helped: riding it out (4 times) and reaching out (once).\n12 days in my current stretch.\n\nThank you for being there.',
    ],
    [
      'a quiet week, no counter',
      facts({ urges: 0, rodeOut: 0, reachedOut: 0 }),
      'My week, Nov 30, 2026 to Dec 6, 2026.\nI logged no urges.\n\nThank you for being there.',
    ],
    [
      'one urge, ridden out, one day, with a note',
      facts({ urges: 1, rodeOut: 1, reachedOut: 0, stretch: 1, notes: ['Walked it off'] }),
      'My week, Nov 30, 2026 to Dec 6, 2026.\nI logged 1 urge.\nWhat helped: riding it out (once).\n1 day in my current stretch.\n\nFrom my notes:\n– Walked it off\n\nThank you for being there.',
    ],
  ])('%s', (_name, given, expected) => {
    expect(weekMessage(given, 'en-US')).toBe(expected);
  });

  it('says nothing of a lapse: an urge whose outcome was "I used" is only counted as an urge', () => {
    const text = weekMessage(weekFacts([urge(NOW - DAY, 'used')], NOW, ZONE), 'en-US');
    expect(text).not.toMatch(/used|lapse|helped/i);
  });
});

describe('to whom and how (weekTargets, weekLink)', () => {
  const people = [
    { id: 'a', name: 'Sam', ways: { call: '+12015550123' } },
    { id: 'b', name: 'Ana', ways: { text: '+525512345678', call: '+525500000000', email: 'ana@example.org' } },
    { id: 'c', name: 'Tel', ways: { telegram: 'someone_here' } },
  ];
  it('lists the people with a number to text (their texting number first) or an email, in order', () => {
    expect(weekTargets(people)).toEqual([
      { contactId: 'a', name: 'Sam', ways: [{ channel: 'text', address: '+12015550123' }] },
      {
        contactId: 'b',
        name: 'Ana',
        ways: [
          { channel: 'text', address: '+525512345678' },
          { channel: 'email', address: 'ana@example.org' },
        ],
      },
    ]);
  });

  it.each<[string, { channel: 'text' | 'email'; address: string }, string, string]>([
    [
      'a text message',
      { channel: 'text', address: '+12015550123' },
      'Hi & bye?\nok',
      'sms:+12015550123?&body=Hi%20%26%20bye%3F%0Aok',
    ],
    [
      'an email, with its subject',
      { channel: 'email', address: 'ana@example.org' },
      'a=b&c',
      'mailto:ana@example.org?subject=My%20week&body=a%3Db%26c',
    ],
  ])('%s: every part encoded', (_name, way, text, href) => {
    expect(weekLink(way, text, 'My week')).toEqual({ ok: true, href });
  });

  it.each<[string, { channel: 'text' | 'email'; address: string }, string]>([
    ['a number that is a script', { channel: 'text', address: 'javascript:alert(1)' }, 'invalid-phone'],
    ['an address with a header in it', { channel: 'email', address: 'a@example.org?bcc=x@evil.test' }, 'invalid-email'],
    ['a text too long for a link', { channel: 'text', address: '+12015550123' }, 'message-too-long'],
  ])('no link for %s', (name, way, problem) => {
    const text = name.includes('too long') ? 'x'.repeat(1001) : 'hello';
    expect(weekLink(way, text, 'My week')).toEqual({ ok: false, problem });
  });
});
