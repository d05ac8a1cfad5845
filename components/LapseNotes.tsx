import { i18n } from '#i18n';
import type { Lapse } from '@/utils/db/schema';
import { Field } from './Field';
import { NoteField } from './NoteField';
import { type Chip, TriggerChips } from './TriggerChips';

export type LapseNotesValue = Partial<Pick<Lapse, 'triggers' | 'note' | 'change'>>;

/**
 * What the person says of a lapse, afterwards: what led to it (chips), a note, and the one change
 * they would make. Each is saved as it is given, as an urge's details are.
 */
export function LapseNotes(props: {
  /** An id prefix for the controls. */
  id: string;
  lapse: LapseNotesValue;
  chips: readonly Chip[];
  onChange(notes: LapseNotesValue): void;
}) {
  return (
    <div class="stack">
      <TriggerChips
        label={i18n.t('lapse.whatHeading')}
        chips={props.chips}
        selected={props.lapse.triggers ?? []}
        onChange={(triggers) => props.onChange({ triggers: triggers.length > 0 ? triggers : undefined })}
      />
      <NoteField id={`${props.id}-note`} value={props.lapse.note} onChange={(note) => props.onChange({ note })} />
      <Field id={`${props.id}-change`} label={i18n.t('history.lapse.changeLabel')}>
        {(control) => (
          <textarea
            autocomplete="off"
            {...control}
            rows="2"
            maxlength="1000"
            value={props.lapse.change ?? ''}
            onChange={(event) => props.onChange({ change: event.currentTarget.value.trim() || undefined })}
          />
        )}
      </Field>
    </div>
  );
}
