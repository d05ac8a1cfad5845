import { readPlan } from './plan';

/** The parts of the plan the popup uses: a next step (coping), the person's reasons, and their triggers (as chips). */
export async function popupPlan(): Promise<{ coping: string[]; reasons: string[]; triggers: string[] }> {
  const items = await readPlan('coping', 'reasons', 'triggers');
  return { coping: items.coping ?? [], reasons: items.reasons ?? [], triggers: items.triggers ?? [] };
}
