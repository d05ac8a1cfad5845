import { createSignal, onCleanup, onMount, Show } from 'solid-js';
import { i18n } from '#i18n';

export interface FirmUntilProps {
  /** What holds now ("Your sites are firm until 7:00."), or undefined when no "firm until" holds. */
  holding?: string;
  /** How long the button waits before it works (a pause, never a countdown on screen). */
  pauseMs: number;
  onEnd(): void;
}

/**
 * "Firm until", on the options page: what holds, and the one way to end it early, a button that
 * works only after a short pause. Steady does not argue or scold; it gives a moment.
 */
export function FirmUntil(props: FirmUntilProps) {
  return (
    <Show when={props.holding} fallback={<p class="hint">{i18n.t('firm.off')}</p>}>
      {(words) => <EndFirm words={words()} pauseMs={props.pauseMs} onEnd={props.onEnd} />}
    </Show>
  );
}

/** The pause counts from when this shows. */
function EndFirm(props: { words: string; pauseMs: number; onEnd(): void }) {
  const [ready, setReady] = createSignal(false);
  onMount(() => {
    const timer = setTimeout(() => setReady(true), props.pauseMs);
    onCleanup(() => clearTimeout(timer));
  });
  return (
    <div class="stack">
      <h3>{i18n.t('firm.heading')}</h3>
      <p>{props.words}</p>
      <p class="hint">{i18n.t('firm.endIntro')}</p>
      <div class="row">
        <button type="button" disabled={!ready()} onClick={() => props.onEnd()}>
          {i18n.t('firm.end')}
        </button>
      </div>
    </div>
  );
}
