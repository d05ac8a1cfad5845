import { browser } from 'wxt/browser';

export const GUARD_SCRIPT_ID = 'steady-guard';
export const GUARD_SCRIPT_FILE = 'guard.js';
/**
 * Injected with the guard: while the cover is up, the page underneath is not rendered
 * (entrypoints/cover.css, which WXT builds as an unlisted style into assets/).
 */
export const COVER_STYLE_FILE = 'assets/cover.css';

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
    css: [COVER_STYLE_FILE],
    matches: wanted,
    runAt: 'document_start' as const,
    allFrames: false,
    persistAcrossSessions: true,
  };
  if (!existing) {
    await browser.scripting.registerContentScripts([script]);
    return;
  }
  const current = [...(existing.matches ?? [])].sort();
  const same =
    current.length === wanted.length &&
    current.every((m, i) => m === wanted[i]) &&
    existing.runAt === 'document_start' &&
    (existing.js ?? []).join() === GUARD_SCRIPT_FILE &&
    (existing.css ?? []).join() === COVER_STYLE_FILE;
  if (!same) await browser.scripting.updateContentScripts([script]);
}
