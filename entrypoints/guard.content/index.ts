import { browser } from 'wxt/browser';
import { type MountedWarning, mountWarning } from '@/utils/guard/mount';
import { watchUrl } from '@/utils/guard/watch-url';
import { GUARD_KEY, type GuardState, ruleToWarn } from '@/utils/guard-state';
import { isMessage } from '@/utils/messages';

/**
 * Runs at document_start, only on hosts the person flagged (the background registers it for
 * exactly those), only in the top frame. It covers the page at once, then checks the rules for
 * this address and lifts the cover if this page is not one the person asked about. On
 * single-page sites it checks again whenever the address changes without a load.
 */
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_start',
  main() {
    if (window.top !== window) return;

    const frameUrl = (url: string) => {
      const params = new URLSearchParams({ u: url, b: history.length > 1 ? '1' : '0' });
      return `${browser.runtime.getURL('/overlay.html')}?${params}`;
    };
    let warning: MountedWarning | undefined = mountWarning(frameUrl(location.href));
    let shownFor = location.href;

    const lift = () => {
      warning?.remove();
      warning = undefined;
    };

    // If the rules cannot be read, the warning stays: the person asked for it on this host,
    // and it always offers a way on.
    const check = async () => {
      const url = location.href;
      const stored = await browser.storage.local.get(GUARD_KEY);
      if (url !== location.href) return; // moved on meanwhile: the newer check decides
      const rule = ruleToWarn(stored[GUARD_KEY] as GuardState | undefined, url, Date.now());
      if (!rule) lift();
      else if (!warning || shownFor !== url) {
        lift();
        warning = mountWarning(frameUrl(url));
        shownFor = url;
      }
    };

    browser.runtime.onMessage.addListener((message) => {
      if (isMessage(message) && message.type === 'guard-dismiss') {
        lift();
        return Promise.resolve({ ok: true });
      }
      return undefined;
    });

    void check();
    watchUrl(() => void check());
  },
});
