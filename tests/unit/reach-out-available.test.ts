import { describe, expect, it } from 'vitest';
import { type Hours, isAvailable, pickReachOut, type ReachContact } from '@/utils/reach-out/available';

const NY = 'America/New_York';
const KOLKATA = 'Asia/Kolkata';
const LORD_HOWE = 'Australia/Lord_Howe';

/** An instant written with its offset, e.g. '2026-01-05T09:00-05:00' (independent of the code under test). */
const at = (iso: string) => {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`bad instant ${iso}`);
  return ms;
};
const hhmm = (text: string) => Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5));
const hours = (days: number[], start: string, end: string): Hours => ({ days, start: hhmm(start), end: hhmm(end) });

const WEEKDAYS = [1, 2, 3, 4, 5];
// 2026-01-05 is a Monday; 2026-01-09 a Friday, 01-10 a Saturday, 01-11 a Sunday.

describe('isAvailable', () => {
  it.each<[string, Hours | undefined, string, string, boolean]>([
    ['no hours: any time', undefined, NY, '2026-01-10T03:00-05:00', true],
    // Office hours on the New York wall clock; the end is not included.
    ['Monday 09:00', hours(WEEKDAYS, '09:00', '17:00'), NY, '2026-01-05T09:00-05:00', true],
    ['Monday 08:59', hours(WEEKDAYS, '09:00', '17:00'), NY, '2026-01-05T08:59-05:00', false],
    ['Monday 16:59', hours(WEEKDAYS, '09:00', '17:00'), NY, '2026-01-05T16:59-05:00', true],
    ['Monday 17:00', hours(WEEKDAYS, '09:00', '17:00'), NY, '2026-01-05T17:00-05:00', false],
    ['Saturday 10:00', hours(WEEKDAYS, '09:00', '17:00'), NY, '2026-01-10T10:00-05:00', false],
    // The same instant is a different day and time in another zone.
    ['Kolkata Monday 09:00', hours(WEEKDAYS, '09:00', '17:00'), KOLKATA, '2026-01-05T09:00+05:30', true],
    ['that instant in New York (Sunday 22:30)', hours(WEEKDAYS, '09:00', '17:00'), NY, '2026-01-05T09:00+05:30', false],
    ['Kolkata half-hour offset, 08:59', hours(WEEKDAYS, '09:00', '17:00'), KOLKATA, '2026-01-05T03:29Z', false],
    ['Kolkata half-hour offset, 09:00', hours(WEEKDAYS, '09:00', '17:00'), KOLKATA, '2026-01-05T03:30Z', true],
    ['Lord Howe summer (+11) Monday 09:30', hours([1], '09:00', '10:00'), LORD_HOWE, '2026-01-05T09:30+11:00', true],
    ['that instant in New York', hours([1], '09:00', '10:00'), NY, '2026-01-05T09:30+11:00', false],
    // Windows across midnight: Friday 22:00–02:00 covers early Saturday.
    ['Friday 21:59', hours([5], '22:00', '02:00'), NY, '2026-01-09T21:59-05:00', false],
    ['Friday 22:00', hours([5], '22:00', '02:00'), NY, '2026-01-09T22:00-05:00', true],
    ['Friday 23:59', hours([5], '22:00', '02:00'), NY, '2026-01-09T23:59-05:00', true],
    ['Saturday 01:00', hours([5], '22:00', '02:00'), NY, '2026-01-10T01:00-05:00', true],
    ['Saturday 02:00', hours([5], '22:00', '02:00'), NY, '2026-01-10T02:00-05:00', false],
    ['Saturday 22:30 (not a Friday)', hours([5], '22:00', '02:00'), NY, '2026-01-10T22:30-05:00', false],
    ['Friday 01:00 (Thursday has no window)', hours([5], '22:00', '02:00'), NY, '2026-01-09T01:00-05:00', false],
    // The end of the week: Saturday night runs into Sunday, Sunday night into Monday.
    ['Saturday 23:00–01:00, Sunday 00:30', hours([6], '23:00', '01:00'), NY, '2026-01-11T00:30-05:00', true],
    ['Saturday 23:00–01:00, Sunday 01:00', hours([6], '23:00', '01:00'), NY, '2026-01-11T01:00-05:00', false],
    ['Sunday 23:00–01:00, Monday 00:59', hours([0], '23:00', '01:00'), NY, '2026-01-12T00:59-05:00', true],
    ['Sunday 23:00–01:00, Sunday 00:30', hours([0], '23:00', '01:00'), NY, '2026-01-11T00:30-05:00', false],
    // An end of 23:59 is midnight; an end equal to the start is a full day.
    ['Monday 20:00–23:59 at 23:59:30', hours([1], '20:00', '23:59'), NY, '2026-01-05T23:59:30-05:00', true],
    ['Monday 20:00–23:59 at Tuesday 00:00', hours([1], '20:00', '23:59'), NY, '2026-01-06T00:00-05:00', false],
    ['Tuesday 00:00–00:00 at 00:00', hours([2], '00:00', '00:00'), NY, '2026-01-06T00:00-05:00', true],
    ['Tuesday 00:00–00:00 at 23:59', hours([2], '00:00', '00:00'), NY, '2026-01-06T23:59-05:00', true],
    ['Tuesday 00:00–00:00 at Wednesday 00:00', hours([2], '00:00', '00:00'), NY, '2026-01-07T00:00-05:00', false],
    // DST in New York: clocks jump 02:00 → 03:00 on 8 March 2026, fall back 02:00 → 01:00 on 1 November.
    ['spring forward, 01:59 EST', hours([0], '01:00', '03:00'), NY, '2026-03-08T01:59-05:00', true],
    ['spring forward, 03:00 EDT', hours([0], '01:00', '03:00'), NY, '2026-03-08T03:00-04:00', false],
    ['spring forward, window in the gap: 03:30 EDT', hours([0], '02:00', '04:00'), NY, '2026-03-08T03:30-04:00', true],
    ['spring forward, window in the gap: 01:59 EST', hours([0], '02:00', '04:00'), NY, '2026-03-08T01:59-05:00', false],
    ['fall back, first 01:30 (EDT)', hours([0], '01:00', '02:00'), NY, '2026-11-01T01:30-04:00', true],
    ['fall back, second 01:30 (EST)', hours([0], '01:00', '02:00'), NY, '2026-11-01T01:30-05:00', true],
    ['fall back, 02:00 EST', hours([0], '01:00', '02:00'), NY, '2026-11-01T02:00-05:00', false],
    [
      'office hours on a DST Monday keep the wall clock',
      hours(WEEKDAYS, '09:00', '17:00'),
      NY,
      '2026-03-09T09:00-04:00',
      true,
    ],
    // Lord Howe moves by half an hour: 02:00 → 02:30 on 4 October 2026.
    ['Lord Howe, 02:15 +10:30 reads 02:45', hours([0], '02:30', '03:00'), LORD_HOWE, '2026-10-04T02:15+10:30', true],
    ['Lord Howe, 01:59 +10:30', hours([0], '02:30', '03:00'), LORD_HOWE, '2026-10-04T01:59+10:30', false],
    ['Lord Howe, 03:00 +11:00', hours([0], '02:30', '03:00'), LORD_HOWE, '2026-10-04T03:00+11:00', false],
  ])('%s', (_, hoursOrNone, zone, instant, expected) => {
    expect(isAvailable(hoursOrNone, at(instant), zone)).toBe(expected);
  });

  it.each<[string, unknown]>([
    ['a day past Saturday', { days: [7], start: 0, end: 60 }],
    ['a fractional day', { days: [1.5], start: 0, end: 60 }],
    ['a start past the day', { days: [1], start: 1440, end: 60 }],
    ['a negative end', { days: [1], start: 0, end: -1 }],
    ['a missing end', { days: [1], start: 0 }],
    ['days that are not a list', { days: '1', start: 0, end: 60 }],
    ['NaN', { days: [1], start: Number.NaN, end: 60 }],
  ])('hours with %s never fit', (_, bad) => {
    expect(isAvailable(bad as Hours, at('2026-01-05T00:30-05:00'), NY)).toBe(false);
  });

  it('an unknown zone never fits (and does not throw)', () => {
    expect(isAvailable(hours(WEEKDAYS, '00:00', '00:00'), at('2026-01-05T12:00Z'), 'Mars/Olympus_Mons')).toBe(false);
  });
});

