import { For } from 'solid-js';
import { i18n } from '#i18n';
import { URGE_OUTCOMES, type Urge, type UrgeOutcome } from '@/utils/db/schema';
import { NoteField } from './NoteField';
import { StrengthInput } from './StrengthInput';
import { type Chip, TriggerChips } from './TriggerChips';

const OUTCOME_WORDS: Record<UrgeOutcome | 'later', () => string> = {
  later: () => i18n.t('urge.outcomes.later'),
  'rode-it-out': () => i18n.t('urge.outcomes.rodeItOut'),
  'reached-out': () => i18n.t('urge.outcomes.reachedOut'),
  used: () => i18n.t('urge.outcomes.used'),
};

export interface UrgeDetailsProps {
  /** An id prefix for the controls. */
  id: string;
  urge: Pick<Urge, 'strength' | 'triggers' | 'note' | 'outcome'>;
  chips: readonly Chip[];
  /** Each change is saved at once (there is no save button: every detail is optional). */
  onChange(details: Partial<Pick<Urge, 'strength' | 'triggers' | 'note' | 'outcome'>>): void;
}

/**
 * The optional details of an urge, each saved as it is given: how strong (one slider), what set
 * it off (chips: the person's own triggers, HALT, the open site), a note, and what happened (now
 * or later).
 */
export function UrgeDetails(props: UrgeDetailsProps) {
  return (
    <div class="stack">
      <StrengthInput
        id={`${props.id}-strength`}
        label={i18n.t('urge.strength')}
        value={props.urge.strength}
        onChange={(strength) => props.onChange({ strength })}
      />
      <TriggerChips
        label={i18n.t('urge.triggers')}
        chips={props.chips}
        selected={props.urge.triggers ?? []}
        onChange={(triggers) => props.onChange({ triggers })}
      />
      <NoteField id={`${props.id}-note`} value={props.urge.note} onChange={(note) => props.onChange({ note })} />
      <fieldset>
        <legend>{i18n.t('urge.outcome')}</legend>
        <div class="row">
          <For each={['later', ...URGE_OUTCOMES] as const}>
            {(outcome) => (
              <label class="chip">
                <input
                  type="radio"
                  name={`${props.id}-outcome`}
                  checked={(props.urge.outcome ?? 'later') === outcome}
                  onChange={() => props.onChange({ outcome: outcome === 'later' ? undefined : outcome })}
                />
                {OUTCOME_WORDS[outcome]()}
              </label>
            )}
          </For>
        </div>
      </fieldset>
    </div>
  );
}
