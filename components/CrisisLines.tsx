import { For } from 'solid-js';
import { i18n } from '#i18n';
import { US_CRISIS_LINES } from '@/utils/crisis-lines';

/** The crisis lines, always shown and never behind a pause. */
export function CrisisLines() {
  return (
    <section aria-labelledby="crisis-heading" class="card crisis">
      <h2 id="crisis-heading">{i18n.t('crisis.heading')}</h2>
      <p class="hint">{i18n.t('crisis.region')}</p>
      <ul class="plain">
        <For each={US_CRISIS_LINES}>
          {(line) => (
            <li>
              <a class="button" href={line.href} rel="noopener noreferrer">
                {i18n.t('crisis.lineLabel', [line.name(), line.display])}
              </a>{' '}
              <span class="hint">{line.about()}</span>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
