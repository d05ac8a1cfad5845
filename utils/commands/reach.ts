import { browser } from 'wxt/browser';
import { contactsRepo } from '@/utils/db/contacts';
import { linesRepo } from '@/utils/db/lines';
import type { Channel } from '@/utils/db/schema';
import { settingsRepo } from '@/utils/db/settings';
import { type HelpCopy, readHelpCopy } from '@/utils/help-copy';
import { type PageReachPlace, sendToBackground } from '@/utils/messages';
import { type PersonToReach, type ReachOut, reachView } from '@/utils/reach-out/available';
import { reachMessage, reachSubject } from '@/utils/reach-out/words';
import { systemZone } from '@/utils/time/zone';
import { attempt, type Done } from './run';

/** What "reach out" offers now (the first person to reach, every person's ways, the words), and the lines. */
export interface ReachNow {
  first?: ReachOut;
  people: PersonToReach[];
  message: string;
  country?: string;
  lines: HelpCopy['lines'];
  /** The database could not be read: no people, and the lines from the background's copy. */
  unavailable?: true;
}

/** Who to reach now and how, with the person's words, and their crisis lines (read in the person's zone). */
export async function reachNow(now = Date.now(), zone = systemZone()): Promise<ReachNow> {
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

/**
 * Who to reach now, even when the database cannot be opened: then no people (they are in it), the
 * plain words, and the crisis lines from the copy the background keeps in storage.local. Never
 * rejects: reach out and the lines are never blanked by a failing database.
 */
export async function reachAnyway(now = Date.now(), zone?: string): Promise<ReachNow> {
  try {
    return await reachNow(now, zone);
  } catch {
    const copy = await readHelpCopy((key) => browser.storage.local.get(key));
    return {
      people: [],
      message: reachMessage({}),
      lines: copy.lines,
      ...(copy.country ? { country: copy.country } : {}),
      unavailable: true,
    };
  }
}

/**
 * Records a reach out: who (a person or a line), which way and from where; never the words. The
 * background writes it, told in the click itself (call this from the click, before any await):
 * the popup closes as the link it followed opens, and a write of its own could be lost with it.
 */
export function recordReachOut(
  who: { contactId: string } | { lineId: string },
  channel: Channel,
  from: PageReachPlace,
): Promise<Done> {
  return attempt(async () => {
    await sendToBackground({ type: 'reached-out', from, channel, ...who });
  });
}
