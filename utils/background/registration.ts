import { browser } from 'wxt/browser';

export const GUARD_SCRIPT_ID = 'steady-guard';
export const GUARD_SCRIPT_FILE = 'guard.js';

/**
 * Makes the registered guard content script cover exactly `matches` (match patterns of the
 * flagged hosts Steady may act on). No hosts: no script at all. Idempotent.
 */
export async function syncGuardRegistration(matches: readonly string[]): Promise<void> {
  const wanted = [...new Set(matches)].sort();
  const [existing] = await browser.scripting.getRegisteredContentScripts({ ids: [GUARD_SCRIPT_ID] });
  if (wanted.length === 0) {
    if (existing) await browser.scripting.unregisterContentScripts({ ids: [GUARD_SCRIPT_ID] });
    return;
  }
  const script = {
    id: GUARD_SCRIPT_ID,
    js: [GUARD_SCRIPT_FILE],
    matches: wanted,
    runAt: 'document_start' as const,
    allFrames: false,
    persistAcrossSessions: true,
  };
  if (!existing) {
    await browser.scripting.registerContentScripts([script]);
    return;
  }
  if ((existing.css ?? []).length > 0) {
    // An earlier version injected a stylesheet that a page could trigger by forging the cover. An
    // update keeps what it does not name, so the old registration is replaced whole.
    await browser.scripting.unregisterContentScripts({ ids: [GUARD_SCRIPT_ID] });
    await browser.scripting.registerContentScripts([script]);
    return;
  }
  const current = [...(existing.matches ?? [])].sort();
  const same =
    current.length === wanted.length &&
    current.every((m, i) => m === wanted[i]) &&
    existing.runAt === 'document_start' &&
    (existing.js ?? []).join() === GUARD_SCRIPT_FILE;
  if (!same) await browser.scripting.updateContentScripts([script]);
}
