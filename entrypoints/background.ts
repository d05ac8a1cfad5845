import { browser } from 'wxt/browser';
import { enforce } from '@/utils/background/enforce';
import { createMessageListener } from '@/utils/background/handlers';
import { CHECK_IN_PREFIX, checkInPage, NEXT_TRANSITION_ALARM } from '@/utils/background/hard-times';
import { runLockJobHere } from '@/utils/background/lock-job';
import { serialize } from '@/utils/background/serial';
import { createMenus, onCommand, onMenuClicked } from '@/utils/background/shortcuts';
import { onWorkerStart } from '@/utils/background/wake';
import { welcomeOnInstall } from '@/utils/background/welcome';
import { askForPersistentStorage } from '@/utils/db/open';
import { useKeyMemory } from '@/utils/db/sealing';
import { openKeys } from '@/utils/lock/session';
import { systemZone } from '@/utils/time/zone';

/**
 * Wiring only. Every listener is registered synchronously so a wake-up never misses its event;
 * each handler opens the database when it needs it (a failed open is tried again next time) and
 * re-derives from it.
 */
export default defineBackground(() => {
  // The person's words open here only while Steady is unlocked (the keys in storage.session).
  useKeyMemory(() => openKeys());
  const enforceNow = serialize(() => enforce());
  const rederive = () => void enforceNow().catch((error) => console.error('Steady could not re-derive', error));

  browser.runtime.onInstalled.addListener(({ reason }) => {
    void askForPersistentStorage();
    rederive();
    void welcomeOnInstall(reason);
    void createMenus();
  });
  browser.runtime.onStartup.addListener(() => {
    rederive();
    // Browsers keep the menu across restarts; made afresh in case one did not (no harm if it did).
    void createMenus();
  });
  browser.permissions.onAdded.addListener(rederive);
  browser.permissions.onRemoved.addListener(rederive);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === NEXT_TRANSITION_ALARM) rederive();
  });
  // The nudge: "Open my plan" (and the body) opens the plan; "Reach out" the person's reach out.
  browser.notifications.onButtonClicked?.addListener((id, index) => {
    if (!id.startsWith(CHECK_IN_PREFIX)) return;
    void browser.tabs.create({ url: browser.runtime.getURL(checkInPage(index)) });
    void browser.notifications.clear(id);
  });
  browser.notifications.onClicked.addListener((id) => {
    if (!id.startsWith(CHECK_IN_PREFIX)) return;
    void browser.tabs.create({ url: browser.runtime.getURL(checkInPage()) });
    void browser.notifications.clear(id);
  });
  browser.runtime.onMessage.addListener(createMessageListener(enforceNow));
  // The menu on the toolbar icon and the keyboard command; each confirms on the toolbar, then
  // derives it again (the hard-time dot, or nothing). "Check in with me on this site" asks for the
  // site's host first thing in the click.
  const failed = (error: unknown) => console.error('Steady could not do that', error);
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClicked(info, tab, enforceNow)?.catch(failed));
  browser.commands.onCommand.addListener((command) => void onCommand(command, enforceNow)?.catch(failed));

  // A cold start re-derives everything; a wake-up does not (utils/background/wake.ts): what
  // changes while the worker sleeps wakes it with an event of its own, and that re-derives.
  void onWorkerStart(systemZone(), () => enforceNow()).catch((error) =>
    console.error('Steady could not re-derive', error),
  );
  // Words still being sealed (a tab closed while the passcode was set) are sealed now.
  void runLockJobHere();
});
