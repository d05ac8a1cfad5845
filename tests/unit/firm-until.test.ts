import { describe, expect, it } from 'vitest';
import { WARNING_LEVELS, type WarningLevel } from '@/utils/db/schema';
import { decideFromState, deriveGuardState, withQuiet } from '@/utils/guard/state';
import { localParts } from '@/utils/time/zone';
import { decideWarning, type HardTimeNow, levelInput, levelNow, type WarnRule } from '@/utils/triggers/decide';
import { extendFirmUntil, FIRM_LONGEST_MS, firmUntilFrom, isFirmUntilAllowed } from '@/utils/triggers/firm-until';

const NOW = Date.UTC(2026, 11, 6, 22, 0); // 22:00 UTC, a Sunday
const UNTIL = NOW + 9 * 3_600_000;
const FIRM: HardTimeNow = { on: false, firmer: false, firmUntil: UNTIL };

const rule = (level: WarningLevel, over: Partial<WarnRule> = {}): WarnRule => ({
  id: `${level}-${over.when ?? 'always'}`,
  host: 'example.org',
  scope: 'site',
  level,
  when: 'always',
  ...over,
});

describe('"firm until" in the one decision (levelNow and decideWarning)', () => {
  it.each(WARNING_LEVELS.flatMap((level) => [true, false].map((on) => [level, on] as const)))(
    'a %s rule (hard time on: %s) is firm before the time and its own level again at it',
    (level, on) => {
      const input = { ...FIRM, on };
      expect(levelNow(level, input, UNTIL - 1)).toBe('firm');
      expect(levelNow(level, input, UNTIL)).toBe(level);
      expect(decideWarning([rule(level)], 'https://example.org/', UNTIL - 1, input)?.level).toBe('firm');
      expect(decideWarning([rule(level)], 'https://example.org/', UNTIL, input)?.level).toBe(level);
    },
  );

  it.each<[string, Partial<WarnRule>, WarningLevel | undefined, WarningLevel | undefined]>([
    ['a rule only for hard times applies while firm, and not after', { when: 'hard-times' }, 'firm', undefined],
    [
      'a rule quieted by an earlier continue is firm again, and quiet after',
      { quietUntil: UNTIL + 60_000 },
      'firm',
      undefined,
    ],
    ['a rule whose quiet ended is firm, then gentle', { quietUntil: NOW - 1 }, 'firm', 'gentle'],
  ])('%s', (_name, over, during, after) => {
    const rules = [rule('gentle', over)];
    expect(decideWarning(rules, 'https://example.org/x', NOW, FIRM)?.level).toBe(during);
    expect(decideWarning(rules, 'https://example.org/x', UNTIL, FIRM)?.level).toBe(after);
  });

  it('an address no rule covers stays untouched while firm', () => {
    expect(decideWarning([rule('gentle')], 'https://other.org/', NOW, FIRM)).toBeUndefined();
  });

  it('comes into the level input from the settings, and only when set', () => {
    expect(levelInput(true, { firmerDuringHardTimes: true })).toEqual({ on: true, firmer: true });
    expect(levelInput(false, { firmerDuringHardTimes: false, firmUntil: UNTIL })).toEqual(FIRM);
  });

  it('the guard’s copy decides the same, and its own quiet times never open a firm rule', () => {
    const state = deriveGuardState([{ ...rule('gentle'), createdAt: 1, updatedAt: 1 }], FIRM, {
      pauseSeconds: 10,
      quietMinutes: 15,
    });
    const copied = JSON.parse(JSON.stringify(state));
    const quieted = withQuiet(copied, { 'gentle-always': UNTIL + 60_000 }, NOW);
    expect(decideFromState(quieted, 'https://example.org/', NOW)?.level).toBe('firm');
    expect(decideFromState(quieted, 'https://example.org/', UNTIL - 1)?.level).toBe('firm');
    // At the time, with no alarm and no new copy, the guard's own quiet time counts again.
    const later = withQuiet(copied, { 'gentle-always': UNTIL + 60_000 }, UNTIL);
    expect(decideFromState(later, 'https://example.org/', UNTIL)).toBeUndefined();
  });
});

