import { Show } from 'solid-js';
import { i18n } from '#i18n';

/**
 * How strong an urge is, 0 to 10: one control (a slider), by keyboard too (arrows, Home, End).
 * Until the person moves it, no strength is given.
 */
export function StrengthInput(props: {
  id: string;
  label: string;
  value: number | undefined;
  onChange(value: number): void;
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <div class="row">
        <input
          id={props.id}
          type="range"
          min="0"
          max="10"
          step="1"
          value={props.value ?? 5}
          aria-valuetext={props.value === undefined ? undefined : i18n.t('urge.strengthValue', [String(props.value)])}
          onInput={(event) => props.onChange(Number(event.currentTarget.value))}
          onKeyDown={(event) => {
            // The first arrow press on an untouched slider gives it the value it shows.
            if (props.value === undefined && /^(Arrow|Home|End|Page)/.test(event.key)) {
              props.onChange(Number(event.currentTarget.value));
            }
          }}
        />
        <output for={props.id} class="strength-value">
          <Show when={props.value !== undefined} fallback="–">
            {props.value}
          </Show>
        </output>
      </div>
    </div>
  );
}
