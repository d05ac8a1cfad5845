import { createRepo, type RepoOptions } from './repo';
import type { Lapse } from './schema';
import { isOptionalText, isTime } from './validate';

export function checkLapse(lapse: Lapse): string | undefined {
  if (!isTime(lapse.at)) return 'Choose when it happened.';
  if (!isOptionalText(lapse.note, 2000)) return 'A note is at most 2,000 characters.';
  if (!isOptionalText(lapse.trigger, 200)) return 'What led to it is at most 200 characters.';
  return undefined;
}

/** Returns to use, kept honestly; they never erase the days before. */
export function lapsesRepo(options: RepoOptions = {}) {
  return createRepo('lapses', checkLapse, options);
}
