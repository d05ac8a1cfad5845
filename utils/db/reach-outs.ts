import { type Problem, problem } from '@/utils/problems';
import { createRepo, type RepoOptions } from './repo';
import { CHANNELS, REACH_PLACES, type ReachOutEvent } from './schema';
import { isId, isTime } from './validate';

export function checkReachOut(event: ReachOutEvent): Problem | undefined {
  if (!isTime(event.at)) return problem('reach-time');
  const who = [event.contactId, event.lineId].filter((id) => id !== undefined);
  if (who.length !== 1 || !who.every(isId)) return problem('reach-who');
  if (!CHANNELS.includes(event.channel)) return problem('reach-channel');
  if (!REACH_PLACES.includes(event.from)) return problem('reach-place');
  return undefined;
}

/** Every reach out: who, which way, when and from where (never the message itself). */
export function reachOutsRepo(options: RepoOptions = {}) {
  return createRepo('reachOuts', checkReachOut, options);
}
