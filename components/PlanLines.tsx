import { For, Show } from 'solid-js';

/** The first few lines of one part of the plan, under its heading; nothing if it is empty. */
export function PlanLines(props: { id: string; heading: string; lines: readonly string[]; most?: number }) {
  return (
    <Show when={props.lines.length > 0}>
      <section aria-labelledby={props.id}>
        <h2 id={props.id}>{props.heading}</h2>
        <ul>
          <For each={props.lines.slice(0, props.most ?? 3)}>{(line) => <li>{line}</li>}</For>
        </ul>
      </section>
    </Show>
  );
}
