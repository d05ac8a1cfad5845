import { isIpHost, patternKey } from '@/utils/triggers/site-pattern';
import { createRepo, type Draft, type RepoOptions } from './repo';
import type { SitePattern, TriggerSite } from './schema';
import { InvalidRecordError, isTime } from './validate';

const HOST = /^(?:[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?\.)*[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?$/;

/** The first problem with a trigger-site record, or undefined. */
export function checkSite(site: TriggerSite): string | undefined {
  if (typeof site.host !== 'string' || !(HOST.test(site.host) || isIpHost(site.host))) {
    return 'That site name is not valid.';
  }
  if (!site.host.includes('.') && site.host !== 'localhost') return 'A site needs a full name, like example.org.';
  if (site.scope !== 'site' && site.scope !== 'host') return 'Choose the whole site or this address only.';
  if (site.path !== undefined && !(typeof site.path === 'string' && /^\/\S*[^/]$/.test(site.path))) {
    return 'That path is not valid.';
  }
  if (!['gentle', 'pause', 'firm'].includes(site.level)) return 'Choose how firm the warning is.';
  if (site.when !== 'always' && site.when !== 'hard-times') return 'Choose when the warning applies.';
  if (site.status !== 'active' && site.status !== 'needs-permission') return 'The site status is not valid.';
  if (site.quietUntil !== undefined && !isTime(site.quietUntil)) return 'The quiet time is not valid.';
  return undefined;
}

/** Trigger sites: the person's flagged hosts and paths. */
export function sitesRepo(options: RepoOptions = {}) {
  const repo = createRepo('sites', checkSite, options);
  return {
    ...repo,
    /**
     * Flags a site. Refuses one already flagged (same host, scope and path) with a message
     * that says so.
     */
    async add(
      pattern: SitePattern,
      extra: Partial<Pick<TriggerSite, 'level' | 'when' | 'status'>> = {},
    ): Promise<TriggerSite> {
      const existing = await repo.list();
      if (existing.some((site) => patternKey(site) === patternKey(pattern))) {
        throw new InvalidRecordError('sites', 'That site is already on your list.');
      }
      const draft: Draft<TriggerSite> = {
        host: pattern.host,
        scope: pattern.scope,
        ...(pattern.path ? { path: pattern.path } : {}),
        level: extra.level ?? 'gentle',
        when: extra.when ?? 'always',
        status: extra.status ?? 'needs-permission',
      };
      return repo.put(draft);
    },
    /** Sites, oldest first, as the person added them. */
    async list(): Promise<TriggerSite[]> {
      return (await repo.list()).sort((a, b) => a.createdAt - b.createdAt);
    },
  };
}
