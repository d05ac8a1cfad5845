import { linesRepo } from '@/utils/db/lines';
import type { HelpLine } from '@/utils/db/schema';
import { settingsRepo } from '@/utils/db/settings';
import { InvalidRecordError } from '@/utils/db/validate';
import { problem } from '@/utils/problems';
import { attempt, type Done, tellBackground } from './run';

/**
 * The person's country and their crisis lines. The background keeps a copy of both for the
 * warning page, so each change tells it once.
 */

/** The person's country, their lines (in order) and whether the welcome is behind them. */
export async function readHelp(): Promise<{ country?: string; lines: HelpLine[]; welcomed: boolean }> {
  const [settings, lines] = await Promise.all([settingsRepo().get(), linesRepo().list()]);
  return { ...(settings.country ? { country: settings.country } : {}), lines, welcomed: settings.welcomed === true };
}

/** Saves the person's country (ISO 3166-1 alpha-2), or forgets it. */
export function saveCountry(country: string | undefined): Promise<Done> {
  return attempt(async () => {
    await settingsRepo().update({ country });
    await tellBackground();
  });
}

export type LineFields = Pick<HelpLine, 'name' | 'number'> & { about?: string };

/** Adds a line (last), or changes the one with `id`. */
export function saveLine(fields: LineFields, id?: string): Promise<Done<HelpLine>> {
  return attempt(async () => {
    const repo = linesRepo();
    const about = fields.about?.trim();
    const draft = { name: fields.name.trim(), number: fields.number.trim(), ...(about ? { about } : {}) };
    const existing = id ? await repo.get(id) : undefined;
    const order = existing?.order ?? (await repo.list()).reduce((most, line) => Math.max(most, line.order + 1), 0);
    const saved = await repo.put({ ...draft, ...(id ? { id } : {}), order });
    await tellBackground();
    return saved;
  });
}

/**
 * Removes a line. The last one goes only when the person confirmed it (`lastConfirmed`): then
 * Steady shows the United States lines again, marked as such, so a line is always one click away.
 */
export function removeLine(id: string, lastConfirmed = false): Promise<Done> {
  return attempt(async () => {
    const lines = await linesRepo().list();
    if (lines.length === 1 && lines[0]?.id === id && !lastConfirmed) {
      throw new InvalidRecordError('lines', problem('line-last'));
    }
    await linesRepo().remove(id);
    await tellBackground();
  });
}

/** Saves the given lines as the person's own, in one go (to start from the United States defaults and change them). */
export function adoptLines(lines: readonly LineFields[]): Promise<Done> {
  return attempt(async () => {
    await linesRepo().putAll(lines.map((line, order) => ({ ...line, order })));
    await tellBackground();
  });
}

/** Marks the first-run welcome as behind the person (finished, or set aside). */
export const finishWelcome = (): Promise<Done> =>
  attempt(async () => {
    await settingsRepo().update({ welcomed: true });
  });
