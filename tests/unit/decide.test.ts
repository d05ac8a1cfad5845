import { describe, expect, it } from 'vitest';
import { WARNING_LEVELS, type WarningLevel } from '@/utils/db/schema';
import { decideWarning, type HardTimeNow, type WarnRule } from '@/utils/triggers/decide';

const NOW = 10_000;
const OFF: HardTimeNow = { on: false, firmer: false };
const ON: HardTimeNow = { on: true, firmer: false };
const ON_FIRMER: HardTimeNow = { on: true, firmer: true };

const whole = (level: WarningLevel, over: Partial<WarnRule> = {}): WarnRule => ({
  id: 'whole',
  host: 'example.org',
  scope: 'site',
  level,
  when: 'always',
  ...over,
});
const path = (level: WarningLevel, over: Partial<WarnRule> = {}): WarnRule => ({
  id: 'path',
  host: 'example.org',
  scope: 'site',
  path: '/r/x',
  level,
  when: 'always',
  ...over,
});

const rank = (level: WarningLevel) => WARNING_LEVELS.indexOf(level);
const firmest = (a: WarningLevel, b: WarningLevel) => (rank(a) >= rank(b) ? a : b);
const PAIRS = WARNING_LEVELS.flatMap((a) => WARNING_LEVELS.map((b) => [a, b] as const));

describe('one rule decides: the firmest of the matching rules that are not quiet', () => {
  it.each(PAIRS)('whole site %s, path %s: the path page warns at the firmer level', (a, b) => {
    const decision = decideWarning([whole(a), path(b)], 'https://example.org/r/x/thread', NOW, OFF);
    expect(decision?.level).toBe(firmest(a, b));
    // Among equal levels the most specific rule (the path) stands for the warning.
    expect(decision?.rule.id).toBe(rank(a) > rank(b) ? 'whole' : 'path');
    expect(decision?.covering.map((r) => r.id).sort()).toEqual(['path', 'whole']);
  });

  it.each(PAIRS)('whole site %s, path %s: another page of the site has the whole site’s level', (a, b) => {
    expect(decideWarning([whole(a), path(b)], 'https://example.org/about', NOW, OFF)?.level).toBe(a);
  });

  it.each(PAIRS)('whole site %s quiet, path %s: the path still warns at its own level', (a, b) => {
    const rules = [whole(a, { quietUntil: NOW + 1 }), path(b)];
    const decision = decideWarning(rules, 'https://example.org/r/x', NOW, OFF);
    expect(decision?.level).toBe(b);
    expect(decision?.covering.map((r) => r.id)).toEqual(['path']);
    expect(decideWarning(rules, 'https://example.org/', NOW, OFF)).toBeUndefined();
  });

  it.each(PAIRS)('whole site %s, path %s quiet: the path page warns at the whole site’s level', (a, b) => {
    const rules = [whole(a), path(b, { quietUntil: NOW + 1 })];
    expect(decideWarning(rules, 'https://example.org/r/x', NOW, OFF)?.level).toBe(a);
  });

  it.each(PAIRS)('whole site %s, path %s, both quiet: nothing warns until the quiet time ends', (a, b) => {
    const rules = [whole(a, { quietUntil: NOW + 1 }), path(b, { quietUntil: NOW + 1 })];
    expect(decideWarning(rules, 'https://example.org/r/x', NOW, OFF)).toBeUndefined();
    expect(decideWarning(rules, 'https://example.org/r/x', NOW + 1, OFF)?.level).toBe(firmest(a, b));
  });

  it.each(PAIRS)('whole site %s always, path %s only in hard times', (a, b) => {
    const rules = [whole(a), path(b, { when: 'hard-times' })];
    expect(decideWarning(rules, 'https://example.org/r/x', NOW, OFF)?.level).toBe(a);
    expect(decideWarning(rules, 'https://example.org/r/x', NOW, ON)?.level).toBe(firmest(a, b));
  });

  it.each(PAIRS)('whole site %s, path %s, a hard time with firmer warnings: one step firmer', (a, b) => {
    const firmer = WARNING_LEVELS[Math.min(rank(firmest(a, b)) + 1, 2)];
    expect(decideWarning([whole(a), path(b)], 'https://example.org/r/x', NOW, ON_FIRMER)?.level).toBe(firmer);
    // "Firmer" applies only while a hard time is on.
    expect(decideWarning([whole(a), path(b)], 'https://example.org/r/x', NOW, { on: false, firmer: true })?.level).toBe(
      firmest(a, b),
    );
  });

  it('the case that was reported: firm site, gentle path, no continue there even after the path was quiet', () => {
    const rules = [whole('firm'), path('gentle', { quietUntil: NOW + 60_000 })];
    expect(decideWarning(rules, 'https://example.org/r/x', NOW, OFF)?.level).toBe('firm');
    expect(decideWarning([whole('firm'), path('gentle')], 'https://example.org/r/x', NOW, OFF)?.level).toBe('firm');
  });

  it.each([
    ['only during hard times, none on', [whole('firm', { when: 'hard-times' })], OFF],
    ['another site', [whole('gentle', { host: 'example.net' })], OFF],
    ['a host-only rule on a subdomain', [whole('gentle', { scope: 'host' })], OFF],
    ['no rules', [], OFF],
  ] as const)('no warning: %s', (_name, rules, hardTime) => {
    expect(decideWarning(rules, 'https://news.example.org/', NOW, hardTime)).toBeUndefined();
  });
});
