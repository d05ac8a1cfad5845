import { type JSX, onMount, Show } from 'solid-js';

/**
 * One section of the options page: a region named by its heading, which takes focus when the
 * section is opened from the navigation (so a screen reader starts there).
 */
export function Section(props: { id: string; heading: string; intro?: string; children: JSX.Element }) {
  let heading: HTMLHeadingElement | undefined;
  onMount(() => {
    if (location.hash === `#${props.id}`) heading?.focus();
  });
  return (
    <section id={props.id} aria-labelledby={`${props.id}-heading`} class="stack section">
      <h2 id={`${props.id}-heading`} tabindex="-1" ref={heading}>
        {props.heading}
      </h2>
      <Show when={props.intro}>
        <p>{props.intro}</p>
      </Show>
      {props.children}
    </section>
  );
}
