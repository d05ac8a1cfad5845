import { createSignal, onCleanup, onMount, Show } from 'solid-js';
import { i18n } from '#i18n';
import { duration } from '@/utils/words/format';
import { StrengthInput } from './StrengthInput';

export interface RideItOutProps {
  /** An id prefix for the controls. */
  id: string;
  /** The person rode it out: how strong the urge is now (if they said), and for how long. */
  onFinish(result: { strengthAfter?: number; seconds: number }): Promise<unknown>;
  /** Leaves without saving anything. */
  onClose?(): void;
}

/**
 * Urge surfing: a calm breathing guide (a slow circle, still when the person prefers reduced
 * motion, and the same guide in words), and a timer that counts up, never down. At the end it
 * asks how strong the urge is now.
 */
export function RideItOut(props: RideItOutProps) {
  const [elapsed, setElapsed] = createSignal(0);
  const [stopped, setStopped] = createSignal(false);
  const [after, setAfter] = createSignal<number>();
  const [saved, setSaved] = createSignal(false);
  onMount(() => {
    const started = Date.now();
    const timer = setInterval(() => {
      if (!stopped()) setElapsed(Math.floor((Date.now() - started) / 1000));
    }, 1000);
    onCleanup(() => clearInterval(timer));
  });
  return (
    <section class="card stack" aria-labelledby={`${props.id}-heading`}>
      <h2 id={`${props.id}-heading`}>{i18n.t('ride.heading')}</h2>
      <div class="breathe-circle breathe" aria-hidden="true" />
      <p>{i18n.t('ride.text')}</p>
      <p class="guide">{i18n.t('ride.guide')}</p>
      <p class="hint" aria-live="off">
        {i18n.t('ride.elapsed', [duration(elapsed())])}
      </p>
      <Show
        when={stopped()}
        fallback={
          <button type="button" class="primary" onClick={() => setStopped(true)}>
            {i18n.t('ride.stop')}
          </button>
        }
      >
        <StrengthInput id={`${props.id}-after`} label={i18n.t('ride.after')} value={after()} onChange={setAfter} />
        <button
          type="button"
          class="primary"
          disabled={saved()}
          onClick={() =>
            void Promise.resolve(
              props.onFinish({ ...(after() !== undefined ? { strengthAfter: after() } : {}), seconds: elapsed() }),
            ).then(() => setSaved(true))
          }
        >
          {i18n.t('ride.save')}
        </button>
        <p role="status">
          <Show when={saved()}>{i18n.t('ride.saved')}</Show>
        </p>
      </Show>
      <Show when={props.onClose}>
        <button type="button" class="quiet" onClick={() => props.onClose?.()}>
          {i18n.t('popup.back')}
        </button>
      </Show>
    </section>
  );
}
