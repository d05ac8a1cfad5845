import { describe, expect, it } from 'vitest';
import type { TriggerSite } from '@/utils/db/schema';
import { deriveGuardState, ruleToWarn } from '@/utils/guard-state';

const stamp = { createdAt: 1, updatedAt: 1 };
const site = (over: Partial<TriggerSite>): TriggerSite => ({
  id: over.host ?? 'x',
  host: 'example.org',
  scope: 'site',
  level: 'gentle',
  when: 'always',
  status: 'active',
  ...stamp,
  ...over,
});

const sites = [
  site({ host: 'always.org' }),
  site({ host: 'hard.org', when: 'hard-times', level: 'pause' }),
  site({ host: 'off.org', status: 'needs-permission' }),
  site({ host: 'quiet.org', quietUntil: 2_000 }),
  site({ host: 'firm.org', level: 'firm' }),
];

describe('deriveGuardState', () => {
  it.each([
    [
      'no hard time',
      { on: false, firmer: false },
      { 'always.org': 'gentle', 'quiet.org': 'gentle', 'firm.org': 'firm' },
    ],
    [
      'a hard time',
      { on: true, firmer: false },
      { 'always.org': 'gentle', 'hard.org': 'pause', 'quiet.org': 'gentle', 'firm.org': 'firm' },
    ],
    [
      'a hard time, firmer',
      { on: true, firmer: true },
      { 'always.org': 'pause', 'hard.org': 'firm', 'quiet.org': 'pause', 'firm.org': 'firm' },
    ],
    [
      'firmer set, no hard time',
      { on: false, firmer: true },
      { 'always.org': 'gentle', 'quiet.org': 'gentle', 'firm.org': 'firm' },
    ],
  ])('%s', (_name, hardTime, expected) => {
    const state = deriveGuardState(sites, hardTime);
    expect(Object.fromEntries(state.rules.map((r) => [r.host, r.level]))).toEqual(expected);
  });

  it('holds no words of the person, only rules', () => {
    const state = deriveGuardState(sites);
    for (const rule of state.rules) {
      expect(Object.keys(rule).sort()).toEqual(expect.arrayContaining(['host', 'id', 'level', 'scope']));
      expect(Object.keys(rule).every((k) => ['host', 'id', 'level', 'scope', 'path', 'quietUntil'].includes(k))).toBe(
        true,
      );
    }
  });
});

describe('ruleToWarn', () => {
  const state = deriveGuardState(sites);
  it.each([
    ['https://always.org/', 1_000, 'always.org'],
    ['https://www.always.org/x', 1_000, 'always.org'],
    ['https://off.org/', 1_000, undefined],
    ['https://quiet.org/', 1_999, undefined],
    ['https://quiet.org/', 2_000, 'quiet.org'],
    ['https://hard.org/', 1_000, undefined],
    ['https://elsewhere.org/', 1_000, undefined],
  ])('%s at %i → %s', (url, now, host) => {
    expect(ruleToWarn(state, url, now)?.host).toBe(host);
  });
  it('warns nowhere without a state, or with an unknown version', () => {
    expect(ruleToWarn(undefined, 'https://always.org/', 1)).toBeUndefined();
    expect(ruleToWarn({ ...state, v: 2 as 1 }, 'https://always.org/', 1)).toBeUndefined();
  });
});
