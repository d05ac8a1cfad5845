import { createRepo, type RepoOptions } from './repo';
import type { WarningEvent } from './schema';
import { isId, isOptionalText, isTime } from './validate';

const CHOICES = ['shown', 'leave', 'ride-it-out', 'reach-out', 'log-urge', 'continue'];

export function checkEvent(event: WarningEvent): string | undefined {
  if (!isTime(event.at)) return 'The event needs a time.';
  if (!isId(event.siteId) || typeof event.host !== 'string') return 'The event needs its site.';
  if (!CHOICES.includes(event.choice)) return 'That choice is not known.';
  if (!isOptionalText(event.path, 2000)) return 'The path is too long.';
  return undefined;
}

/** What happened on each warning: the site, the time and the choice. */
export function eventsRepo(options: RepoOptions = {}) {
  return createRepo('events', checkEvent, options);
}
