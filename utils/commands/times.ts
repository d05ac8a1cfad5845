import type { TriggerTime, TriggerTimeRule } from '@/utils/db/schema';
import { timesRepo } from '@/utils/db/times';
import { attempt, type Done, tellBackground } from './run';

/** The person's hard times, in the order they named them. */
export const listTimes = async (): Promise<TriggerTime[]> =>
  (await timesRepo().list()).sort((a, b) => a.createdAt - b.createdAt);

/** Names a new hard time, or changes the one with `id`. */
export function saveTime(label: string, rule: TriggerTimeRule, id?: string): Promise<Done<TriggerTime>> {
  return attempt(async () => {
    const saved = id ? await timesRepo().update(id, { label, rule }) : await timesRepo().put({ label, rule });
    await tellBackground();
    return saved;
  });
}

/** Removes a hard time. */
export function removeTime(id: string): Promise<Done> {
  return attempt(async () => {
    await timesRepo().remove(id);
    await tellBackground();
    return undefined;
  });
}
