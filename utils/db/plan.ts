import { type Problem, problem } from '@/utils/problems';
import { createRepo, type RepoOptions } from './repo';
import { PLAN_SECTIONS, type PlanSection, type PlanSectionId } from './schema';
import { keepUnseen, leftovers, StaleKeysError, sameRecord, withKeyring } from './sealing';
import { requests, write } from './transaction';
import { isText } from './validate';

export function checkPlanSection(section: PlanSection): Problem | undefined {
  if (!PLAN_SECTIONS.includes(section.id)) return problem('plan-section');
  if (!Array.isArray(section.items) || section.items.length > 50) return problem('plan-lines');
  if (!section.items.every((item) => isText(item, 1000))) return problem('plan-line-long');
  return undefined;
}

/** Lines as the person means them: trimmed, blank ones left out. */
const tidy = (items: readonly string[]) => items.map((item) => item.trim()).filter(Boolean);

/** The person's plan, one record per section. */
export function planRepo(options: RepoOptions = {}) {
  const repo = createRepo('plan', checkPlanSection, options);
  const now = options.now ?? Date.now;
  return {
    ...repo,
    async setItems(id: PlanSectionId, items: string[]): Promise<PlanSection> {
      return repo.put({ id, items: tidy(items) });
    },
    /**
     * Saves the whole plan in one transaction: every section is checked first, and either all
     * are written or none (a refused line changes nothing).
     */
    async saveAll(items: Partial<Record<PlanSectionId, readonly string[]>>): Promise<void> {
      const time = now();
      const plain = PLAN_SECTIONS.map((id) =>
        repo.validate({ id, items: tidy(items[id] ?? []), createdAt: time, updatedAt: time }),
      );
      await withKeyring('plan', repo.open, async (ring) => {
        const sealed = await Promise.all(plain.map((section) => ring.seal('plan', section)));
        const tx = (await repo.open()).transaction(['plan', 'settings'], 'readwrite');
        await write(tx, async () => {
          ring.check(await tx.objectStore('settings').get('settings'));
          const store = tx.objectStore('plan');
          const existing = new Map((await store.getAll()).map((section) => [section.id, section]));
          const records = sealed.map((section) =>
            keepUnseen(ring, 'plan', existing.get(section.id), {
              ...section,
              createdAt: existing.get(section.id)?.createdAt ?? time,
            }),
          );
          await requests(records.map((record) => () => store.put(record)));
        });
      });
    },
    /** Adds a line at the end of a section, keeping the rest, in one transaction (while locked too: the line is sealed alone). */
    async addLine(id: PlanSectionId, line: string): Promise<void> {
      const time = now();
      const text = line.trim();
      repo.validate({ id, items: [text], createdAt: time, updatedAt: time });
      if (text === '') return;
      await withKeyring('plan', repo.open, async (ring) => {
        const [sealed] = (await ring.seal('plan', { items: [text] })).items;
        const database = await repo.open();
        const before = await database.get('plan', id);
        // Lines not sealed yet (the passcode was just set) are sealed with it: never half and half.
        const carried = (await leftovers(ring, 'plan', before)) as { items?: string[] };
        const tx = database.transaction(['plan', 'settings'], 'readwrite');
        await write(tx, async () => {
          ring.check(await tx.objectStore('settings').get('settings'));
          const store = tx.objectStore('plan');
          const existing = await store.get(id);
          if (carried.items && !sameRecord(existing, before)) throw new StaleKeysError();
          const items = [...(carried.items ?? existing?.items ?? []), sealed as string];
          await store.put(repo.validateStored({ id, items, createdAt: existing?.createdAt ?? time, updatedAt: time }));
        });
      });
    },
  };
}
