import { deleteSteadyDb } from '@/utils/db/open';
import { sendToBackground } from '@/utils/messages';
import { releaseOrigins } from '@/utils/permissions';
import { attempt, type Done, tellBackground } from './run';

/**
 * Deletes everything, after the one confirmation the page asks: the background stops enforcing
 * and forgets its copies (registration, alarm, badge, check-ins, storage, the unlocked time),
 * every site access Steady was given goes back to the browser, and the database is deleted.
 * Then the background derives from nothing: Steady is as on its first day.
 */
export function deleteEverything(): Promise<Done> {
  return attempt(async () => {
    await sendToBackground({ type: 'forget-everything' });
    // Nothing is kept: every access the browser still gives Steady goes back.
    await releaseOrigins([], []);
    await deleteSteadyDb();
    await tellBackground();
  });
}
