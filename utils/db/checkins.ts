import { createRepo, type RepoOptions } from './repo';
import type { CheckIn } from './schema';
import { isInt, isOptionalText } from './validate';

export function checkCheckIn(checkIn: CheckIn): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(checkIn.id)) return 'A check-in belongs to one day.';
  if (checkIn.mood !== undefined && !isInt(checkIn.mood, 1, 5)) return 'Mood is from 1 to 5.';
  if (!isOptionalText(checkIn.note, 2000)) return 'A note is at most 2,000 characters.';
  return undefined;
}

/** Daily check-ins, one per local day. */
export function checkinsRepo(options: RepoOptions = {}) {
  return createRepo('checkins', checkCheckIn, options);
}
