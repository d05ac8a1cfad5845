import { i18n } from '#i18n';
import { MAX_TEXT } from '@/utils/db/schema';
import { Field } from './Field';

/**
 * A line in the person's own words (a note on an urge or a lapse, unless another label is given):
 * trimmed, and none when left empty.
 */
export function NoteField(props: {
  id: string;
  label?: string;
  value?: string;
  onChange: (note: string | undefined) => void;
}) {
  return (
    <Field id={props.id} label={props.label ?? i18n.t('urge.note')}>
      {(control) => (
        <textarea
          autocomplete="off"
          {...control}
          rows="2"
          maxlength={MAX_TEXT}
          value={props.value ?? ''}
          onChange={(event) => props.onChange(event.currentTarget.value.trim() || undefined)}
        />
      )}
    </Field>
  );
}
