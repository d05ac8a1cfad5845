import { contactsRepo } from '@/utils/db/contacts';
import { eventsRepo } from '@/utils/db/events';
import { walkNewest } from '@/utils/db/history';
import { planRepo } from '@/utils/db/plan';
import { addReachOut } from '@/utils/db/reach-outs';
import type { Settings, WarningChoice, WarningEvent } from '@/utils/db/schema';
import { MAX_TEXT, SEARCH_TRIGGER } from '@/utils/db/schema';
import { searchesRepo } from '@/utils/db/searches';
import { settingsRepo } from '@/utils/db/settings';
import { sitesRepo } from '@/utils/db/sites';
import { timesRepo } from '@/utils/db/times';
import { urgesRepo } from '@/utils/db/urges';
import { deriveSearchCopy, searchMatcherFor } from '@/utils/guard/state';
import { isLocked, unlockedUntil } from '@/utils/lock/session';
import { type BackgroundMessage, sendToGuard, type WarningView } from '@/utils/messages';
import { reachView } from '@/utils/reach-out/available';
import { reachMessage, reachSubject } from '@/utils/reach-out/words';
import { isSearchRule } from '@/utils/search/match';
import { dayStart } from '@/utils/time/wall-clock';
import { localDayNumber } from '@/utils/time/zone';
import { decideWarning, levelInput } from '@/utils/triggers/decide';
import { splitUrl } from '@/utils/triggers/matcher';
import { hardTimeState } from '@/utils/triggers/schedule';
import { leaveTab } from '@/utils/warning/exits';
import { pauseLeft } from '@/utils/warning/friction';
import { isNewShowing, SAME_SHOWING_MS } from '@/utils/warning/showing';

/** The decision for `url` at `now`, from the database (the same function the guard calls on its copy). */
async function decisionFor(url: string, now: number, zone: string) {
  const [sites, times, settings, words] = await Promise.all([
    sitesRepo().list(),
    timesRepo().list(),
    settingsRepo().get(),
    searchesRepo().list(),
  ]);
  const hardTime = levelInput(hardTimeState(times, now, zone).on, settings);
  const copy = deriveSearchCopy(words, settings.searchEngines ?? []);
  const decision = decideWarning(sites, url, now, hardTime, undefined, copy && searchMatcherFor(copy));
  return { decision, settings };
}

/**
 * What a check-in is recorded against: its site, or for a search the named word's id and the
 * engine's host (never the word, nor the query, which is in the address's query, not its path).
 */
function recordedAs(rule: { id: string; host?: string }, url: string): { id: string; host: string; kind?: 'search' } {
  if (!isSearchRule(rule) && rule.host !== undefined) return { id: rule.id, host: rule.host };
  return { id: rule.id, host: splitUrl(url)?.host ?? '', kind: 'search' };
}

/**
 * Records what happened on a warning, for insights. It never throws: a record that cannot be
 * written (a full disk, a path too long) must not stand between a person and their choice.
 * The page's path only when the person opted in, cut to what a record may hold.
 */
export async function recordEvent(
  site: { id: string; host: string; kind?: 'search' },
  choice: WarningChoice,
  url: string,
  at: number,
  withPath: boolean,
): Promise<void> {
  try {
    const path = withPath ? splitUrl(url)?.path.slice(0, MAX_TEXT) : undefined;
    await eventsRepo().put({
      at,
      siteId: site.id,
      host: site.host,
      choice,
      ...(path ? { path } : {}),
      ...(site.kind ? { kind: site.kind } : {}),
    });
  } catch (error) {
    console.warn('Steady could not record a warning event', error);
  }
}

/** Whether a showing of this site's warning at `now` is a new one (isNewShowing over the last minute's events). */
async function isNewShowingNow(siteId: string, now: number): Promise<boolean> {
  const recent: WarningEvent[] = [];
  try {
    await walkNewest('events', { lower: now - SAME_SHOWING_MS }, (event) => recent.push(event) > 0);
  } catch {
    return true;
  }
  return isNewShowing(recent, siteId, now);
}

/**
 * The seconds before "continue" on this showing: the person's pause; with friction on, grown by
 * the day's continues on the site and counted from the start of the visit (utils/warning/friction.ts).
 */
async function pauseNow(siteId: string, now: number, zone: string, settings: Settings): Promise<number> {
  if (settings.frictionGrows !== true) return settings.pauseSeconds;
  const start = dayStart(localDayNumber(now, zone), zone);
  const today: WarningEvent[] = [];
  try {
    await walkNewest('events', { lower: Math.min(start, now - SAME_SHOWING_MS) }, (event) => today.push(event) > 0);
  } catch {
    // The events cannot be read: the person's own pause, never none.
  }
  return pauseLeft(today, siteId, now, start, settings.pauseSeconds);
}

/**
 * What the warning page shows for `url` at `now`, and a record that it was shown (once for a
 * showing: not again for the same site within a minute with no choice made meanwhile).
 */
