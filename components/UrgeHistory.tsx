import { createSignal, For, Show } from 'solid-js';
import { i18n } from '#i18n';
import type { Urge } from '@/utils/db/schema';
import { dateTime } from '@/utils/words/format';
import type { Chip } from './TriggerChips';
import { UrgeDetails } from './UrgeDetails';

export interface UrgeHistoryProps {
  urges: readonly Urge[];
  chips: readonly Chip[];
  /** How each trigger reads (a chip's label, or the person's own words). */
  triggerWords(trigger: string): string;
  onChange(urge: Urge, details: Partial<Pick<Urge, 'strength' | 'triggers' | 'note' | 'outcome'>>): void;
  onRemove(urge: Urge): void;
}

/** The urges the person logged, newest first, each open to change or removal. */
export function UrgeHistory(props: UrgeHistoryProps) {
  const [open, setOpen] = createSignal<string>();
  return (
    <Show when={props.urges.length > 0} fallback={<p>{i18n.t('history.empty')}</p>}>
      <ol class="plain" aria-label={i18n.t('history.heading')}>
        <For each={props.urges}>
          {(urge) => {
            const when = dateTime(urge.at);
            return (
              <li class="card stack">
                <p>
                  <strong>{i18n.t('history.urgeAt', [when])}</strong>
                </p>
                <Show when={urge.strength !== undefined}>
                  <p>{i18n.t('history.strength', [String(urge.strength)])}</p>
                </Show>
                <Show when={urge.strengthAfter !== undefined}>
                  <p>{i18n.t('history.strengthAfter', [String(urge.strengthAfter)])}</p>
                </Show>
                <Show when={(urge.triggers ?? []).length > 0}>
                  <p class="hint">{(urge.triggers ?? []).map(props.triggerWords).join(', ')}</p>
                </Show>
                <Show when={urge.note}>
                  <p>{urge.note}</p>
                </Show>
                <div class="row">
                  <button
                    type="button"
                    aria-expanded={open() === urge.id}
                    onClick={() => setOpen(open() === urge.id ? undefined : urge.id)}
                  >
                    {i18n.t('history.edit', [when])}
                  </button>
                  <button type="button" onClick={() => props.onRemove(urge)}>
                    {i18n.t('history.remove', [when])}
                  </button>
                </div>
                <Show when={open() === urge.id}>
                  <UrgeDetails
                    id={`urge-${urge.id}`}
                    urge={urge}
                    chips={props.chips}
                    onChange={(details) => props.onChange(urge, details)}
                  />
                </Show>
              </li>
            );
          }}
        </For>
      </ol>
    </Show>
  );
}
