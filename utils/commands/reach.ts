import { contactsRepo } from '@/utils/db/contacts';
import { linesRepo } from '@/utils/db/lines';
import { reachOutsRepo } from '@/utils/db/reach-outs';
import type { Channel, ReachPlace } from '@/utils/db/schema';
import { settingsRepo } from '@/utils/db/settings';
import { type PersonToReach, type ReachOut, reachView } from '@/utils/reach-out/available';
import { reachMessage, reachSubject } from '@/utils/reach-out/words';
import { attempt, type Done } from './run';

/** What "reach out" offers now (the first person to reach, every person's ways, the words), and the lines. */
export interface ReachNow {
  first?: ReachOut;
  people: PersonToReach[];
  message: string;
  country?: string;
  lines: Awaited<ReturnType<ReturnType<typeof linesRepo>['list']>>;
}

/** Who to reach now and how, with the person's words, and their crisis lines (read in the person's zone). */
export async function reachNow(
  now = Date.now(),
  zone = Intl.DateTimeFormat().resolvedOptions().timeZone,
): Promise<ReachNow> {
  const [contacts, settings, lines] = await Promise.all([
    contactsRepo().list(),
    settingsRepo().get(),
    linesRepo().list(),
  ]);
  const message = reachMessage(settings);
  return {
    ...reachView(contacts, now, zone, message, reachSubject()),
    message,
    lines,
    ...(settings.country ? { country: settings.country } : {}),
  };
}

/** Records a reach out: who (a person or a line), which way and from where; never the words. */
export function recordReachOut(
  who: { contactId: string } | { lineId: string },
  channel: Channel,
  from: ReachPlace,
): Promise<Done> {
  return attempt(async () => {
    await reachOutsRepo().put({ at: Date.now(), channel, from, ...who });
  });
}
