import { createRepo, type RepoOptions } from './repo';
import type { PlanSection, PlanSectionId } from './schema';
import { isText } from './validate';

/** The plan's sections in the order they are shown. */
export const PLAN_SECTIONS: readonly PlanSectionId[] = [
  'reasons',
  'triggers',
  'warning-signs',
  'coping',
  'distractions',
  'people',
  'professionals',
  'safer-surroundings',
  'body',
  'if-i-use',
];

export function checkPlanSection(section: PlanSection): string | undefined {
  if (!PLAN_SECTIONS.includes(section.id)) return 'That part of the plan is not known.';
  if (!Array.isArray(section.items) || section.items.length > 50) return 'A part of the plan holds up to 50 lines.';
  if (!section.items.every((item) => isText(item, 1000))) return 'Each line of the plan is at most 1,000 characters.';
  return undefined;
}

/** The person's plan, one record per section. */
export function planRepo(options: RepoOptions = {}) {
  const repo = createRepo('plan', checkPlanSection, options);
  return {
    ...repo,
    async setItems(id: PlanSectionId, items: string[]): Promise<PlanSection> {
      return repo.put({ id, items: items.map((item) => item.trim()).filter(Boolean) });
    },
  };
}
