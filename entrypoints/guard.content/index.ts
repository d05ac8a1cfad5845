import { browser } from 'wxt/browser';
import { startGuard } from '@/utils/guard/guard';
import { watchUrl } from '@/utils/guard/watch-url';
import { GUARD_KEY, type GuardState } from '@/utils/guard-state';
import { isMessage } from '@/utils/messages';

/**
 * Runs at document_start, only on hosts the person flagged (the background registers it for
 * exactly those), only in the top frame. It covers the page at once, then checks the rules for
 * this address: the warning for a page the person asked about, nothing for any other. On
 * single-page sites it checks again whenever the address changes without a load.
 */
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_start',
  main() {
    if (window.top !== window) return;

    const guard = startGuard({
      readState: async () => (await browser.storage.local.get(GUARD_KEY))[GUARD_KEY] as GuardState | undefined,
      now: Date.now,
      href: () => location.href,
      frameUrl: (url) => {
        const params = new URLSearchParams({ u: url, b: history.length > 1 ? '1' : '0' });
        return `${browser.runtime.getURL('/overlay.html')}?${params}`;
      },
    });

    browser.runtime.onMessage.addListener((message) => {
      if (isMessage(message) && message.type === 'guard-dismiss') {
        guard.dismiss();
        return Promise.resolve({ ok: true });
      }
      return undefined;
    });

    void guard.check();
    watchUrl(() => void guard.check());
  },
});
