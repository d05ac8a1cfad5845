import { type Problem, problem } from '@/utils/problems';
import { createRepo, type RepoOptions } from './repo';
import { PLAN_SECTIONS, type PlanSection, type PlanSectionId } from './schema';
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
      const database = await repo.open();
      const tx = database.transaction('plan', 'readwrite');
      await write(tx, async () => {
        const existing = new Map((await tx.store.getAll()).map((section) => [section.id, section]));
        const records = PLAN_SECTIONS.map((id) =>
          repo.validate({
            id,
            items: tidy(items[id] ?? []),
            createdAt: existing.get(id)?.createdAt ?? time,
            updatedAt: time,
          }),
        );
        await requests(records.map((record) => () => tx.store.put(record)));
      });
    },
  };
}
