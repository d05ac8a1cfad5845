import { browser } from 'wxt/browser';
import { linesRepo } from '@/utils/db/lines';
import { closeDb } from '@/utils/db/open';
import { searchesRepo } from '@/utils/db/searches';
import { settingsRepo } from '@/utils/db/settings';
import { sitesRepo } from '@/utils/db/sites';
import { timesRepo } from '@/utils/db/times';
import { asQuietTimes, capQuiet, deriveGuardState } from '@/utils/guard/state';
import { deriveHelpCopy } from '@/utils/help-copy';
import { hasAccess, hasOrigins } from '@/utils/permissions';
import { engineById, engineMatches, engineOrigins } from '@/utils/search/engines';
import { RETIRED_LOCAL_KEYS, STORAGE } from '@/utils/storage-keys';
import { systemZone } from '@/utils/time/zone';
import { levelInput } from '@/utils/triggers/decide';
import { hardTimesAt } from '@/utils/triggers/schedule';
import { originsFor } from '@/utils/triggers/site-pattern';
import { showHardTimes } from './hard-times';
import { syncGuardRegistration } from './registration';

/**
 * Re-derives everything the background enforces from the database and the browser's own
 * permissions: the hard-time badge, alarm and check-in; the guard's copy and the crisis-line
 * copy in storage.local (and the guard's own quiet times there, capped); and the content-script registration for the hosts Steady may act on.
 * The same call serves install,
 * startup, wake-ups, alarms and every change: it is idempotent, keeps nothing in memory and
 * reads nothing it derived itself.
 */
export async function enforce(now = Date.now(), zone = systemZone()): Promise<void> {
  const [sites, times, settings, lines, words] = await Promise.all([
    sitesRepo().list(),
    timesRepo().list(),
    settingsRepo().get(),
    linesRepo().list(),
    searchesRepo().list(),
  ]);
  const hardTimes = hardTimesAt(times, now, zone);
  await showHardTimes(hardTimes, settings, now);
  // The copies the guard and the warning page read at once, written only when they changed
  // (every wake-up re-derives).
  const copies: Record<string, unknown> = {
    [STORAGE.guard.key]: deriveGuardState(sites, levelInput(hardTimes.state.on, settings), settings, words),
    [STORAGE.help.key]: deriveHelpCopy(lines, settings),
  };
  const stored = await browser.storage.local.get([
    ...Object.keys(copies),
    STORAGE.guardQuiet.key,
    ...RETIRED_LOCAL_KEYS,
  ]);
  // The guard's own quiet times (written on "continue"), capped: none for a rule gone or firm, none
  // over or longer than the quiet time set, and a bounded number. The database holds the real ones.
  if (stored[STORAGE.guardQuiet.key] !== undefined) {
    const quiet = capQuiet(
      asQuietTimes(stored[STORAGE.guardQuiet.key]),
      [...sites, ...words],
      now,
      settings.quietMinutes,
    );
    if (Object.keys(quiet).length === 0) await browser.storage.local.remove(STORAGE.guardQuiet.key);
    else if (JSON.stringify(quiet) !== JSON.stringify(stored[STORAGE.guardQuiet.key]))
      copies[STORAGE.guardQuiet.key] = quiet;
  }
  // Copies an older Steady kept and this one does not: gone, so nothing derived lingers.
  const legacy = RETIRED_LOCAL_KEYS.filter((key) => stored[key] !== undefined);
  if (legacy.length > 0) await browser.storage.local.remove(legacy);
  const changed = Object.fromEntries(
    Object.entries(copies).filter(([key, value]) => JSON.stringify(stored[key]) !== JSON.stringify(value)),
  );
  if (Object.keys(changed).length > 0) await browser.storage.local.set(changed);
  const granted = await Promise.all(sites.map(hasAccess));
  // The engines' result addresses only (never their whole hosts), once a word is named and access given.
  const engines = words.length > 0 ? (settings.searchEngines ?? []).map(engineById) : [];
  const enginesGranted = await Promise.all(engines.map((engine) => hasOrigins(engineOrigins(engine))));
  await syncGuardRegistration([
    ...sites.filter((_, i) => granted[i]).flatMap(originsFor),
    ...engines.filter((_, i) => enginesGranted[i]).flatMap(engineMatches),
  ]);
}

/**
 * Stops everything Steady enforces and forgets what it derived, for "delete everything": no
 * content script, no alarm, no dot on the toolbar, no check-in, no copy in storage, no unlocked
 * time; and closes the database, so it can be deleted. The next re-derive starts from nothing.
 */
export async function forgetEverything(): Promise<void> {
  await syncGuardRegistration([]);
  await browser.alarms.clearAll();
  await showHardTimes({ state: { on: false }, active: [] }, { checkIns: false }, Date.now());
  const shown = await browser.notifications.getAll().catch(() => ({}));
  await Promise.all(Object.keys(shown).map((id) => browser.notifications.clear(id).catch(() => false)));
  await browser.storage.local.clear();
  await browser.storage.session.clear().catch(() => undefined);
  await closeDb();
}
