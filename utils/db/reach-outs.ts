import { type Problem, problem } from '@/utils/problems';
import { createRepo, type RepoOptions } from './repo';
import { CHANNELS, type Channel, REACH_PLACES, type ReachOutEvent, type ReachPlace } from './schema';
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

/**
 * Writes one reach out: who (a person or a line), which way, from where and when; never the words.
 * The background's one way to record it, whichever page the person reached out from.
 */
export function addReachOut(
  who: { contactId?: string; lineId?: string; channel: Channel },
  from: ReachPlace,
  at: number,
): Promise<unknown> {
  const { contactId, lineId, channel } = who;
  return reachOutsRepo().put({ at, channel, from, ...(contactId ? { contactId } : { lineId }) });
}
