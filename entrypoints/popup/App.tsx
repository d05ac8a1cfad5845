import { createResource, createSignal, For, Show } from 'solid-js';
import { browser } from 'wxt/browser';
import { CrisisLines } from '@/components/CrisisLines';
import { copy } from '@/utils/copy';
import { contactsRepo } from '@/utils/db/contacts';
import { planRepo } from '@/utils/db/plan';
import { sitesRepo } from '@/utils/db/sites';
import { timesRepo } from '@/utils/db/times';
import { urgesRepo } from '@/utils/db/urges';
import { describeHardTimeState } from '@/utils/hard-time-words';
import { firstReachable } from '@/utils/reach-out';
import { flagSites, messageFor } from '@/utils/site-actions';
import { createMatcher } from '@/utils/triggers/matcher';
import { hardTimeState } from '@/utils/triggers/schedule';
import { describePattern, parseSiteInput } from '@/utils/triggers/site-pattern';

/** The site of the tab the popup was opened on (activeTab lets Steady see its address then). */
async function currentSite() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const url = tab?.url ?? '';
  if (!/^https?:\/\//.test(url)) return undefined;
  const parsed = parseSiteInput(url);
  if (!parsed.ok) return undefined;
  const sites = await sitesRepo().list();
  return { pattern: parsed.pattern, sites, flagged: createMatcher(sites).match(url) !== undefined };
}

/** The first three lines of one section of the plan, under its heading; nothing if it is empty. */
function PlanLines(props: { id: string; heading: string; lines: readonly string[] }) {
  return (
    <Show when={props.lines.length > 0}>
      <section aria-labelledby={props.id}>
        <h2 id={props.id}>{props.heading}</h2>
        <ul>
          <For each={props.lines.slice(0, 3)}>{(line) => <li>{line}</li>}</For>
        </ul>
      </section>
    </Show>
  );
}

/**
 * The toolbar popup, for the moment of an urge: log it in one click, see the next step of the
 * plan, reach someone, and flag the site that is open.
 */
export function App() {
  const [status, setStatus] = createSignal('');
  const [site, { refetch: refetchSite }] = createResource(currentSite);
  const [plan] = createResource(async () => {
    const [reasons, coping] = await Promise.all([planRepo().get('reasons'), planRepo().get('coping')]);
    return { reasons: reasons?.items ?? [], coping: coping?.items ?? [] };
  });
  const [contact] = createResource(async () => firstReachable(await contactsRepo().list()));
  const [hardTime] = createResource(async () => {
    const now = Date.now();
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return describeHardTimeState(hardTimeState(await timesRepo().list(), now, zone), now, zone);
  });

  const logUrge = () => {
    void urgesRepo()
      .put({ at: Date.now() })
      .then(
        () => setStatus(copy.popup.logged),
        (error) => setStatus(messageFor(error)),
      );
  };

  const flagThis = () => {
    const current = site();
    if (!current) return;
    const name = describePattern(current.pattern);
    const result = flagSites([current.pattern], current.sites);
    if (!result.ok) {
      setStatus(result.message);
      return;
    }
    void result.saved.then(
      () => setStatus(copy.popup.flagged(name)),
      (error) => setStatus(messageFor(error)),
    );
    void result.granted.then((granted) => {
      if (!granted) setStatus(copy.popup.flaggedNoAccess(name));
      void refetchSite();
    });
  };

  return (
    <main class="stack">
      <h1 class="visually-hidden">{copy.appName}</h1>
      <div class="row">
        <button type="button" class="primary" onClick={logUrge}>
          {copy.popup.logUrge}
        </button>
        <Show when={contact()}>
          {(person) => (
            <a class="button" href={person().href} target="_blank" rel="noopener noreferrer">
              {copy.popup.reachOutTo(person().name)}
            </a>
          )}
        </Show>
      </div>
      <p role="status">{status()}</p>
      <Show when={hardTime()}>{(words) => <p>{words()}</p>}</Show>
      <Show when={plan()}>
        {(current) => (
          <Show
            when={current().coping.length + current().reasons.length > 0}
            fallback={<p class="hint">{copy.popup.noPlan}</p>}
          >
            <PlanLines id="next-step" heading={copy.popup.nextStep} lines={current().coping} />
            <PlanLines id="reasons" heading={copy.popup.reasons} lines={current().reasons} />
          </Show>
        )}
      </Show>
      <Show when={site()}>
        {(current) => (
          <Show
            when={!current().flagged}
            fallback={<p class="hint">{copy.popup.flagged(describePattern(current().pattern))}</p>}
          >
            <button type="button" onClick={flagThis}>
              {copy.popup.flagThis(describePattern(current().pattern))}
            </button>
          </Show>
        )}
      </Show>
      <CrisisLines />
      <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
        {copy.popup.openSettings}
      </button>
    </main>
  );
}
