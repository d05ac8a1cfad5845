import { createSignal, type JSX, onCleanup, onMount, Show } from 'solid-js';
import { copy } from '@/utils/copy';
import type { WarningLevel } from '@/utils/db/schema';
import { CrisisLines } from './CrisisLines';

export interface WarningProps {
  level: WarningLevel;
  /** Seconds of breathing before "continue" on a pause-level site. */
  pauseSeconds: number;
  /** Which of the alternating headings to show (so the screen does not become wallpaper). */
  variant: number;
  /** One of the person's own reasons or plan lines, if they wrote any. */
  ownWords?: string;
  onLeave(): void;
  onContinue(): void;
  /** Extra choices (ride it out, reach out, log) slot in here. */
  children?: JSX.Element;
}

/** The gentle warning shown on a flagged site: an offer, not a wall. */
export function Warning(props: WarningProps) {
  const [paused, setPaused] = createSignal(props.level === 'pause');
  let heading: HTMLHeadingElement | undefined;
  onMount(() => {
    heading?.focus();
    if (props.level === 'pause') {
      const timer = setTimeout(() => setPaused(false), props.pauseSeconds * 1000);
      onCleanup(() => clearTimeout(timer));
    }
  });
  const alternates = copy.warning.alternates;
  const text = () => alternates[props.variant % alternates.length] ?? copy.warning.heading;

  return (
    <main class="stack" aria-labelledby="warning-heading">
      <h1 id="warning-heading" tabindex="-1" ref={heading}>
        {text()}
      </h1>
      <Show when={props.ownWords}>
        <figure class="card">
          <figcaption class="hint">{copy.warning.ownWords}</figcaption>
          <blockquote>{props.ownWords}</blockquote>
        </figure>
      </Show>
      <section aria-label={copy.warning.choices} class="row">
        <button type="button" class="primary" onClick={() => props.onLeave()}>
          {copy.warning.leave}
        </button>
        {props.children}
        <Show when={props.level !== 'firm'} fallback={<p class="hint">{copy.warning.firmNote}</p>}>
          <button type="button" disabled={paused()} onClick={() => props.onContinue()}>
            {copy.warning.continue}
          </button>
        </Show>
      </section>
      <Show when={paused()}>
        <p class="hint" role="status">
          <span class="breathe" aria-hidden="true">
            ◯
          </span>{' '}
          {copy.warning.pauseNote}
        </p>
      </Show>
      <CrisisLines />
    </main>
  );
}
