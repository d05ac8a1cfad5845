import { type JSX, lazy, Show, Suspense } from 'solid-js';
import { i18n } from '#i18n';
import type { Chip } from '@/components/TriggerChips';
import type { UrgeDetails as Details } from '@/utils/commands/urges';
import type { Urge } from '@/utils/db/schema';

const UrgeDetails = lazy(() => import('@/components/UrgeDetails').then((m) => ({ default: m.UrgeDetails })));

export interface UrgeViewProps {
  urge?: Urge;
  status: string;
  /** "Undo" is offered (for ten seconds after the urge was logged). */
  canUndo: boolean;
  onUndo(): void;
  chips: readonly Chip[];
  onChange(details: Details): void;
  onDone(): void;
  onRide(): void;
  reachOut: JSX.Element;
}

/** The popup after "Log an urge": the urge is kept already; its strength, triggers, note and outcome if the person likes. */
export function UrgeView(props: UrgeViewProps) {
  return (
    <section class="stack" aria-labelledby="urge-heading">
      <h2 id="urge-heading">{i18n.t('urge.heading')}</h2>
      <p role="status">
        {props.status}{' '}
        <Show when={props.canUndo}>
          <button type="button" onClick={() => props.onUndo()}>
            {i18n.t('urge.undo')}
          </button>
        </Show>
      </p>
      <Show when={props.urge}>
        {(current) => (
          <Suspense>
            <UrgeDetails id="urge" urge={current()} chips={props.chips} onChange={props.onChange} />
          </Suspense>
        )}
      </Show>
      <div class="row">
        <button type="button" class="primary" onClick={() => props.onDone()}>
          {i18n.t('urge.done')}
        </button>
        <button type="button" onClick={() => props.onRide()}>
          {i18n.t('popup.rideItOut')}
        </button>
      </div>
      {props.reachOut}
    </section>
  );
}
