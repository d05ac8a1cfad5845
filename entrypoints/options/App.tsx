import { createEffect, createResource, ErrorBoundary, Match, onCleanup, Show, Switch } from 'solid-js';
import { i18n } from '#i18n';
import { CrisisLines } from '@/components/CrisisLines';
import { DeleteEverything } from '@/components/DeleteEverything';
import { LockScreen } from '@/components/LockScreen';
import { Nav } from '@/components/Nav';
import { deleteEverything } from '@/utils/commands/forget';
import { readHelp } from '@/utils/commands/help';
import { jobInWorker, lockState, unlock } from '@/utils/commands/lock';
import { crisisLinesFor } from '@/utils/crisis-lines';
import { watchLock } from '@/utils/lock/session';
import { problemWords } from '@/utils/words/problems';
import { createRoute } from './route';
import { SECTIONS, sectionOf } from './sections';
import { SectionTrouble, Trouble } from './Trouble';

/**
 * Steady's settings, as a place to live in. Behind the passcode when one is set (the lock screen
 * still shows the crisis lines, and deleting everything, the only way back in without it); then
 * a navigation of sections (a side list on wide windows, a menu on narrow ones) and the section
 * the address names. It locks again at the minute the person chose, and in every open Steady page
 * at once when one of them locks.
 */
export function App() {
  const [lock, { refetch: refetchLock }] = createResource(() => lockState());
  // Locks again at the minute the person set, and at once when another Steady page locks.
  createEffect(() => {
    const state = lock.error ? undefined : lock();
    onCleanup(watchLock(state?.set && !state.locked ? state.until : undefined, () => void refetchLock()));
  });
  // Words left half way (a tab closed while they were being sealed or opened) are finished here,
  // once a page load, as soon as Steady is open.
  let resumed = false;
  createEffect(() => {
    const state = lock.error ? undefined : lock();
    if (resumed || !state?.job || state.locked) return;
    resumed = true;
    void jobInWorker().then(() => refetchLock());
  });
  return (
    <Switch>
      {/* The database cannot be opened: say so, and keep the crisis lines (from the background's copy). */}
      <Match when={lock.error}>
        <div class="app">
          <header class="app-header">
            <h1 class="app-name">{i18n.t('appName')}</h1>
          </header>
          <main class="app-main">
            <Trouble />
          </main>
        </div>
      </Match>
      <Match when={lock()?.locked}>
        <div class="app">
          <header class="app-header">
            <h1 class="app-name">{i18n.t('appName')}</h1>
          </header>
          <main class="app-main">
            <LockScreen
              onUnlock={async (passcode) => {
                const done = await unlock(passcode);
                if (done.ok) await refetchLock();
                return done.ok ? undefined : problemWords(done.problem);
              }}
            >
              <LockedHelp />
              <DeleteEverything
                typed
                onDelete={async () => {
                  const done = await deleteEverything();
                  if (!done.ok) return problemWords(done.problem);
                  location.hash = '#welcome';
                  await refetchLock();
                  return undefined;
                }}
              />
            </LockScreen>
          </main>
        </div>
      </Match>
      <Match when={lock() && !lock()?.locked}>
        <Sections onLocked={() => void refetchLock()} />
      </Match>
    </Switch>
  );
}

/** The crisis lines, shown on the lock screen too: they never lock. */
function LockedHelp() {
  const [help] = createResource(readHelp);
  const shown = () => crisisLinesFor(help()?.lines ?? [], help()?.country);
  return <CrisisLines lines={shown().lines} region={shown().region} />;
}

/**
 * The sections and their navigation. The crisis lines are one click away from every section
 * ("Help now"). Until the first-run welcome is behind the person, it stays in the navigation,
 * so it can be taken up later.
 */
function Sections(props: { onLocked(): void }) {
  // "#reach-out" is where a check-in's "Reach out" button pointed.
  const section = createRoute(SECTIONS, 'sites', { 'reach-out': 'help' });
  const [help, { refetch }] = createResource(readHelp);
  const shown = () =>
    SECTIONS.filter((id) => id !== 'welcome' || help()?.welcomed === false || section() === 'welcome');
  return (
    <div class="app">
      <header class="app-header">
        <h1 class="app-name">{i18n.t('appName')}</h1>
      </header>
      <Nav
        label={i18n.t('nav.label')}
        menu={i18n.t('nav.menu')}
        items={shown().map((id) => ({ id, label: sectionOf(id).name() }))}
        current={section()}
      />
      <main class="app-main">
        {/* A section that fails shows the lines in its place; the navigation and the other sections stay. */}
        <Show when={section()} keyed>
          {(id) => (
            <ErrorBoundary fallback={<SectionTrouble />}>
              {sectionOf(id).view({ onWelcomeChanged: () => void refetch(), onLocked: props.onLocked })}
            </ErrorBoundary>
          )}
        </Show>
      </main>
    </div>
  );
}
