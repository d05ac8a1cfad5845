import { describe, expect, it } from 'vitest';
import type { TriggerSite } from '@/utils/db/schema';
import {
  asGuardState,
  capQuiet,
  decideFromState,
  deriveGuardState,
  MAX_QUIET,
  type QuietTimes,
  withQuiet,
} from '@/utils/guard/state';

const stamp = { createdAt: 1, updatedAt: 1 };
const site = (over: Partial<TriggerSite>): TriggerSite => ({
  id: over.host ?? 'x',
  host: 'example.org',
  scope: 'site',
  level: 'gentle',
  when: 'always',
  ...stamp,
  ...over,
});

const sites = [
  site({ host: 'always.org' }),
  site({ host: 'hard.org', when: 'hard-times', level: 'pause' }),
  site({ host: 'quiet.org', quietUntil: 2_000 }),
  site({ host: 'firm.org', level: 'firm' }),
];
const settings = { pauseSeconds: 12, quietMinutes: 20 };

describe('deriveGuardState', () => {
  it('holds the rules, the hard-time state and the two settings the guard needs, and nothing else', () => {
    const state = deriveGuardState(sites, { on: false, firmer: true }, settings);
    expect(state).toMatchObject({ v: 2, hardTime: { on: false, firmer: true }, pauseSeconds: 12, quietMinutes: 20 });
    expect(Object.keys(state).sort()).toEqual(['hardTime', 'pauseSeconds', 'quietMinutes', 'rules', 'v']);
    for (const rule of state.rules) {
      for (const key of Object.keys(rule)) {
        expect(['host', 'id', 'level', 'scope', 'path', 'quietUntil', 'when']).toContain(key);
      }
    }
    expect(state.rules).toHaveLength(sites.length);
  });

  it.each([
    ['no hard time', { on: false, firmer: false }, { 'always.org': 'gentle', 'firm.org': 'firm' }],
    ['a hard time', { on: true, firmer: false }, { 'always.org': 'gentle', 'hard.org': 'pause', 'firm.org': 'firm' }],
    [
      'a hard time, firmer',
      { on: true, firmer: true },
      { 'always.org': 'pause', 'hard.org': 'firm', 'firm.org': 'firm' },
    ],
  ])('the guard decides from it as the background does: %s', (_name, hardTime, expected) => {
    const state = deriveGuardState(sites, hardTime, settings);
    const decided = Object.fromEntries(
      ['always.org', 'hard.org', 'quiet.org', 'firm.org', 'elsewhere.org'].flatMap((host) => {
        const level = decideFromState(state, `https://${host}/`, 1_000)?.level;
        return level ? [[host, level]] : [];
      }),
    );
    expect(decided).toEqual(expected);
    expect(decideFromState(state, 'https://quiet.org/', 2_000)?.level).toBe(hardTime.firmer ? 'pause' : 'gentle');
  });

  it('reads only its own shape back from storage', () => {
    const state = deriveGuardState(sites, { on: false, firmer: false }, settings);
    expect(asGuardState(JSON.parse(JSON.stringify(state)))).toEqual(state);
    expect(asGuardState({ v: 1, rules: [] })).toBeUndefined();
    expect(asGuardState(undefined)).toBeUndefined();
    expect(asGuardState('guard')).toBeUndefined();
    expect(decideFromState(undefined, 'https://always.org/', 1)).toBeUndefined();
  });
});

describe('the guard’s own quiet times (guardQuiet, written on "continue")', () => {
  const quiet = { 'always.org': 5_000, 'hard.org': 5_000, 'firm.org': 5_000 };

  it.each([
    [
      'no hard time: a firm rule is not quieted',
      { on: false, firmer: false },
      { 'always.org': undefined, 'firm.org': 'firm' },
    ],
    [
      'a hard time made a pause rule firm: not quieted either',
      { on: true, firmer: true },
      { 'always.org': undefined, 'hard.org': 'firm', 'firm.org': 'firm' },
    ],
  ])('never quiet a rule that is firm now: %s', (_name, hardTime, expected) => {
    const state = withQuiet(deriveGuardState(sites, hardTime, settings), quiet, 1_000);
    const decided = Object.fromEntries(
      ['always.org', 'hard.org', 'firm.org'].map((host) => [
        host,
        decideFromState(state, `https://${host}/`, 1_000)?.level,
      ]),
    );
    expect(decided).toMatchObject(expected);
  });

  const rules = [
    { id: 'a', level: 'gentle' as const },
    { id: 'b', level: 'pause' as const },
    { id: 'f', level: 'firm' as const },
  ];
  it.each<[string, QuietTimes, QuietTimes]>([
    ['keeps a quiet time within the one set', { a: 1_000 + 60_000 }, { a: 1_000 + 60_000 }],
    ['drops one already over', { a: 999, b: 1_000 }, {}],
    ['drops one for a rule that is gone', { gone: 5_000, a: 5_000 }, { a: 5_000 }],
    ['drops one for a firm rule', { f: 5_000, b: 5_000 }, { b: 5_000 }],
    ['cuts one longer than the quiet time set', { a: 1_000 + 999 * 60_000 }, { a: 1_000 + 20 * 60_000 }],
  ])('capped when the background re-derives: %s', (_name, before, after) => {
    expect(capQuiet(before, rules, 1_000, 20)).toEqual(after);
  });

  it('capped to a bounded number, the latest kept', () => {
    const many = Array.from({ length: MAX_QUIET + 50 }, (_, i) => ({ id: `r${i}`, level: 'gentle' as const }));
    const before = Object.fromEntries(many.map((rule, i) => [rule.id, 2_000 + i]));
    const after = capQuiet(before, many, 1_000, 20);
    expect(Object.keys(after)).toHaveLength(MAX_QUIET);
    expect(after[`r${MAX_QUIET + 49}`]).toBe(2_000 + MAX_QUIET + 49);
    expect(after.r0).toBeUndefined();
  });
});