describe('the time a person picks (firmUntilFrom, in their zone)', () => {
  const local = (epoch: number, zone: string) => {
    const p = localParts(epoch, zone);
    return `${p.year}-${p.month}-${p.day} ${Math.floor(p.minutes / 60)}:${String(p.minutes % 60).padStart(2, '0')}`;
  };
  it.each<[string, number, string, string, string]>([
    ['evening: 7:00 tomorrow', Date.UTC(2026, 11, 6, 22, 0), 'UTC', '07:00', '2026-12-7 7:00'],
    ['after midnight: 7:00 the same morning', Date.UTC(2026, 11, 7, 1, 30), 'UTC', '07:00', '2026-12-7 7:00'],
    ['exactly 7:00: the next one', Date.UTC(2026, 11, 7, 7, 0), 'UTC', '7:00', '2026-12-8 7:00'],
    ['New York evening', Date.UTC(2026, 11, 7, 3, 0), 'America/New_York', '07:00', '2026-12-7 7:00'],
    ['Mexico City, another time', Date.UTC(2026, 11, 7, 4, 0), 'America/Mexico_City', '06:30', '2026-12-7 6:30'],
    // The night the clocks go forward in New York (8 March 2026): 2:30 does not exist; 3:00 is given.
    ['into a DST gap', Date.UTC(2026, 2, 8, 4, 0), 'America/New_York', '02:30', '2026-3-8 3:00'],
    // The night the clocks go back (1 November 2026): 7:00 is still 7:00 on the wall.
    ['across the end of DST', Date.UTC(2026, 10, 1, 3, 0), 'America/New_York', '07:00', '2026-11-1 7:00'],
  ])('%s', (_name, now, zone, clock, expected) => {
    const result = firmUntilFrom(clock, now, zone);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(local(result.until, zone)).toBe(expected);
    expect(isFirmUntilAllowed(result.until, now)).toBe(true);
  });

  it('the night the clocks go back, midnight to 7:00 on the wall is 8 hours, and still allowed', () => {
    const now = Date.UTC(2026, 10, 1, 4, 0); // midnight in New York, EDT
    const result = firmUntilFrom('07:00', now, 'America/New_York');
    expect(result.ok && result.until - now).toBe(8 * 3_600_000);
  });

  it.each(['', '7', '25:00', '07:60', 'seven', '07:00; alert(1)'])('refuses %j with a problem', (clock) => {
    expect(firmUntilFrom(clock, NOW, 'UTC')).toEqual({ ok: false, problem: { code: 'firm-time' } });
  });

  it.each<[string, number, boolean]>([
    ['in the past', NOW - 1, false],
    ['now', NOW, false],
    ['a minute on', NOW + 60_000, true],
    ['a day and an hour on', NOW + FIRM_LONGEST_MS, true],
    ['longer', NOW + FIRM_LONGEST_MS + 1, false],
  ])('a stored end %s: allowed %s', (_name, until, allowed) => {
    expect(isFirmUntilAllowed(until, NOW)).toBe(allowed);
  });
});

describe('set again from the popup, it only lengthens (extendFirmUntil)', () => {
  it.each<[string, number | undefined, number, number]>([
    ['none yet', undefined, UNTIL, UNTIL],
    ['one that ended', NOW - 1, UNTIL, UNTIL],
    ['a later one holds: kept', UNTIL + 3_600_000, UNTIL, UNTIL + 3_600_000],
    ['an earlier one holds: lengthened', NOW + 60_000, UNTIL, UNTIL],
  ])('%s', (_name, current, asked, stored) => {
    expect(extendFirmUntil(current, asked, NOW)).toBe(stored);
  });
});
