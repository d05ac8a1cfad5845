import { createEffect, createSignal, on, onCleanup, onMount, Show } from 'solid-js';
import { copy } from '@/utils/copy';
import type { WarningLevel } from '@/utils/db/schema';
import { CrisisLines } from './CrisisLines';
import { trapFocus } from './focus-trap';
import { LogUrge } from './LogUrge';
import { RideItOut } from './RideItOut';

export interface WarningProps {
  /** How firm the warning is; undefined while it is not known yet (the rules could not be read). */
  level: WarningLevel | undefined;
  /** Seconds of breathing before "continue" on a pause-level site. */
  pauseSeconds: number;
  /**
   * Whether what the background adds (own words, support person) is still on its way, there, or
   * could not come. Leave and the crisis lines never wait for it; when it could not come and the
   * level is unknown, continue is offered, so no one is held behind a cover.
   */
  answer?: 'waiting' | 'ready' | 'unavailable';
  /** Which of the alternating headings to show (so the screen does not become wallpaper). */
  variant: number;
  /** One of the person's own reasons or plan lines, if they wrote any. */
  ownWords?: string;
  /** The first support person, with a safe link; without one, reach out shows the crisis lines. */
  firstContact?: { name: string; href: string };
  onLeave(): void;
  onContinue(): void;
  onRideItOut?(): void;
  onReachOut?(): void;
  onLogUrge?(intensity: number | undefined): Promise<unknown>;
}

/** The gentle warning shown on a flagged site: an offer, not a wall. */
export function Warning(props: WarningProps) {
  const [paused, setPaused] = createSignal(props.level === 'pause');
  const [panel, setPanel] = createSignal<'ride' | 'log' | undefined>();
  let heading: HTMLHeadingElement | undefined;
  let lines: HTMLDivElement | undefined;
  let root: HTMLElement | undefined;

  // The breathing pause starts when the level is known to be "pause" (at once, or when it is told).
  createEffect(
    on(
      () => props.level,
      (level) => {
        setPaused(level === 'pause');
        if (level !== 'pause') return;
        const timer = setTimeout(() => setPaused(false), props.pauseSeconds * 1000);
        onCleanup(() => clearTimeout(timer));
      },
    ),
  );
  const offersContinue = () => (props.level === undefined ? props.answer === 'unavailable' : props.level !== 'firm');

  onMount(() => {
    heading?.focus();
    if (root) onCleanup(trapFocus(root));
    // Escape is "continue" only where continue is offered at once; never on a pause or firm warning.
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && props.level === 'gentle') props.onContinue();
    };
    document.addEventListener('keydown', onKey);
    onCleanup(() => document.removeEventListener('keydown', onKey));
  });

  const alternates = copy.warning.alternates;
  const text = () => alternates[props.variant % alternates.length] ?? copy.warning.heading;

  const reachOut = () => {
    props.onReachOut?.();
    if (!props.firstContact) lines?.querySelector('a')?.focus();
  };

  return (
    <main class="stack" aria-labelledby="warning-heading" ref={root}>
      <h1 id="warning-heading" tabindex="-1" ref={heading}>
        {text()}
      </h1>
      <Show when={props.answer === 'unavailable'}>
        <p class="hint" role="status">
          {copy.warning.unavailable}
        </p>
      </Show>
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
        <button
          type="button"
          aria-expanded={panel() === 'ride'}
          onClick={() => {
            setPanel(panel() === 'ride' ? undefined : 'ride');
            props.onRideItOut?.();
          }}
        >
          {copy.warning.rideItOut}
        </button>
        <Show
          when={props.firstContact}
          fallback={
            <button type="button" onClick={reachOut}>
              {copy.warning.reachOut}
            </button>
          }
        >
          {(contact) => (
            <a
              class="button"
              href={contact().href}
              target="_blank"
              rel="noopener noreferrer"
              onClick={() => props.onReachOut?.()}
            >
              {copy.warning.reachOutTo(contact().name)}
            </a>
          )}
        </Show>
        <button type="button" aria-expanded={panel() === 'log'} onClick={() => setPanel('log')}>
          {copy.warning.logUrge}
        </button>
        <Show when={offersContinue()} fallback={<FirmNote level={props.level} />}>
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
      <Show when={panel() === 'ride'}>
        <RideItOut onStop={() => setPanel(undefined)} />
      </Show>
      <Show when={panel() === 'log'}>
        <LogUrge onSave={(intensity) => props.onLogUrge?.(intensity) ?? Promise.resolve()} />
      </Show>
      <div ref={lines}>
        <CrisisLines />
      </div>
    </main>
  );
}

/** Why there is no continue: on a firm warning, the person's own choice; nothing while the level is not known. */
function FirmNote(props: { level: WarningLevel | undefined }) {
  return (
    <Show when={props.level === 'firm'}>
      <p class="hint">{copy.warning.firmNote}</p>
    </Show>
  );
}