describe('pickReachOut', () => {
  const MONDAY_10 = at('2026-01-05T10:00-05:00');
  const SATURDAY_10 = at('2026-01-10T10:00-05:00');
  const office = hours(WEEKDAYS, '09:00', '17:00');
  const evenings = hours([0, 1, 2, 3, 4, 5, 6], '18:00', '22:00');
  const ana: ReachContact = { id: 'ana', name: 'Ana', ways: { call: '+12015550123' }, hours: office };
  const ben: ReachContact = { id: 'ben', name: 'Ben', ways: { text: '+12015550124' }, hours: evenings };
  const cam: ReachContact = { id: 'cam', name: 'Cam', ways: { whatsapp: '+34612345678' } };

  it.each<[string, ReachContact[], number, string | undefined]>([
    ['the first whose hours fit', [ana, ben], MONDAY_10, 'ana'],
    ['a later one whose hours fit', [ana, cam], SATURDAY_10, 'cam'],
    ['the first of all when no hours fit', [ana, ben], SATURDAY_10, 'ana'],
    ['someone with no way is skipped', [{ ...ana, ways: { call: 'javascript:alert(1)' } }, ben], MONDAY_10, 'ben'],
    ['someone with no ways at all is skipped', [{ ...ana, ways: {} }, cam], MONDAY_10, 'cam'],
    ['nobody reachable', [{ ...ana, ways: { email: 'nope' } }], MONDAY_10, undefined],
    ['nobody at all', [], MONDAY_10, undefined],
  ])('%s', (_, contacts, now, id) => {
    expect(pickReachOut(contacts, now, NY)?.contactId).toBe(id);
  });

  it('reads hours in the contact’s own zone when they have one', () => {
    // Sunday 22:30 in New York is Monday 09:00 in Kolkata.
    const far: ReachContact = { ...ana, id: 'far', zone: KOLKATA };
    expect(pickReachOut([ben, far], at('2026-01-04T22:30-05:00'), NY)?.contactId).toBe('far');
    expect(pickReachOut([ben, ana], at('2026-01-04T22:30-05:00'), NY)?.contactId).toBe('ben');
  });

  it('uses the preferred way when it makes a link', () => {
    const dee: ReachContact = {
      id: 'dee',
      name: 'Dee',
      ways: { call: '+12015550125', whatsapp: '+12015550125', email: 'dee@example.com' },
      preferred: 'whatsapp',
    };
    expect(pickReachOut([dee], MONDAY_10, NY, 'Are you free?')).toEqual({
      contactId: 'dee',
      name: 'Dee',
      channel: 'whatsapp',
      href: 'https://wa.me/12015550125?text=Are%20you%20free%3F',
      address: '+12015550125',
    });
  });

  it.each<[string, ReachContact['ways'], ReachContact['preferred'], string]>([
    [
      'a broken preferred way falls back in CHANNELS order',
      { email: 'dee@example.com', telegram: 'x' },
      'telegram',
      'email',
    ],
    ['call comes before text', { text: '+12015550125', call: '+12015550125' }, undefined, 'call'],
    ['text comes before email', { email: 'dee@example.com', text: '+12015550125' }, undefined, 'text'],
    ['a preferred way that is not a channel is ignored', { signal: '+12015550125' }, 'fax' as never, 'signal'],
    ['a preferred way they have no address for', { telegram: 'steady_friend' }, 'call', 'telegram'],
  ])('%s', (_, ways, preferred, channel) => {
    const dee: ReachContact = { id: 'dee', name: 'Dee', ways, ...(preferred && { preferred }) };
    expect(pickReachOut([dee], MONDAY_10, NY)?.channel).toBe(channel);
  });

  it('sends the person’s own words instead of the default', () => {
    const own: ReachContact = { ...ben, hours: undefined, message: 'It’s me. Call?' };
    expect(pickReachOut([own], MONDAY_10, NY, 'default')?.href).toBe(
      'sms:+12015550124?&body=It%E2%80%99s%20me.%20Call%3F',
    );
    expect(pickReachOut([{ ...own, message: '' }], MONDAY_10, NY, 'default')?.href).toBe('sms:+12015550124');
    expect(pickReachOut([{ ...own, message: undefined }], MONDAY_10, NY, 'default')?.href).toBe(
      'sms:+12015550124?&body=default',
    );
  });

  it('passes the subject to email', () => {
    const eve: ReachContact = { id: 'eve', name: 'Eve', ways: { email: 'eve@example.com' } };
    expect(pickReachOut([eve], MONDAY_10, NY, 'Hi', 'A note')?.href).toBe(
      'mailto:eve@example.com?subject=A%20note&body=Hi',
    );
  });

  it('reaches the person without the words when the words cannot go in a link', () => {
    const long = 'x'.repeat(5_000);
    expect(pickReachOut([ben], MONDAY_10, NY, long)).toEqual({
      contactId: 'ben',
      name: 'Ben',
      channel: 'text',
      href: 'sms:+12015550124',
      address: '+12015550124',
    });
    const eve: ReachContact = { id: 'eve', name: 'Eve', ways: { email: 'eve@example.com' } };
    expect(pickReachOut([eve], MONDAY_10, NY, 'Hi', 'Bad\r\nBcc: x@example.com')?.href).toBe('mailto:eve@example.com');
  });
});
