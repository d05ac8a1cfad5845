import { createEffect, createSignal, on, onCleanup, onMount, Show } from 'solid-js';
import { i18n } from '#i18n';
import type { LinesRegion, ShownLine } from '@/utils/crisis-lines';
import type { Channel, WarningLevel } from '@/utils/db/schema';
import { CrisisLines } from './CrisisLines';
import { trapFocus } from './focus-trap';
import { LogUrge } from './LogUrge';
import { ReachOut, type ReachOutProps } from './ReachOut';
import { RideItOut } from './RideItOut';

export interface WarningProps {
  /** How firm the warning is; undefined while it is not known yet (the rules could not be read). */
  level: WarningLevel | undefined;
  /**
   * Seconds of breathing before "continue" on a pause-level site, counted from when the check-in
   * showed; a new value (the background's answer, with friction) moves the end of the same pause.
   */
  pauseSeconds: number;
  /**
   * Whether what the background adds (own words, support person) is still on its way, there, or
   * could not come. Leave and the crisis lines never wait for it; when it could not come and the
   * level is unknown, continue is offered, so no one is held behind a cover.
   */
  answer?: 'waiting' | 'ready' | 'unavailable';
  /** Which of the alternating headings to show (so the screen does not become wallpaper). */
  variant: number;
  /** The check-in is for a search with a word the person named: its heading says so, never the word. */
  search?: boolean;
  /** One of the person's own reasons or plan lines, if they wrote any. */
  ownWords?: string;
  /** Who to reach and how (from the background); without anyone, reach out goes to the crisis lines. */
  reach?: ReachOutProps['view'];
  /** The crisis lines, shown at once. */
  lines: readonly ShownLine[];
  region: LinesRegion;
  onLeave(): void;
  onContinue(): void;
  onRideItOut?(): void;
  /** The person rode the urge out: how strong it is now, and for how long (logged as an urge). */
  onRideDone?(result: { strengthAfter?: number; seconds: number }): Promise<unknown>;
  onReach?(contactId: string, channel: Channel): void;
  onCallLine?(line: ShownLine): void;
  onLogUrge?(strength: number | undefined): Promise<unknown>;
}

/** The alternating headings, so a screen seen daily does not become wallpaper. */
const HEADINGS = [
  () => i18n.t('warning.headings.first'),
  () => i18n.t('warning.headings.second'),
  () => i18n.t('warning.headings.third'),
];

/** The gentle warning shown on a flagged site: an offer, not a wall. */
export function Warning(props: WarningProps) {
  const [paused, setPaused] = createSignal(props.level === 'pause');
  const [panel, setPanel] = createSignal<'ride' | 'log' | undefined>();
  let heading: HTMLHeadingElement | undefined;
  let lines: HTMLDivElement | undefined;
  let root: HTMLElement | undefined;

  // The breathing pause starts when the level is known to be "pause" (at once, or when it is told),
  // and ends pauseSeconds after that; a later answer with other seconds moves its end, never its start.
  let pauseStart: number | undefined;
  createEffect(
    on(
      () => [props.level, props.pauseSeconds] as const,
      ([level, seconds]) => {
        if (level !== 'pause') {
          pauseStart = undefined;
          return setPaused(false);
        }
        pauseStart ??= Date.now();
        const left = pauseStart + seconds * 1000 - Date.now();
        setPaused(left > 0);
        if (left <= 0) return;
        const timer = setTimeout(() => setPaused(false), left);
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

  const text = () =>
    props.search
      ? i18n.t('warning.searchHeading')
      : ((HEADINGS[props.variant % HEADINGS.length] ?? HEADINGS[0])?.() ?? '');

  return (
    <main class="warning stack" aria-labelledby="warning-heading" ref={root}>
      <h1 id="warning-heading" tabindex="-1" ref={heading}>
        {text()}
      </h1>
      <Show when={props.answer === 'unavailable'}>
        <p class="hint" role="status">
          {i18n.t('warning.unavailable')}
        </p>
      </Show>
      <Show when={props.ownWords}>
        <figure class="own-words">
          <figcaption class="hint">{i18n.t('warning.ownWords')}</figcaption>
          <blockquote>{props.ownWords}</blockquote>
        </figure>
      </Show>
      <section aria-label={i18n.t('warning.choices')} class="choices">
        <button type="button" class="primary big" onClick={() => props.onLeave()}>
          {props.search ? i18n.t('warning.leaveSearch') : i18n.t('warning.leave')}
        </button>
        <div class="row center">
          <button
            type="button"
            aria-expanded={panel() === 'ride'}
            onClick={() => {
              setPanel(panel() === 'ride' ? undefined : 'ride');
              props.onRideItOut?.();
            }}
          >
            {i18n.t('warning.rideItOut')}
          </button>
          <button type="button" aria-expanded={panel() === 'log'} onClick={() => setPanel('log')}>
            {i18n.t('warning.logUrge')}
          </button>
        </div>
        <ReachOut
          view={props.reach}
          onReach={(contactId, channel) => props.onReach?.(contactId, channel)}
          onNoOne={() => lines?.querySelector('a')?.focus()}
        />
        <Show when={offersContinue()} fallback={<FirmNote level={props.level} />}>
          <button type="button" class="quiet" disabled={paused()} onClick={() => props.onContinue()}>
            {props.search ? i18n.t('warning.continueSearch') : i18n.t('warning.continue')}
          </button>
        </Show>
      </section>
      <Show when={paused()}>
        <p class="hint center" role="status">
          <span class="breathe" aria-hidden="true">
            ◯
          </span>{' '}
          {i18n.t('warning.pauseNote')}
        </p>
      </Show>
      <Show when={panel() === 'ride'}>
        <RideItOut
          id="warning-ride"
          onFinish={(result) => props.onRideDone?.(result) ?? Promise.resolve()}
          onClose={() => setPanel(undefined)}
        />
      </Show>
      <Show when={panel() === 'log'}>
        <LogUrge onSave={(strength) => props.onLogUrge?.(strength) ?? Promise.resolve()} />
      </Show>
      <div ref={lines}>
        <CrisisLines lines={props.lines} region={props.region} onCall={(line) => props.onCallLine?.(line)} />
      </div>
    </main>
  );
}

/** Why there is no continue: on a firm warning, the person's own choice; nothing while the level is not known. */
function FirmNote(props: { level: WarningLevel | undefined }) {
  return (
    <Show when={props.level === 'firm'}>
      <p class="hint center">{i18n.t('warning.firmNote')}</p>
    </Show>
  );
}
