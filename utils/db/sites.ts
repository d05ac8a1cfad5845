import { type Problem, problem } from '@/utils/problems';
import { isIpHost, patternKey } from '@/utils/triggers/site-pattern';
import { createRepo, type RepoOptions } from './repo';
import { SITE_SCOPES, SITE_WHENS, type SitePattern, type TriggerSite, WARNING_LEVELS } from './schema';
import { requests, write } from './transaction';
import { InvalidRecordError, isTime } from './validate';

const HOST = /^(?:[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?\.)*[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?$/;

/** The first problem with a trigger-site record, or undefined. */
export function checkSite(site: TriggerSite): Problem | undefined {
  if (typeof site.host !== 'string' || !(HOST.test(site.host) || isIpHost(site.host))) return problem('site-host');
  if (!site.host.includes('.') && site.host !== 'localhost') return problem('site-full-name');
  if (!SITE_SCOPES.includes(site.scope)) return problem('site-scope');
  if (site.path !== undefined && !(typeof site.path === 'string' && /^\/\S*[^/]$/.test(site.path))) {
    return problem('site-path');
  }
  if (!WARNING_LEVELS.includes(site.level)) return problem('site-level');
  if (!SITE_WHENS.includes(site.when)) return problem('site-when');
  if (site.quietUntil !== undefined && !isTime(site.quietUntil)) return problem('site-quiet');
  return undefined;
}

/** Trigger sites: the person's flagged hosts and paths. */
export function sitesRepo(options: RepoOptions = {}) {
  const repo = createRepo('sites', checkSite, options);
  const now = options.now ?? Date.now;

  /**
   * Flags sites, all in one transaction: all are added or none. Refuses a site already
   * flagged (same host, scope and path), or named twice, with a message that says so.
   */
  async function addAll(patterns: readonly SitePattern[]): Promise<TriggerSite[]> {
    const time = now();
    const records = patterns.map((pattern) =>
      repo.validate({
        id: crypto.randomUUID(),
        createdAt: time,
        updatedAt: time,
        host: pattern.host,
        scope: pattern.scope,
        ...(pattern.path ? { path: pattern.path } : {}),
        level: 'gentle',
        when: 'always',
      }),
    );
    const tx = (await repo.open()).transaction('sites', 'readwrite');
    return write(tx, async () => {
      const seen = new Set((await tx.store.getAll()).map(patternKey));
      for (const record of records) {
        if (seen.has(patternKey(record))) throw new InvalidRecordError('sites', problem('site-duplicate'));
        seen.add(patternKey(record));
      }
      await requests(records.map((record) => () => tx.store.put(record)));
      return records;
    });
  }

  return {
    ...repo,
    addAll,
    /** Flags one site (see addAll). */
    async add(pattern: SitePattern): Promise<TriggerSite> {
      const [site] = await addAll([pattern]);
      return site as TriggerSite;
    },
    /** Quiets these sites' warnings until `until`, in one transaction; sites gone meanwhile are passed over. */
    async quiet(ids: readonly string[], until: number): Promise<void> {
      const tx = (await repo.open()).transaction('sites', 'readwrite');
      const time = now();
      await write(tx, async () => {
        for (const id of ids) {
          const site = await tx.store.get(id);
          if (site) await tx.store.put(repo.validate({ ...site, quietUntil: until, updatedAt: time }));
        }
      });
    },
    /** Sites, oldest first, as the person added them (a list added at once, by name). */
    async list(): Promise<TriggerSite[]> {
      return (await repo.list()).sort((a, b) => a.createdAt - b.createdAt || a.host.localeCompare(b.host));
    },
  };
}
