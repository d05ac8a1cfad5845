import { createMemo, createSignal, onCleanup, onMount } from 'solid-js';
import { browser } from 'wxt/browser';
import { Warning } from '@/components/Warning';
import { crisisLinesFor } from '@/utils/crisis-lines';
import type { Channel, WarningChoice } from '@/utils/db/schema';
import { readWarningQuery } from '@/utils/guard/warning-params';
import { type HelpCopy, readHelpCopy } from '@/utils/help-copy';
import { sendToBackground, type WarningView } from '@/utils/messages';
import { continueToSite, leave, recheck } from '@/utils/warning/exits';

/** How long the page waits for the background before it says plainly that it could not answer. */
const ANSWER_WAIT_MS = 4000;

/**
 * The warning page, shown in the guard's frame. It shows its exits at once, from what the guard
 * put in its address (the level, the pause, a token) and the crisis-line copy in storage.local;
 * the background, asked over the protocol (the page may be denied IndexedDB inside a web page),
 * fills in the rest. Leave and continue act from here, on this tab, and are told to the
 * background only to be recorded.
 */
export function App(props: { search: string }) {
  const params = readWarningQuery(props.search);
  const [view, setView] = createSignal<WarningView>();
  const [answer, setAnswer] = createSignal<'waiting' | 'ready' | 'unavailable'>('waiting');
  const [help, setHelp] = createSignal<HelpCopy>();
  const lines = createMemo(() => crisisLinesFor(help()?.lines ?? [], help()?.country));

  const tell = (
    choice: WarningChoice,
    urge: { strength?: number; strengthAfter?: number; rodeSeconds?: number } = {},
  ) => sendToBackground({ type: 'warning-choice', url: params.url, choice, ...urge });
  const record = (choice: WarningChoice) => void tell(choice).catch(() => undefined);
  const reachedOut = (who: { contactId: string } | { lineId: string }, channel: Channel) =>
    void sendToBackground({ type: 'warning-reached-out', url: params.url, channel, ...who }).catch(() => undefined);

  onMount(() => {
    void readHelpCopy((key) => browser.storage.local.get(key)).then(setHelp);
    const timer = setTimeout(() => setAnswer((now) => (now === 'waiting' ? 'unavailable' : now)), ANSWER_WAIT_MS);
    onCleanup(() => clearTimeout(timer));
    sendToBackground({ type: 'warning-open', url: params.url }).then(
      (reply) => {
        clearTimeout(timer);
        if (!reply) return setAnswer('unavailable');
        // No rule warns here (removed, or quieted meanwhile): the guard reads its rules again and decides.
        if (!reply.found) return void recheck(params).catch(() => undefined);
        setView(reply);
        setAnswer('ready');
      },
      () => {
        clearTimeout(timer);
        setAnswer('unavailable');
      },
    );
  });

  return (
    <Warning
      level={view()?.level ?? params.level}
      pauseSeconds={view()?.pauseSeconds ?? params.pauseSeconds ?? 10}
      variant={Math.floor(Date.now() / 60_000)}
      search={params.search}
      answer={answer()}
      ownWords={view()?.ownWords}
      reach={view()?.reach}
      lines={lines().lines}
      region={lines().region}
      onLeave={() => {
        void leave(params, view()?.safePage).catch(() => undefined);
        record('leave');
      }}
      onContinue={() => {
        void continueToSite(params).catch(() => undefined);
        record('continue');
      }}
      onRideItOut={() => record('ride-it-out')}
      onReach={(contactId, channel) => reachedOut({ contactId }, channel)}
      onCallLine={(line) => reachedOut({ lineId: line.id }, 'call')}
      onLogUrge={(strength) => tell('log-urge', strength !== undefined ? { strength } : {})}
      onRideDone={({ strengthAfter, seconds }) =>
        tell('log-urge', { rodeSeconds: seconds, ...(strengthAfter !== undefined ? { strengthAfter } : {}) })
      }
    />
  );
}
