import {
  createEffect,
  createMemo,
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
import { DaysCounter } from '@/components/DaysCounter';
import { ReachOut } from '@/components/ReachOut';
import type { Chip } from '@/components/TriggerChips';
import { checkInToday, saveCheckIn, setCheckInAside, today } from '@/utils/commands/checkins';
import { readDays } from '@/utils/commands/lapses';
import { lockState } from '@/utils/commands/lock';
import { popupPlan } from '@/utils/commands/popup';
import { reachAnyway, recordReachOut } from '@/utils/commands/reach';
import { readSettings } from '@/utils/commands/settings';
import { flagSites } from '@/utils/commands/sites';
import { listTimes } from '@/utils/commands/times';
import { changeUrge, logUrge, removeUrge } from '@/utils/commands/urges';
import { crisisLinesFor } from '@/utils/crisis-lines';
import { HALT, type SitePattern, type TriggerTimeRule, type Urge, type UrgeOutcome } from '@/utils/db/schema';
import { watchLock } from '@/utils/lock/session';
import { localParts, systemZone } from '@/utils/time/zone';
import { hardTimeState } from '@/utils/triggers/schedule';
import { describePattern } from '@/utils/triggers/site-pattern';
import { describeHardTimeState } from '@/utils/words/hard-times';
import { problemWords } from '@/utils/words/problems';
import { HALT_WORDS } from '@/utils/words/triggers';
import { LapseView } from './LapseView';

/** How long "Undo" stays after logging an urge. */
const UNDO_MS = 10_000;

/** A fetcher that gives undefined, never an error, when its data cannot be read (the part is then left out). */
const quietly =
  <T,>(work: () => Promise<T>) =>
  (): Promise<T | undefined> =>
    work().catch(() => undefined);

// What the first view does not need loads when it is opened: the first view (reach out, the
// lines, log an urge, "I used" and its safety screen) stays small.
const UrgeDetails = lazy(() => import('@/components/UrgeDetails').then((m) => ({ default: m.UrgeDetails })));
const RideItOut = lazy(() => import('@/components/RideItOut').then((m) => ({ default: m.RideItOut })));
const CheckInForm = lazy(() => import('@/components/CheckInForm').then((m) => ({ default: m.CheckInForm })));

/** A section of the options page. */
const optionsHref = (section: string) => browser.runtime.getURL(`/options.html#${section}`);

/** The site of the tab the popup was opened on (activeTab lets Steady see its address then). */
async function currentSite() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  // The matcher loads after the first view: only this line of the popup needs it.
  const { siteOfTab } = await import('@/utils/commands/tab-site');
  return siteOfTab(tab?.url ?? '');
}

/** A hard time around now on this weekday (the hour before to the hour after), for one click after a lapse. */
function timeAroundNow(now: number, zone: string): TriggerTimeRule {
  const local = localParts(now, zone);
  const weekday = new Date(Date.UTC(local.year, local.month - 1, local.day)).getUTCDay();
  const hour = Math.floor(local.minutes / 60);
  return { kind: 'weekly', days: [weekday], start: ((hour + 23) % 24) * 60, end: ((hour + 2) % 24) * 60 };
}

type View = 'home' | 'urge' | 'ride' | 'lapse' | 'checkin';

/**
 * The toolbar popup, for the hard moment. Its first view fits without scrolling and is usable at
 * once: reach out, log an urge, "I used", one step of the plan and one reason, whether a hard time
 * is on, the days counter if the person wants it, the site that is open, and the crisis lines.
 * Nothing here reads the history to open; the days counter fills in after.
 */
