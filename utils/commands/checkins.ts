import { checkinsRepo } from '@/utils/db/checkins';
import type { CheckIn } from '@/utils/db/schema';
import { settingsRepo } from '@/utils/db/settings';
import { dayKey } from '@/utils/time/calendar';
import { localDayNumber, systemZone } from '@/utils/time/zone';
import { attempt, type Done } from './run';

/** The person's local day, as a check-in's id. */
export const today = (now = Date.now(), zone = systemZone()): string => dayKey(localDayNumber(now, zone));

export type CheckInAnswers = Partial<
  Pick<CheckIn, 'mood' | 'sleep' | 'meals' | 'movement' | 'craving' | 'note' | 'helped'>
>;

/**
 * Whether to offer today's check-in (at most one gentle prompt a day, none when it is off or
 * was set aside today), and today's answers so far.
 */
export async function checkInToday(day = today()): Promise<{ offer: boolean; answers?: CheckIn }> {
  const [settings, answers] = await Promise.all([settingsRepo().get(), checkinsRepo().get(day)]);
  const offer = settings.dailyCheckIn === true && settings.checkInSetAside !== day && answers === undefined;
  return answers ? { offer, answers } : { offer };
}

/** Saves a day's check-in (one record a day: saving again changes it). */
export const saveCheckIn = (day: string, answers: CheckInAnswers): Promise<Done<CheckIn>> =>
  attempt(() => checkinsRepo().put({ id: day, ...answers }));

/** "Not today": no more prompts until tomorrow. */
export const setCheckInAside = (day = today()): Promise<Done> =>
  attempt(async () => {
    await settingsRepo().update({ checkInSetAside: day });
  });

/** The check-ins, newest first. */
export const listCheckIns = async (): Promise<CheckIn[]> =>
  (await checkinsRepo().list()).sort((a, b) => b.id.localeCompare(a.id));
