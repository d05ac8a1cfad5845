import { lapsesRepo } from '@/utils/db/lapses';
import { settingsRepo } from '@/utils/db/settings';
import { countDays, type Days } from '@/utils/recovery/days';
import { systemZone } from '@/utils/time/zone';

/** The days counter and the progress a lapse never erases, in the person's zone. */
export async function readDays(now = Date.now(), zone = systemZone()): Promise<Days> {
  const [settings, lapses] = await Promise.all([settingsRepo().get(), lapsesRepo().list()]);
  return countDays(
    settings,
    lapses.map((lapse) => lapse.at),
    now,
    zone,
  );
}
