import { Show } from 'solid-js';
import { i18n } from '#i18n';

/** A form's last row: its submit button, named for what it does, and Cancel when the form can be left. */
export function FormActions(props: { submit: string; onCancel?: () => void }) {
  return (
    <div class="row">
      <button type="submit" class="primary">
        {props.submit}
      </button>
      <Show when={props.onCancel}>
        {(cancel) => (
          <button type="button" onClick={() => cancel()()}>
            {i18n.t('common.cancel')}
          </button>
        )}
      </Show>
    </div>
  );
}