export function App() {
  const now = Date.now();
  const zone = systemZone();
  const [view, setView] = createSignal<View>('home');
  const [status, setStatus] = createSignal('');
  // Reach out and the lines never fail (the background's copy stands in for a failing database);
  // every other part is left out when its data cannot be read, never blanking the popup.
  const [reach] = createResource(() => reachAnyway(now, zone));
  const [plan] = createResource(quietly(popupPlan));
  const [site, { refetch: refetchSite }] = createResource(quietly(currentSite));
  const [times] = createResource(quietly(listTimes));
  const [settings] = createResource(quietly(readSettings));
  // Behind the lock, the person's own words (their plan, their reasons, their days) stay private;
  // reaching out, logging an urge and the crisis lines never lock.
  const [lock, { refetch: refetchLock }] = createResource(quietly(() => lockState()));
  // Locks again at the minute the person set, and at once when a Steady page locks it.
  createEffect(() => {
    const state = lock();
    onCleanup(watchLock(state?.set && !state.locked ? state.until : undefined, () => void refetchLock()));
  });
  const open = () => lock()?.locked === false;
  const [days] = createResource(
    () => settings()?.showDays === true,
    quietly(() => readDays(now, zone)),
  );
  const [checkIn, { refetch: refetchCheckIn }] = createResource(quietly(() => checkInToday(today(now, zone))));
  const [urge, setUrge] = createSignal<Urge>();
  /** The urge a lapse check-in follows (its outcome set to "I used"), and its outcome before. */
  const [lapseAfter, setLapseAfter] = createSignal<{ urge: Urge; before?: UrgeOutcome }>();
  const [canUndo, setCanUndo] = createSignal(false);
  let undoTimer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(undoTimer));
  let crisis: HTMLDivElement | undefined;

  const lines = createMemo(() => crisisLinesFor(reach()?.lines ?? [], reach()?.country));
  const rotating = (list: readonly string[]) => list[Math.floor(now / 60_000) % Math.max(list.length, 1)];
  /** Said only while a hard time is on: the first view has room for what matters now. */
  /**
   * While locked, the popup says nothing of the person's lists: not whether a hard time is on,
   * nor whether the open site is on their list (anyone at the computer can open the popup).
   */
  const tabSite = () => (open() ? site() : undefined);
  const hardTime = () => {
    if (!open()) return '';
    const state = hardTimeState(times() ?? [], now, zone);
    return state.on ? describeHardTimeState(state, now, zone) : '';
  };
  // The triggers are the person's own words from their plan: behind the lock like the rest of it.
  const chips = (): Chip[] => [
    ...(open() ? (plan()?.triggers ?? []) : []).map((line) => ({ value: line, label: line })),
    ...HALT.map((id) => ({ value: id, label: HALT_WORDS[id]() })),
    ...(tabSite()?.flagged
      ? [{ value: site()?.pattern.host ?? '', label: describePattern(site()?.pattern ?? { host: '', scope: 'site' }) }]
      : []),
  ];

  const log = () => {
    void logUrge().then((done) => {
      if (!done.ok) return setStatus(problemWords(done.problem));
      setUrge(done.value);
      setStatus(i18n.t('popup.logged'));
      setView('urge');
      setCanUndo(true);
      clearTimeout(undoTimer);
      undoTimer = setTimeout(() => setCanUndo(false), UNDO_MS);
    });
  };
  /** The latest change asked for: an earlier one's answer must not undo a later one on screen. */
  let latestChange = 0;
  const changeDetails = (details: Parameters<typeof changeUrge>[1]) => {
    const current = urge();
    if (!current) return;
    const change = ++latestChange;
    setUrge({ ...current, ...details } as Urge);
    // "I used" on an urge leads into the same check-in as the popup's own "I used", linked to it.
    if (details.outcome === 'used' && current.outcome !== 'used') {
      setLapseAfter({ urge: { ...current, ...details } as Urge, before: current.outcome });
      setView('lapse');
    }
    void changeUrge(current.id, details).then((done) => {
      if (!done.ok) setStatus(problemWords(done.problem));
      else if (change === latestChange) setUrge(done.value);
    });
  };
  const undo = () => {
    const current = urge();
    if (!current) return;
    void removeUrge(current.id).then(() => {
      setUrge(undefined);
      setCanUndo(false);
      setStatus(i18n.t('urge.undone'));
      setView('home');
    });
  };
  const rideDone = async ({ strengthAfter, seconds }: { strengthAfter?: number; seconds: number }) => {
    const details = {
      rodeSeconds: seconds,
      outcome: 'rode-it-out' as const,
      ...(strengthAfter !== undefined ? { strengthAfter } : {}),
    };
    const current = urge();
    const done = current ? await changeUrge(current.id, details) : await logUrge(details);
    if (done.ok) setUrge(done.value);
    else setStatus(problemWords(done.problem));
  };
  const startLapse = () => {
    setLapseAfter(undefined);
    setView('lapse');
  };
  /** Nothing was kept: back to where the person was, the urge's outcome as it was. */
  const lapseMistake = () => {
    const after = lapseAfter();
    setLapseAfter(undefined);
    if (!after) {
      setStatus(i18n.t('lapse.nothingKept'));
      return setView('home');
    }
    changeDetails({ outcome: after.before });
    setView('urge');
  };
  const flag = (pattern: SitePattern): Promise<string | undefined> => {
    const name = describePattern(pattern);
    const started = flagSites([pattern], site()?.sites ?? []);
    if (!started.ok) return Promise.resolve(problemWords(started.problem));
    void started.granted.then((granted) => {
      if (!granted) setStatus(i18n.t('popup.flaggedNoAccess', [name]));
      void refetchSite();
    });
    return started.saved.then((done) => (done.ok ? undefined : problemWords(done.problem)));
  };
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
              <button type="button" class="quiet" onClick={startLapse}>
                {i18n.t('popup.used')}
              </button>
            </div>
            <p role="status">{status()}</p>
            <Show when={checkIn()?.offer}>
              <div class="row offer">
                <p>{i18n.t('popup.checkInOffer')}</p>
                <button type="button" onClick={() => setView('checkin')}>
                  {i18n.t('popup.checkInStart')}
                </button>
                <button
                  type="button"
                  class="quiet"
                  onClick={() => void setCheckInAside(today(now, zone)).then(() => refetchCheckIn())}
                >
                  {i18n.t('popup.checkInLater')}
                </button>
              </div>
            </Show>
            <Show when={open() && days()}>{(counted) => <DaysCounter days={counted()} />}</Show>
            <Show when={hardTime()}>{(words) => <p class="hint">{words()}</p>}</Show>
            <Show
              when={open() && plan() && (plan()?.coping.length ?? 0) + (plan()?.reasons.length ?? 0) > 0}
              fallback={
                <Show when={open() && plan()}>
                  <p class="hint">{i18n.t('popup.noPlan')}</p>
                </Show>
              }
            >
              <dl class="plan-glance hint-labels">
                <Show when={rotating(plan()?.coping ?? [])}>
                  {(step) => (
                    <>
                      <dt>{i18n.t('popup.nextStep')}</dt>
                      <dd>{step()}</dd>
                    </>
                  )}
                </Show>
                <Show when={rotating(plan()?.reasons ?? [])}>
                  {(reason) => (
                    <>
                      <dt>{i18n.t('popup.reasons')}</dt>
                      <dd>{reason()}</dd>
                    </>
                  )}
                </Show>
              </dl>
            </Show>
            <Show when={tabSite()}>
              {(current) => (
                <Show
                  when={!current().flagged}
                  fallback={<p class="hint">{i18n.t('popup.flagged', [describePattern(current().pattern)])}</p>}
                >
                  <button
                    type="button"
                    onClick={() =>
                      void flagThis().then((problem) =>
                        setStatus(problem ?? i18n.t('popup.flagged', [describePattern(current().pattern)])),
                      )
                    }
                  >
                    {i18n.t('popup.flagThis', [describePattern(current().pattern)])}
                  </button>
                </Show>
              )}
            </Show>
            {crisisLines()}
            <button type="button" class="quiet" onClick={() => void browser.runtime.openOptionsPage()}>
              {i18n.t('popup.openSettings')}
            </button>
          </Match>
          <Match when={view() === 'urge'}>
            <section class="stack" aria-labelledby="urge-heading">
              <h2 id="urge-heading">{i18n.t('urge.heading')}</h2>
              <p role="status">
                {status()}{' '}
                <Show when={canUndo()}>
                  <button type="button" onClick={undo}>
                    {i18n.t('urge.undo')}
                  </button>
                </Show>
              </p>
              <Show when={urge()}>
                {(current) => (
                  <Suspense>
                    <UrgeDetails id="urge" urge={current()} chips={chips()} onChange={changeDetails} />
                  </Suspense>
                )}
              </Show>
              <div class="row">
                <button type="button" class="primary" onClick={() => setView('home')}>
                  {i18n.t('urge.done')}
                </button>
                <button type="button" onClick={() => setView('ride')}>
                  {i18n.t('popup.rideItOut')}
                </button>
              </div>
              {reachOut()}
            </section>
          </Match>
          <Match when={view() === 'ride'}>
            <Suspense>
              <RideItOut id="popup-ride" onFinish={rideDone} onClose={() => setView('home')} />
            </Suspense>
            {reachOut()}
          </Match>
          <Match when={view() === 'lapse'}>
            <LapseView
              chips={chips()}
              urge={lapseAfter()?.urge}
              openSite={
                tabSite() && !tabSite()?.flagged
                  ? describePattern(tabSite()?.pattern ?? { host: '', scope: 'site' })
                  : undefined
              }
              timeAround={timeAroundNow(now, zone)}
              inUs={(reach()?.country ?? 'US') === 'US'}
              canRestart={open()}
              reachOut={reachOut()}
              safetyLines={crisisLines()}
              onFlagSite={flagThis}
              onFlagPattern={flag}
              onMistake={lapseMistake}
              onFinish={() => {
                setLapseAfter(undefined);
                setView('home');
              }}
            />
          </Match>
          <Match when={view() === 'checkin'}>
            <Suspense>
              <CheckInForm
                initial={checkIn()?.answers}
                onSave={async (answers) => {
                  const done = await saveCheckIn(today(now, zone), answers);
                  if (done.ok) void refetchCheckIn();
                  return done.ok ? undefined : problemWords(done.problem);
                }}
              />
            </Suspense>
            <button type="button" onClick={() => setView('home')}>
              {i18n.t('popup.back')}
            </button>
          </Match>
        </Switch>
      </ErrorBoundary>
    </main>
  );
}
