import { browser } from 'wxt/browser';
import { enforce } from '@/utils/background/enforce';
import { createMessageListener } from '@/utils/background/handlers';
import { serialize } from '@/utils/background/serial';
import { askForPersistentStorage, db } from '@/utils/db/open';

/**
 * Wiring only. Every listener is registered synchronously so a wake-up never misses its
 * event; each handler waits for the database to be open, then re-derives from it.
 */
export default defineBackground(() => {
  const ready = db();
  const enforceNow = serialize(() => ready.then(enforce));
  const rederive = () => void enforceNow().catch((error) => console.error('Steady could not re-derive', error));

  browser.runtime.onInstalled.addListener(() => {
    void askForPersistentStorage();
    rederive();
  });
  browser.runtime.onStartup.addListener(rederive);
  browser.permissions.onAdded.addListener(rederive);
  browser.permissions.onRemoved.addListener(rederive);
  browser.runtime.onMessage.addListener(createMessageListener(ready, enforceNow));
});
