import type { CheckIn, Urge } from '@/utils/db/schema';
import { dayFromKey, dayKey } from '@/utils/time/calendar';
import { createLocalClock, type LocalTime } from '@/utils/time/clock';
import { type Basis, meanOf } from './basis';

/**
 * Enough to set check-ins beside urges: at least 14 days with a check-in. Fewer, and one hard
 * week decides every figure.
 */
export const CHECKINS_MIN_DAYS = 14;
/** Enough for one group's figure (days you moved, days you slept 2 of 5): at least 5 such days. */
export const GROUP_MIN_DAYS = 5;

/** What a check-in asks, in the order it asks. */
export const FACTORS = ['sleep', 'meals', 'movement', 'mood', 'craving'] as const;
/** One question of the check-in. */
export type Factor = (typeof FACTORS)[number];

/** One day with a check-in, beside that day's urges. */
export interface CheckInDay extends Pick<CheckIn, Factor> {
  /** The local day, YYYY-MM-DD. */
  day: string;
  urges: number;
  rated: number;
  meanStrength?: number;
}

/**
 * The days on which a check-in gave one answer (slept 2, moved: yes), with their urges: how
 * many a day, and how strong (over all the urges of those days that have a strength).
 */
export interface FactorGroup {
  factor: Factor;
  value: number | boolean;
  days: number;
  urges: number;
  urgesPerDay: number;
  rated: number;
  meanStrength?: number;
  enough: boolean;
}

/** Check-in days beside their urges, and each answer summed up. */
export interface CheckInsBesideUrges {
  /** Each day with a check-in, oldest first. */
  days: CheckInDay[];
  /** By factor (in FACTORS order), then by answer (false before true, low before high). */
  groups: FactorGroup[];
  /** Entries: the check-ins; days: from the first to the last. */
  basis: Basis;
}

type DayUrges = { urges: number; rated: number; sum: number };

/** Sets daily check-ins beside each day's urges; urges and check-ins may come in any order. */
export function createCheckInsBesideUrges() {
  const urgeDays = new Map<number, DayUrges>();
  const checkIns: Pick<CheckIn, 'id' | Factor>[] = [];
  return {
    addUrge(urge: Pick<Urge, 'strength'>, local: LocalTime) {
      let day = urgeDays.get(local.day);
      if (!day) {
        day = { urges: 0, rated: 0, sum: 0 };
        urgeDays.set(local.day, day);
      }
      day.urges++;
      if (urge.strength !== undefined) {
        day.rated++;
        day.sum += urge.strength;
      }
    },
    addCheckIn(checkIn: Pick<CheckIn, 'id' | Factor>) {
      checkIns.push(checkIn);
    },
    result(): CheckInsBesideUrges {
      const rows: { day: number; checkIn: Pick<CheckIn, 'id' | Factor> }[] = [];
      for (const checkIn of checkIns) {
        const day = dayFromKey(checkIn.id);
        if (day !== undefined) rows.push({ day, checkIn });
      }
      rows.sort((a, b) => a.day - b.day);
      const groups = new Map<string, { factor: Factor; value: number | boolean; days: number } & DayUrges>();
      const days = rows.map(({ day, checkIn }): CheckInDay => {
        const urges = urgeDays.get(day) ?? { urges: 0, rated: 0, sum: 0 };
        const row: CheckInDay = { day: dayKey(day), urges: urges.urges, rated: urges.rated };
        if (urges.rated > 0) row.meanStrength = meanOf(urges.sum, urges.rated);
        for (const factor of FACTORS) {
          const value = checkIn[factor];
          if (value === undefined) continue;
          (row as Record<Factor, number | boolean>)[factor] = value;
          const key = `${factor}:${value}`;
          let group = groups.get(key);
          if (!group) {
            group = { factor, value, days: 0, urges: 0, rated: 0, sum: 0 };
            groups.set(key, group);
          }
          group.days++;
          group.urges += urges.urges;
          group.rated += urges.rated;
          group.sum += urges.sum;
        }
        return row;
      });
      const order = (group: FactorGroup) => FACTORS.indexOf(group.factor) * 100 + Number(group.value);
      const summary = [...groups.values()]
        .map(({ sum, ...group }): FactorGroup => {
          const done: FactorGroup = {
            ...group,
            urgesPerDay: group.urges / group.days,
            enough: group.days >= GROUP_MIN_DAYS,
          };
          if (group.rated > 0) done.meanStrength = sum / group.rated;
          return done;
        })
        .sort((a, b) => order(a) - order(b));
      const first = rows[0]?.day;
      const last = rows[rows.length - 1]?.day;
      return {
        days,
        groups: summary,
        basis: {
          entries: rows.length,
          days: first === undefined || last === undefined ? 0 : last - first + 1,
          enough: rows.length >= CHECKINS_MIN_DAYS,
        },
      };
    },
  };
}

/** Daily check-ins beside that day's urges (the urges' days read on the wall clock of `zone`). */
export function checkInsBesideUrges(
  urges: readonly Pick<Urge, 'at' | 'strength'>[],
  checkIns: readonly Pick<CheckIn, 'id' | Factor>[],
  zone: string,
): CheckInsBesideUrges {
  const clock = createLocalClock(zone);
  const counter = createCheckInsBesideUrges();
  for (const urge of urges) counter.addUrge(urge, clock.at(urge.at));
  for (const checkIn of checkIns) counter.addCheckIn(checkIn);
  return counter.result();
}
