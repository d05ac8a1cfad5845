import { createSignal, onCleanup, onMount } from 'solid-js';
import { i18n } from '#i18n';
import { duration } from '@/utils/words/format';

/**
 * Urge surfing: a slow breathing circle (still when the person prefers reduced motion) and
 * a timer that counts up, never down, with a way to stop at any time.
 */
export function RideItOut(props: { onStop(): void }) {
  const [elapsed, setElapsed] = createSignal(0);
  onMount(() => {
    const started = Date.now();
    const timer = setInterval(() => setElapsed(Math.floor((Date.now() - started) / 1000)), 1000);
    onCleanup(() => clearInterval(timer));
  });
  return (
    <section class="card stack" aria-labelledby="ride-heading">
      <h2 id="ride-heading">{i18n.t('warning.rideHeading')}</h2>
      <div class="breathe-circle breathe" aria-hidden="true" />
      <p>{i18n.t('warning.rideText')}</p>
      <p class="hint" aria-live="off">
        {i18n.t('warning.rideElapsed', [duration(elapsed())])}
      </p>
      <button type="button" onClick={() => props.onStop()}>
        {i18n.t('warning.rideStop')}
      </button>
    </section>
  );
}
