import { contactsRepo } from '@/utils/db/contacts';
import { walkNewest } from '@/utils/db/history';
import { db } from '@/utils/db/open';
import type { Contact, Urge } from '@/utils/db/schema';
import { openAll, readKeyring } from '@/utils/db/sealing';
import { settingsRepo } from '@/utils/db/settings';
import { weekStart } from '@/utils/reach-out/week';
import { systemZone } from '@/utils/time/zone';
import { readDays } from './days';

/** What "Send my week to …" is written from: the week's urges (their words open), the days, the people. */
export interface WeekData {
  urges: Urge[];
  /** Days in the current stretch, when the person shows the days counter. */
  stretch?: number;
  people: Contact[];
}

/** Reads the last 7 days for "Send my week to …", only when the person starts it. Reads; changes nothing. */
export async function readWeek(now = Date.now(), zone = systemZone()): Promise<WeekData> {
  const urges: Urge[] = [];
  await walkNewest('urges', { lower: weekStart(now, zone), upper: now }, (urge) => urges.push(urge) > 0);
  const [opened, settings, people] = await Promise.all([
    readKeyring(await db()).then((ring) => openAll(ring, 'urges', urges)),
    settingsRepo().get(),
    contactsRepo().list(),
  ]);
  const stretch = settings.showDays === true ? (await readDays(now, zone)).counter : undefined;
  return { urges: opened, people, ...(stretch !== undefined ? { stretch } : {}) };
}
