import { For } from 'solid-js';

/** One chip: what is stored, and what the person reads. */
export interface Chip {
  value: string;
  label: string;
}

/** What set an urge off: chips that toggle (each a button that says whether it is pressed), keyboard first. */
export function TriggerChips(props: {
  label: string;
  chips: readonly Chip[];
  selected: readonly string[];
  onChange(selected: string[]): void;
}) {
  const toggle = (value: string) =>
    props.onChange(
      props.selected.includes(value) ? props.selected.filter((v) => v !== value) : [...props.selected, value],
    );
  return (
    <fieldset class="chips">
      <legend>{props.label}</legend>
      <div class="row">
        <For each={props.chips}>
          {(chip) => (
            <button
              type="button"
              class="chip"
              aria-pressed={props.selected.includes(chip.value)}
              onClick={() => toggle(chip.value)}
            >
              {chip.label}
            </button>
          )}
        </For>
      </div>
    </fieldset>
  );
}
