import { browser } from 'wxt/browser';
import { randomToken, startGuard } from '@/utils/guard/guard';
import { addQuiet, asGuardState, asQuietTimes, withQuiet } from '@/utils/guard/state';
import { warningQuery } from '@/utils/guard/warning-params';
import { watchUrl } from '@/utils/guard/watch-url';
import { isGuardMessage } from '@/utils/messages';
import { STORAGE } from '@/utils/storage-keys';

/**
 * The guard. The background registers this file as a content script for exactly the hosts the
 * person flagged (scripting.registerContentScripts, document_start, top frame only), so it runs
 * on no other page. It is built as a plain script, not a WXT content script: WXT's content-script
 * context announces itself to the page (a posted message and a document event that carry
 * Steady's id), and a flagged page must not learn that Steady is there.
 *
 * It covers the page at once, then checks the rules for this address: the warning for a page the
 * person asked about, nothing for any other. On single-page sites it checks again whenever the
 * address changes without a load.
 */
export default defineUnlistedScript(() => {
  if (window.top !== window) return;

  const guard = startGuard({
    readState: async () => {
      const stored = await browser.storage.local.get([STORAGE.guard.key, STORAGE.guardQuiet.key]);
      return withQuiet(
        asGuardState(stored[STORAGE.guard.key]),
        asQuietTimes(stored[STORAGE.guardQuiet.key]),
        Date.now(),
      );
    },
    keepQuiet: (ids, until) => {
      void browser.storage.local
        .get(STORAGE.guardQuiet.key)
        .then((stored) =>
          browser.storage.local.set({
            [STORAGE.guardQuiet.key]: addQuiet(asQuietTimes(stored[STORAGE.guardQuiet.key]), ids, until, Date.now()),
          }),
        )
        .catch(() => undefined);
    },
    now: Date.now,
    href: () => location.href,
    canGoBack: () => history.length > 1,
    token: randomToken,
    frameUrl: (params) => `${browser.runtime.getURL('/warning.html')}?${warningQuery(params)}`,
  });

  // Only Steady's own warning page, in this tab, can reach this listener (tabs.sendMessage).
  browser.runtime.onMessage.addListener((message) => {
    if (!isGuardMessage(message)) return undefined;
    if (message.type === 'guard-continue') return Promise.resolve({ lifted: guard.continueFrom(message.token) });
    return guard.recheck(message.token).then(() => ({ ok: true }));
  });

  void guard.check();
  watchUrl(() => void guard.check());
});
