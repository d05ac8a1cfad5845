import {
  createEffect,
  createResource,
  createSignal,
  ErrorBoundary,
  lazy,
  Match,
  onCleanup,
  Show,
  Suspense,
  Switch,
} from 'solid-js';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { CrisisLines } from '@/components/CrisisLines';
import { ReachOut } from '@/components/ReachOut';
import { reachAnyway, recordReachOut } from '@/utils/commands/reach';
import { crisisLinesFor } from '@/utils/crisis-lines';
import type { SitePattern } from '@/utils/db/schema';
import { createUrgeSession, type PopupView } from '@/utils/popup/urge-session';
import type { Problem } from '@/utils/problems';
import { systemZone } from '@/utils/time/zone';
import { LapseView } from './LapseView';
import type * as Later from './later';

// The first view (reach out, the lines, log an urge, "I used" and its safety screen) is this
// file's static imports; everything else loads as the popup opens (./later) or when it is shown.
const UrgeView = lazy(() => import('./UrgeView').then((m) => ({ default: m.UrgeView })));
const RideItOut = lazy(() => import('@/components/RideItOut').then((m) => ({ default: m.RideItOut })));
const CheckInView = lazy(() => import('./CheckInView').then((m) => ({ default: m.CheckInView })));

/** A section of the options page. */
const optionsHref = (section: string) => browser.runtime.getURL(`/options.html#${section}`);

/** Gives undefined, never an error, when a part's data cannot be read (the part is then left out). */
const quietly = <T,>(work: Promise<T>): Promise<T | undefined> => work.catch(() => undefined);

/**
 * The toolbar popup, for the hard moment. Its first view fits without scrolling and is usable at
 * once: reach out, log an urge, "I used", one step of the plan and one reason, whether a hard time
 * is on, the days counter if the person wants it, the site that is open, and the crisis lines.
 * Nothing here reads the history to open; the days counter fills in after.
 */
