import { For } from 'solid-js';
import { copy } from '@/utils/copy';
import { US_CRISIS_LINES } from '@/utils/crisis-lines';

/** The crisis lines, always shown and never behind a pause. */
export function CrisisLines() {
  return (
    <section aria-labelledby="crisis-heading" class="card">
      <h2 id="crisis-heading">{copy.crisis.heading}</h2>
      <p class="hint">{copy.crisis.region}</p>
      <ul class="plain">
        <For each={US_CRISIS_LINES}>
          {(line) => (
            <li>
              <a class="button" href={line.href} rel="noopener noreferrer" aria-label={`${line.name}: ${line.display}`}>
                <strong>{line.display}</strong> {line.name}
              </a>{' '}
              <span class="hint">{line.about}</span>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
