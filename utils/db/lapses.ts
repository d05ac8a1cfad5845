import { type Problem, problem } from '@/utils/problems';
import { createRepo, type Draft, type RepoOptions } from './repo';
import type { Lapse } from './schema';
import { leftovers, StaleKeysError, sameRecord, withKeyring } from './sealing';
import { DEFAULT_SETTINGS } from './settings';
import { write } from './transaction';
import { isTriggers } from './urges';
import { isOptionalText, isTime } from './validate';

export function checkLapse(lapse: Lapse): Problem | undefined {
  if (!isTime(lapse.at)) return problem('lapse-time');
  if (!isOptionalText(lapse.note, 2000)) return problem('lapse-note');
  if (!isTriggers(lapse.triggers)) return problem('lapse-trigger');
  if (!isOptionalText(lapse.change, 1000)) return problem('lapse-note');
  if (lapse.restartedCounter !== undefined && typeof lapse.restartedCounter !== 'boolean') return problem('lapse-note');
  if (!isOptionalText(lapse.urgeId, 100)) return problem('lapse-urge');
  return undefined;
}

/** Returns to use, kept honestly; they never erase the days before. */
export function lapsesRepo(options: RepoOptions = {}) {
  const repo = createRepo('lapses', checkLapse, options);
  const now = options.now ?? Date.now;
  return {
    ...repo,
    /**
     * Records a lapse (or adds to one already recorded, by its id; after an urge, the one lapse
     * already kept for that urge is given back as it is), and if the person chose so,
     * starts the days counter again from it: both in one transaction. The recovery's start, the
     * other lapses and every other record stay.
     */
    async record(draft: Draft<Lapse>): Promise<Lapse> {
      repo.validate({ ...draft, id: draft.id ?? 'new', createdAt: now(), updatedAt: now() } as Lapse);
      return withKeyring('lapses', repo.open, async (ring) => {
        const time = now();
        const database = await repo.open();
        const before = draft.id ? await database.get('lapses', draft.id) : undefined;
        const carried = await leftovers(ring, 'lapses', before);
        const sealed = { ...carried, ...(await ring.seal('lapses', draft)) };
        const tx = database.transaction(['lapses', 'settings'], 'readwrite');
        const kept = await write(tx, async () => {
          const settings = await tx.objectStore('settings').get('settings');
          ring.check(settings);
          const store = tx.objectStore('lapses');
          // One moment, kept once: a lapse after an urge is the one lapse of that urge.
          const existing = draft.id
            ? await store.get(draft.id)
            : draft.urgeId
              ? (await store.getAll()).find((lapse) => lapse.urgeId === draft.urgeId)
              : undefined;
          if (existing && !draft.id) return existing;
          if (Object.keys(carried).length > 0 && !sameRecord(existing, before)) throw new StaleKeysError();
          const lapse = repo.validateStored({
            ...existing,
            ...sealed,
            id: draft.id ?? crypto.randomUUID(),
            createdAt: existing?.createdAt ?? time,
            updatedAt: time,
          } as Lapse);
          await store.put(lapse);
          if (lapse.restartedCounter) {
            await tx.objectStore('settings').put({
              ...DEFAULT_SETTINGS,
              createdAt: time,
              ...settings,
              id: 'settings',
              counterStart: lapse.at,
              updatedAt: time,
            });
          }
          return lapse;
        });
        return ring.open('lapses', kept);
      });
    },
  };
}
