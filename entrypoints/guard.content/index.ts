import { browser } from 'wxt/browser';
import { mountWarning } from '@/utils/guard/mount';
import { GUARD_KEY, type GuardState, ruleToWarn } from '@/utils/guard-state';
import { isMessage } from '@/utils/messages';

/**
 * Runs at document_start, only on hosts the person flagged (the background registers it for
 * exactly those). It covers the page at once, then checks the rules for this address and
 * lifts the cover if this page is not one the person asked to be warned about.
 */
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_start',
  main() {
    if (window.top !== window) return;
    const params = new URLSearchParams({ u: location.href, b: history.length > 1 ? '1' : '0' });
    const warning = mountWarning(`${browser.runtime.getURL('/overlay.html')}?${params}`);

    browser.runtime.onMessage.addListener((message) => {
      if (isMessage(message) && message.type === 'guard-dismiss') {
        warning.remove();
        return Promise.resolve({ ok: true });
      }
      return undefined;
    });

    // If the rules cannot be read, the warning stays: the person asked for it on this host,
    // and it always offers a way on.
    void browser.storage.local.get(GUARD_KEY).then((stored) => {
      if (!ruleToWarn(stored[GUARD_KEY] as GuardState | undefined, location.href, Date.now())) warning.remove();
    });
  },
});