export async function openWarning(url: string, now: number, zone: string): Promise<WarningView> {
  const [{ decision, settings }, reasons, contacts, until] = await Promise.all([
    decisionFor(url, now, zone),
    planRepo().get('reasons'),
    contactsRepo().list(),
    unlockedUntil(),
  ]);
  const words = reasons?.items ?? [];
  const message = reachMessage(settings);
  const view: WarningView = {
    found: decision !== undefined,
    level: decision?.level ?? 'gentle',
    pauseSeconds: decision ? await pauseNow(decision.rule.id, now, zone, settings) : settings.pauseSeconds,
    reach: { ...reachView(contacts, now, zone, message, reachSubject()), message },
  };
  // Behind the lock, the person's own words stay private (someone else may be at the screen).
  const ownWords = isLocked(settings, until, now)
    ? undefined
    : words[Math.floor(now / 60_000) % Math.max(words.length, 1)];
  if (ownWords) view.ownWords = ownWords;
  if (settings.safePage) view.safePage = settings.safePage;
  if (decision && (await isNewShowingNow(decision.rule.id, now)))
    await recordEvent(recordedAs(decision.rule, url), 'shown', url, now, settings.recordPaths);
  return view;
}

/**
 * The person's choice on a warning. The warning page has already acted on "leave" and
 * "continue" by itself (they never wait on the database); here "continue" quiets every rule
 * that warned on the page for the time the person set (never on a firm warning), "log this urge"
 * logs it with the site as its trigger, and every choice is recorded, last.
 */
export async function chooseOnWarning(
  request: Extract<BackgroundMessage, { type: 'warning-choice' }>,
  now: number,
  zone: string,
  enforceNow: () => Promise<void>,
): Promise<void> {
  const { decision, settings } = await decisionFor(request.url, now, zone);
  if (!decision) return;
  if (request.choice === 'continue') {
    if (decision.level === 'firm') return;
    const ids = decision.covering.map((rule) => rule.id);
    await sitesRepo().quiet(ids, now + settings.quietMinutes * 60_000);
    await searchesRepo().quiet(ids, now + settings.quietMinutes * 60_000);
    await enforceNow();
  }
  if (request.choice === 'log-urge') {
    const { strength, strengthAfter, rodeSeconds } = request;
    await urgesRepo().put({
      at: now,
      siteId: decision.rule.id,
      // A search's urge names what set it off as "a search" (SEARCH_TRIGGER), never the word or the engine.
      triggers: [isSearchRule(decision.rule) ? SEARCH_TRIGGER : decision.rule.host],
      ...(strength !== undefined ? { strength } : {}),
      ...(strengthAfter !== undefined ? { strengthAfter, outcome: 'rode-it-out' as const } : {}),
      ...(rodeSeconds !== undefined ? { rodeSeconds } : {}),
    });
  }
  await recordEvent(recordedAs(decision.rule, request.url), request.choice, request.url, now, settings.recordPaths);
}

/**
 * The person reached out from a warning: who (a support person, or a line) and which way, never
 * the words sent. Recorded as a reach out and as the warning's choice. Never throws.
 */
export async function reachedOutOnWarning(
  request: Extract<BackgroundMessage, { type: 'warning-reached-out' }>,
  now: number,
  zone: string,
): Promise<void> {
  try {
    await addReachOut(request, 'warning', now);
  } catch (error) {
    console.warn('Steady could not record a reach out', error);
  }
  const { decision, settings } = await decisionFor(request.url, now, zone);
  if (decision)
    await recordEvent(recordedAs(decision.rule, request.url), 'reach-out', request.url, now, settings.recordPaths);
}

/** How long "leave" waits for the settings' calm page before it closes the tab instead. */
const SAFE_PAGE_WAIT_MS = 1000;

/**
 * The person's calm page, from the settings (never from a message: a forged one must not send the
 * tab anywhere). Asked for only when the tab has no history; a database that cannot answer at
 * once gives none, and the tab closes: leaving never waits on it.
 */
async function safePageFromSettings(): Promise<string | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), SAFE_PAGE_WAIT_MS);
  });
  try {
    return await Promise.race([
      settingsRepo()
        .get()
        .then((settings) => settings.safePage),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * An exit of the warning page done for it (a browser that gives a framed page no tabs): leave,
 * continue or read the rules again, on the sender's own tab. Waits on no database (leave asks the
 * settings for the calm page only when the tab has no history, and not for long).
 */
export async function exitOnWarning(
  request: Extract<BackgroundMessage, { type: 'warning-exit' }>,
  tabId: number | undefined,
): Promise<{ ok: true; lifted?: boolean }> {
  if (tabId === undefined) return { ok: true };
  switch (request.exit) {
    case 'leave':
      await leaveTab(tabId, request.canGoBack, safePageFromSettings);
      return { ok: true };
    case 'continue': {
      const reply = await sendToGuard(tabId, { type: 'guard-continue', token: request.token }).catch(() => undefined);
      return { ok: true, lifted: reply?.lifted === true };
    }
    case 'recheck':
      await sendToGuard(tabId, { type: 'guard-recheck', token: request.token }).catch(() => undefined);
      return { ok: true };
  }
}
