import { createMemo, createResource } from 'solid-js';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { CrisisLines } from '@/components/CrisisLines';
import { ReachOut } from '@/components/ReachOut';
import { reachNow, recordReachOut } from '@/utils/commands/reach';
import { crisisLinesFor } from '@/utils/crisis-lines';

/**
 * Where a nudge's "Reach out" leads: the person's own reach out, their first person (the first
 * whose hours fit now, else the first), by their preferred way, with the focus on it so one
 * click or Enter does it; every other person under "More"; the crisis lines below. Never locked.
 */
export function App() {
  const [reach] = createResource(() => reachNow());
  const lines = createMemo(() => crisisLinesFor(reach()?.lines ?? [], reach()?.country));
  let crisis: HTMLDivElement | undefined;
  return (
    <main class="reach-page stack">
      <h1>{i18n.t('reach.heading')}</h1>
      <ReachOut
        view={reach()}
        autofocus
        onReach={(contactId, channel) => void recordReachOut({ contactId }, channel, 'notification')}
        peopleHref={browser.runtime.getURL('/options.html#people')}
        onNoOne={() => crisis?.querySelector('a')?.focus()}
      />
      <div ref={crisis}>
        <CrisisLines
          lines={lines().lines}
          region={lines().region}
          settingsHref={browser.runtime.getURL('/options.html#help')}
          onCall={(line) => void recordReachOut({ lineId: line.id }, 'call', 'notification')}
        />
      </div>
    </main>
  );
}
