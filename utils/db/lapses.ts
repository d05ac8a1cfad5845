import { type Problem, problem } from '@/utils/problems';
import { createRepo, type RepoOptions } from './repo';
import type { Lapse } from './schema';
import { isOptionalText, isTime } from './validate';

export function checkLapse(lapse: Lapse): Problem | undefined {
  if (!isTime(lapse.at)) return problem('lapse-time');
  if (!isOptionalText(lapse.note, 2000)) return problem('lapse-note');
  if (!isOptionalText(lapse.trigger, 200)) return problem('lapse-trigger');
  return undefined;
}

/** Returns to use, kept honestly; they never erase the days before. */
export function lapsesRepo(options: RepoOptions = {}) {
  return createRepo('lapses', checkLapse, options);
}
