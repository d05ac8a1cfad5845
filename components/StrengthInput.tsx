import { Show } from 'solid-js';
import { i18n } from '#i18n';

/** Where each key moves a 0–10 slider from its value. */
const SLIDER_KEYS: Record<string, (value: number) => number> = {
  ArrowRight: (v) => v + 1,
  ArrowUp: (v) => v + 1,
  ArrowLeft: (v) => v - 1,
  ArrowDown: (v) => v - 1,
  PageUp: (v) => v + 3,
  PageDown: (v) => v - 3,
  Home: () => 0,
  End: () => 10,
};

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
            // The keys a slider answers to, done here so every browser does the same (and an
            // untouched slider starts from the value it shows).
            const from = props.value ?? Number(event.currentTarget.value);
            const to = SLIDER_KEYS[event.key]?.(from);
            if (to === undefined) return;
            event.preventDefault();
            props.onChange(Math.max(0, Math.min(10, to)));
          }}
        />
        <output for={props.id} class="strength-value" aria-hidden="true">
          <Show when={props.value !== undefined} fallback="–">
            {props.value}
          </Show>
        </output>
      </div>
    </div>
  );
}
