import { db } from '@/utils/db/open';
import { settingsRepo } from '@/utils/db/settings';
import { problem } from '@/utils/problems';
import { systemZone } from '@/utils/time/zone';
import { extendFirmUntil, firmUntilFrom, isFirmUntilAllowed } from '@/utils/triggers/firm-until';
import { attempt, type Done, tellBackground } from './run';

/**
 * "Keep my sites firm until morning": every rule is firm until the next time the clock shows
 * `clock` ("07:00") in the person's zone. A firmness already holding is only ever lengthened here.
 * Done with the instant it now ends; a time that cannot be read changes nothing.
 */
export async function keepFirmUntil(clock: string, now = Date.now(), zone = systemZone()): Promise<Done<number>> {
  const asked = firmUntilFrom(clock, now, zone);
  if (!asked.ok) return asked;
  if (!isFirmUntilAllowed(asked.until, now)) return { ok: false, problem: problem('firm-time') };
  return attempt(async () => {
    const settings = await settingsRepo().get();
    const until = extendFirmUntil(settings.firmUntil, asked.until, now);
    await settingsRepo().update({ firmUntil: until });
    await tellBackground();
    return until;
  });
}

/** Whether there is anything to keep firm: a trigger site or a named search word. False when it cannot tell. */
export async function hasFirmable(): Promise<boolean> {
  try {
    const database = await db();
    return (await database.count('sites')) > 0 || (await database.count('searches')) > 0;
  } catch {
    return false;
  }
}

/** Ends "firm until" now (offered only on the options page, after a pause). */
export function endFirmUntil(): Promise<Done> {
  return attempt(async () => {
    await settingsRepo().update({ firmUntil: undefined });
    await tellBackground();
  });
}