export function App() {
  const now = Date.now();
  const zone = systemZone();
  const later = import('./later');
  const [more] = createResource(() => later);
  const [view, setView] = createSignal<PopupView>('home');
  const [status, setStatus] = createSignal('');
  const say = (problem: Problem) => void later.then((m) => setStatus(m.problemWords(problem)));
  // Reach out and the lines never fail (the background's copy stands in for a failing database);
  // every other part is left out when its data cannot be read, never blanking the popup.
  const [reach] = createResource(() => reachAnyway(now, zone));
  const [plan] = createResource(more, (m) => quietly(m.popupPlan()));
  const [site, { refetch: refetchSite }] = createResource(more, (m) =>
    quietly(browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => m.siteOfTab(tab?.url ?? ''))),
  );
  const [times] = createResource(more, (m) => quietly(m.listTimes()));
  // "Keep my sites firm until morning" only when there is a site or a search word to keep firm
  // (or it holds), and Steady is open.
  const [firmable] = createResource(more, (m) => quietly(m.hasFirmable()));
  const firm = () => {
    const m = more();
    const until = settings()?.firmUntil;
    if (!m || !open() || !(firmable() || (until ?? 0) > now)) return undefined;
    return m.firmPart(until, now, zone, (firmUntil) => {
      const current = settings();
      if (current) setSettings({ ...current, firmUntil });
    });
  };
  const [settings, { mutate: setSettings }] = createResource(more, (m) => quietly(m.readSettings()));
  // Behind the lock, the person's own words (their plan, their reasons, their days) stay private;
  // reaching out, logging an urge and the crisis lines never lock.
  const [lock, { refetch: refetchLock }] = createResource(more, (m) => quietly(m.lockState()));
  // Locks again at the minute the person set, and at once when a Steady page locks it.
  createEffect(() => {
    const m = more();
    const state = lock();
    if (m) onCleanup(m.watchLock(state?.set && !state.locked ? state.until : undefined, () => void refetchLock()));
  });
  const open = () => lock()?.locked === false;
  const [days] = createResource(
    () => (settings()?.showDays === true ? more() : undefined),
    (m) => quietly(m.readDays(now, zone)),
  );
  const [checkIn, { refetch: refetchCheckIn }] = createResource(more, (m) =>
    quietly(m.checkInToday(m.today(now, zone))),
  );
  const session = createUrgeSession({ show: setView, say: setStatus, refused: say });
  let crisis: HTMLDivElement | undefined;

  const lines = () => crisisLinesFor(reach()?.lines ?? [], reach()?.country);
  /**
   * While locked, the popup says nothing of the person's lists: not whether a hard time is on,
   * nor whether the open site is on their list (anyone at the computer can open the popup).
   */
  const tabSite = () => (open() ? site() : undefined);
  // The triggers are the person's own words from their plan: behind the lock like the rest of it.
  const chips = () => more()?.triggerChips(open() ? (plan()?.triggers ?? []) : [], tabSite()) ?? [];

  const log = () => {
    void import('./UrgeView');
    void session.log();
  };
  /** Flags a page, asking for its host in the same click (so the flagging code is loaded by then). */
  /** Flags a page, asking for its host in the same click (the flagging code is there by the time the button is). */
  const flag = (pattern: SitePattern): Promise<string | undefined> =>
    more()?.flagFromPopup(pattern, site()?.sites ?? [], (words) => {
      if (words) setStatus(words);
      void refetchSite();
    }) ?? Promise.resolve(undefined);
  const flagThis = (): Promise<string | undefined> => {
    const current = site();
    return current ? flag(current.pattern) : Promise.resolve(undefined);
  };

  const reachOut = () => (
    <ReachOut
      view={reach()}
      onReach={(contactId, channel) => void recordReachOut({ contactId }, channel, 'popup')}
      peopleHref={optionsHref('people')}
      onNoOne={() => crisis?.querySelector('a')?.focus()}
    />
  );
  const crisisLines = () => (
    <div ref={crisis}>
      <CrisisLines
        lines={lines().lines}
        region={lines().region}
        settingsHref={optionsHref('help')}
        onCall={(line) => void recordReachOut({ lineId: line.id }, 'call', 'popup')}
        compact
      />
    </div>
  );

  return (
    <main class="popup stack">
      <h1 class="visually-hidden">{i18n.t('appName')}</h1>
      <Show when={reach()?.unavailable}>
        <p class="notice">{i18n.t('trouble.popup')}</p>
      </Show>
      <ErrorBoundary
        fallback={
          <>
            <p class="notice">{i18n.t('trouble.part')}</p>
            {/* Each on its own, so what broke the view cannot take them too; the lines at worst as built in. */}
            <ErrorBoundary fallback={null}>{reachOut()}</ErrorBoundary>
            <ErrorBoundary
              fallback={<CrisisLines {...crisisLinesFor([], undefined)} settingsHref={optionsHref('help')} compact />}
            >
              {crisisLines()}
            </ErrorBoundary>
          </>
        }
      >
        <Switch>
          <Match when={view() === 'home'}>
            {reachOut()}
            <div class="row">
              <button type="button" class="primary" onClick={log}>
                {i18n.t('popup.logUrge')}
              </button>
              <button type="button" onClick={() => setView('ride')}>
                {i18n.t('popup.rideItOut')}
              </button>
              <button type="button" class="quiet" onClick={session.startLapse}>
                {i18n.t('popup.used')}
              </button>
            </div>
            <p role="status">{status()}</p>
            <Show when={more()}>
              {(m) => {
                const loaded = m();
                return (
                  <loaded.Glance
                    checkInOffer={checkIn()?.offer === true}
                    onCheckIn={() => setView('checkin')}
                    onCheckInLater={() =>
                      void m()
                        .setCheckInAside(m().today(now, zone))
                        .then(() => refetchCheckIn())
                    }
                    days={open() ? days() : undefined}
                    hardTime={open() ? loaded.hardTimeLine(times() ?? [], now, zone) : undefined}
                    plan={open() ? plan() : undefined}
                    rotating={(list) => loaded.lineForMinute(list, now)}
                    site={tabSite()}
                    onFlagThis={flagThis}
                    onStatus={setStatus}
                  />
                );
              }}
            </Show>
            {crisisLines()}
            <div class="row foot">
              <Show when={firm()}>
                {(part) => {
                  const Keep = (more() as typeof Later).KeepFirm;
                  return <Keep holding={part().holding} onKeep={part().onKeep} onStatus={setStatus} />;
                }}
              </Show>
              <button type="button" class="quiet" onClick={() => void browser.runtime.openOptionsPage()}>
                {i18n.t('popup.openSettings')}
              </button>
            </div>
          </Match>
          <Match when={view() === 'urge'}>
            <Suspense>
              <UrgeView
                urge={session.urge()}
                status={status()}
                canUndo={session.canUndo()}
                onUndo={() => void session.undo()}
                chips={chips()}
                onChange={(details) => void session.change(details)}
                onDone={() => setView('home')}
                onRide={() => setView('ride')}
                reachOut={reachOut()}
              />
            </Suspense>
          </Match>
          <Match when={view() === 'ride'}>
            <Suspense>
              <RideItOut id="popup-ride" onFinish={session.rideDone} onClose={() => setView('home')} />
            </Suspense>
            {reachOut()}
          </Match>
          <Match when={view() === 'lapse'}>
            <LapseView
              chips={chips()}
              urge={session.lapseAfter()?.urge}
              openSite={
                more() && tabSite() && !tabSite()?.flagged
                  ? more()?.describePattern(tabSite()?.pattern ?? { host: '', scope: 'site' })
                  : undefined
              }
              timeAround={more()?.timeAroundNow(now, zone)}
              later={later}
              loaded={more()}
              country={reach()?.country}
              canRestart={open()}
              reachOut={reachOut()}
              safetyLines={crisisLines()}
              onFlagSite={flagThis}
              onFlagPattern={flag}
              onMistake={session.lapseMistake}
              onFinish={session.finishLapse}
            />
          </Match>
          <Match when={view() === 'checkin'}>
            <Suspense>
              <CheckInView
                now={now}
                zone={zone}
                initial={checkIn()?.answers}
                onSaved={() => void refetchCheckIn()}
                onBack={() => setView('home')}
              />
            </Suspense>
          </Match>
        </Switch>
      </ErrorBoundary>
    </main>
  );
}
