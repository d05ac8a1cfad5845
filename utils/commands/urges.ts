import type { Urge } from '@/utils/db/schema';
import { urgesRepo } from '@/utils/db/urges';
import { attempt, type Done } from './run';

/** What can be said of an urge, when it is logged or later. */
export type UrgeDetails = Partial<
  Pick<Urge, 'strength' | 'strengthAfter' | 'rodeSeconds' | 'triggers' | 'siteId' | 'note' | 'outcome'>
>;

/** Logs an urge now, at once (every detail is optional and can be added later). */
export const logUrge = (details: UrgeDetails = {}): Promise<Done<Urge>> =>
  attempt(() => urgesRepo().put({ at: Date.now(), ...details }));

/** Changes an urge's details; a detail given as undefined is cleared. The time it was felt stays unless `at` is given. */
export function changeUrge(id: string, details: UrgeDetails & { at?: number }): Promise<Done<Urge>> {
  // One transaction: quick changes (arrowing through the outcomes) land in the order they were made.
  return attempt(() => urgesRepo().update(id, details));
}

/** Removes an urge; resolves with it, so it can be undone. */
export function removeUrge(id: string): Promise<Done<Urge | undefined>> {
  return attempt(async () => {
    const repo = urgesRepo();
    const urge = await repo.get(id);
    await repo.remove(id);
    return urge;
  });
}

/** Puts a removed urge back, as it was. */
export const restoreUrge = (urge: Urge): Promise<Done> =>
  attempt(async () => {
    const { createdAt: _c, updatedAt: _u, ...draft } = urge;
    await urgesRepo().put(draft);
  });

/** The newest urges, a page at a time (`before`: the time of the last one already shown). */
export const recentUrges = (limit = 50, before?: number): Promise<Urge[]> => urgesRepo().recent(limit, before);
