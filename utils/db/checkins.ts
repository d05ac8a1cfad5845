import { type Problem, problem } from '@/utils/problems';
import { parseDate } from '@/utils/time/calendar';
import { createRepo, type RepoOptions } from './repo';
import type { CheckIn } from './schema';
import { isInt, isOptionalText } from './validate';

export function checkCheckIn(checkIn: CheckIn): Problem | undefined {
  // The id is the local day: one on the calendar (no 2026-02-30).
  if (typeof checkIn.id !== 'string' || !parseDate(checkIn.id)) return problem('checkin-day');
  if (checkIn.mood !== undefined && !isInt(checkIn.mood, 1, 5)) return problem('checkin-mood');
  if (checkIn.sleep !== undefined && !isInt(checkIn.sleep, 1, 5)) return problem('checkin-mood');
  if (checkIn.meals !== undefined && !isInt(checkIn.meals, 0, 3)) return problem('checkin-mood');
  if (checkIn.movement !== undefined && typeof checkIn.movement !== 'boolean') return problem('checkin-mood');
  if (checkIn.craving !== undefined && !isInt(checkIn.craving, 0, 10)) return problem('checkin-mood');
  if (!isOptionalText(checkIn.note, 2000)) return problem('checkin-note');
  if (!isOptionalText(checkIn.helped, 2000)) return problem('checkin-note');
  return undefined;
}

/** Daily check-ins, one per local day. */
export function checkinsRepo(options: RepoOptions = {}) {
  return createRepo('checkins', checkCheckIn, options);
}
