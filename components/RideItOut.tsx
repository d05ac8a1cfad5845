import { createSignal, onCleanup, onMount } from 'solid-js';
import { copy } from '@/utils/copy';

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
      <h2 id="ride-heading">{copy.warning.rideHeading}</h2>
      <div class="breathe-circle breathe" aria-hidden="true" />
      <p>{copy.warning.rideText}</p>
      <p class="hint" aria-live="off">
        {copy.warning.rideElapsed(Math.floor(elapsed() / 60), elapsed() % 60)}
      </p>
      <button type="button" onClick={() => props.onStop()}>
        {copy.warning.rideStop}
      </button>
    </section>
  );
}
