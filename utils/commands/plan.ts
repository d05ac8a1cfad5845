import { planRepo } from '@/utils/db/plan';
import type { PlanSectionId } from '@/utils/db/schema';
import { attempt, type Done } from './run';

export type PlanItems = Partial<Record<PlanSectionId, string[]>>;

/** The plan's lines, by section. */
export async function readPlan(...sections: PlanSectionId[]): Promise<PlanItems> {
  const repo = planRepo();
  const wanted = sections.length > 0 ? await Promise.all(sections.map((id) => repo.get(id))) : await repo.list();
  return Object.fromEntries(wanted.flatMap((section) => (section ? [[section.id, section.items]] : [])));
}

/** Saves the whole plan in one transaction (nothing the background enforces depends on it). */
export const savePlan = (items: PlanItems): Promise<Done<void>> => attempt(() => planRepo().saveAll(items));

/** Saves the person's reasons for recovery (one per line), leaving the rest of the plan as it is. */
export const saveReasons = (lines: readonly string[]): Promise<Done<void>> =>
  attempt(async () => {
    await planRepo().setItems('reasons', [...lines]);
  });

/** Adds one line to a part of the plan (after a lapse: "I will avoid …"), keeping the rest. */
export const addPlanLine = (section: PlanSectionId, line: string): Promise<Done<void>> =>
  attempt(() => planRepo().addLine(section, line));
