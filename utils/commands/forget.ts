import { browser } from 'wxt/browser';
import { deleteSteadyDb } from '@/utils/db/open';
import { sendToBackground } from '@/utils/messages';
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
    const { origins = [] } = await browser.permissions.getAll();
    // Access given at install (a test build) cannot be given back; that is fine.
    if (origins.length > 0) await browser.permissions.remove({ origins }).catch(() => false);
    await deleteSteadyDb();
    await tellBackground();
  });
}
