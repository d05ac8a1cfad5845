import { createResource, createSignal, Show } from 'solid-js';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { CrisisLines } from '@/components/CrisisLines';
import { PlanLines } from '@/components/PlanLines';
import { ReachOut } from '@/components/ReachOut';
import { popupPlan, siteOfTab } from '@/utils/commands/popup';
import { reachNow, recordReachOut } from '@/utils/commands/reach';
import { flagSites } from '@/utils/commands/sites';
import { listTimes } from '@/utils/commands/times';
import { logUrge } from '@/utils/commands/urges';
import { crisisLinesFor } from '@/utils/crisis-lines';
import { hardTimeState } from '@/utils/triggers/schedule';
import { describePattern } from '@/utils/triggers/site-pattern';
import { describeHardTimeState } from '@/utils/words/hard-times';
import { problemWords } from '@/utils/words/problems';

/** The site of the tab the popup was opened on (activeTab lets Steady see its address then). */
async function currentSite() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return siteOfTab(tab?.url ?? '');
}

/**
 * The toolbar popup, for the moment of an urge: log it in one click, see the next step of the
 * plan, reach someone, and flag the site that is open.
 */
export function App() {
  const [status, setStatus] = createSignal('');
  const [site, { refetch: refetchSite }] = createResource(currentSite);
  const [plan] = createResource(popupPlan);
  const [reach] = createResource(() => reachNow());
  const lines = () => crisisLinesFor(reach()?.lines ?? [], reach()?.country);
  let crisis: HTMLDivElement | undefined;
  const [hardTime] = createResource(async () => {
    const now = Date.now();
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return describeHardTimeState(hardTimeState(await listTimes(), now, zone), now, zone);
  });

  const log = () => {
    void logUrge().then((done) => setStatus(done.ok ? i18n.t('popup.logged') : problemWords(done.problem)));
  };

  const flagThis = () => {
    const current = site();
    if (!current) return;
    const name = describePattern(current.pattern);
    const started = flagSites([current.pattern], current.sites);
    if (!started.ok) {
      setStatus(problemWords(started.problem));
      return;
    }
    void started.saved.then((done) =>
      setStatus(done.ok ? i18n.t('popup.flagged', [name]) : problemWords(done.problem)),
    );
    void started.granted.then((granted) => {
      if (!granted) setStatus(i18n.t('popup.flaggedNoAccess', [name]));
      void refetchSite();
    });
  };

  return (
    <main class="popup stack">
      <h1 class="visually-hidden">{i18n.t('appName')}</h1>
      <div class="row">
        <button type="button" class="primary" onClick={log}>
          {i18n.t('popup.logUrge')}
        </button>
      </div>
      <ReachOut
        view={reach()}
        onReach={(contactId, channel) => void recordReachOut({ contactId }, channel, 'popup')}
        peopleHref={browser.runtime.getURL('/options.html#people')}
        onNoOne={() => crisis?.querySelector('a')?.focus()}
      />
      <p role="status">{status()}</p>
      <Show when={hardTime()}>{(words) => <p>{words()}</p>}</Show>
      <Show when={plan()}>
        {(current) => (
          <Show
            when={current().coping.length + current().reasons.length > 0}
            fallback={<p class="hint">{i18n.t('popup.noPlan')}</p>}
          >
            <PlanLines id="next-step" heading={i18n.t('popup.nextStep')} lines={current().coping} />
            <PlanLines id="reasons" heading={i18n.t('popup.reasons')} lines={current().reasons} />
          </Show>
        )}
      </Show>
      <Show when={site()}>
        {(current) => (
          <Show
            when={!current().flagged}
            fallback={<p class="hint">{i18n.t('popup.flagged', [describePattern(current().pattern)])}</p>}
          >
            <button type="button" onClick={flagThis}>
              {i18n.t('popup.flagThis', [describePattern(current().pattern)])}
            </button>
          </Show>
        )}
      </Show>
      <div ref={crisis}>
        <CrisisLines
          lines={lines().lines}
          region={lines().region}
          settingsHref={browser.runtime.getURL('/options.html#help')}
          onCall={(line) => void recordReachOut({ lineId: line.id }, 'call', 'popup')}
        />
      </div>
      <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
        {i18n.t('popup.openSettings')}
      </button>
    </main>
  );
}
