import { createEffect, createResource, Show } from 'solid-js';
import { Warning } from '@/components/Warning';
import type { WarningChoice } from '@/utils/db/schema';
import { sendToBackground } from '@/utils/messages';

/**
 * The warning page, shown in the guard's frame. It is framed by a web page, where the browser
 * may deny it storage, so it asks the background for everything it shows.
 */
export function App(props: { query: string }) {
  const params = new URLSearchParams(props.query);
  const url = params.get('u') ?? '';
  const canGoBack = params.get('b') === '1';
  const [view] = createResource(() => sendToBackground('warning-open', { url }));
  const choose = (choice: WarningChoice, intensity?: number) =>
    sendToBackground('warning-choice', {
      url,
      choice,
      canGoBack,
      ...(intensity !== undefined ? { intensity } : {}),
    });

  // No flagged site covers this page any more (removed meanwhile): lift the cover.
  createEffect(() => {
    if (view()?.found === false) void choose('continue');
  });

  return (
    <Show when={view()?.found ? view() : undefined}>
      {(current) => (
        <Warning
          level={current().level}
          pauseSeconds={current().pauseSeconds}
          variant={current().variant}
          ownWords={current().ownWords}
          firstContact={current().firstContact}
          onLeave={() => void choose('leave')}
          onContinue={() => void choose('continue')}
          onRideItOut={() => void choose('ride-it-out')}
          onReachOut={() => void choose('reach-out')}
          onLogUrge={(intensity) => choose('log-urge', intensity)}
        />
      )}
    </Show>
  );
}
