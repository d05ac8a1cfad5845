import { For } from 'solid-js';

/**
 * A row of radio choices under a legend: one Tab stop, moved through with the arrow keys (the
 * browser's own radio group). `value` may be none of them (nothing chosen yet).
 */
export function Choices<T extends string | number>(props: {
  name: string;
  legend: string;
  options: readonly T[];
  words(option: T): string;
  value: T | undefined;
  onChange(option: T): void;
}) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      <div class="row">
        <For each={props.options}>
          {(option) => (
            <label class="chip">
              <input
                type="radio"
                name={props.name}
                value={String(option)}
                checked={props.value === option}
                onChange={() => props.onChange(option)}
              />
              {props.words(option)}
            </label>
          )}
        </For>
      </div>
    </fieldset>
  );
}
