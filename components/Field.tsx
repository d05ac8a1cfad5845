import { type JSX, Show } from 'solid-js';

/** What a control needs from its field: its id, what describes it, and whether it was refused. */
export interface FieldControl {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid': 'true' | 'false';
}

export interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  /**
   * Why what was typed was refused; the control keeps its text. Pass it (even undefined) for a
   * field that reports its own refusals: it then has a live region for them.
   */
  error?: string;
  /** Label, control and hint on one line (short controls), or stacked (long ones). */
  inline?: boolean;
  /** The control, given the attributes that tie it to its label, hint and error. */
  children: (control: FieldControl) => JSX.Element;
  /** Anything after the control on its line (a button). */
  after?: JSX.Element;
}

/** A labelled control with its hint and its error, tied together for screen readers. */
export function Field(props: FieldProps) {
  const hintId = () => (props.hint ? `${props.id}-hint` : undefined);
  const errorId = () => `${props.id}-error`;
  // Getters, so the control's attributes follow the error as it comes and goes.
  const control: FieldControl = {
    get id() {
      return props.id;
    },
    get 'aria-describedby'() {
      return [hintId(), props.error ? errorId() : undefined].filter(Boolean).join(' ') || undefined;
    },
    get 'aria-invalid'() {
      return props.error ? 'true' : 'false';
    },
  };
  return (
    <div class={props.inline ? 'field field-inline' : 'field'}>
      <label for={props.id}>{props.label}</label>
      <div class="row">
        {props.children(control)}
        {props.after}
      </div>
      <Show when={props.hint}>
        <p id={hintId()} class="hint">
          {props.hint}
        </p>
      </Show>
      <Show when={'error' in props}>
        <p id={errorId()} class="error" role="alert">
          <Show when={props.error}>{props.error}</Show>
        </p>
      </Show>
    </div>
  );
}
