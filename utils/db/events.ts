import { type Problem, problem } from '@/utils/problems';
import { createRepo, type RepoOptions } from './repo';
import { WARNING_CHOICES, type WarningEvent } from './schema';
import { isId, isOptionalText, isTime } from './validate';

export function checkEvent(event: WarningEvent): Problem | undefined {
  if (!isTime(event.at)) return problem('event-time');
  if (!isId(event.siteId) || typeof event.host !== 'string') return problem('event-site');
  if (!WARNING_CHOICES.includes(event.choice)) return problem('event-choice');
  if (!isOptionalText(event.path, 2000)) return problem('event-path');
  if (event.kind !== undefined && event.kind !== 'search') return problem('event-site');
  return undefined;
}

/** What happened on each warning: the site, the time and the choice. */
export function eventsRepo(options: RepoOptions = {}) {
  return createRepo('events', checkEvent, options);
}
