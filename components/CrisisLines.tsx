import { For, type JSX, Show } from 'solid-js';
import { i18n } from '#i18n';
import type { LinesRegion, ShownLine } from '@/utils/crisis-lines';

export interface CrisisLinesProps {
  lines: readonly ShownLine[];
  region: LinesRegion;
  /** The person tapped a line (to record the reach out; the link itself does the calling). */
  onCall?(line: ShownLine): void;
  /** Where the person can enter their own lines (shown when the United States ones are not local to them). */
  settingsHref?: string;
  /** Small, for the popup: each line's name and number only, two to a row. */
  compact?: boolean;
}

/**
 * The crisis lines, always shown and never behind a pause, marked for whose lines they are. For
 * someone who chose a country other than the United States, its emergency number comes first and
 * the United States lines follow under their own words, never as if they were local.
 */
export function CrisisLines(props: CrisisLinesProps) {
  const local = () => props.lines.filter((line) => !line.notLocal);
  const notLocal = () => props.lines.filter((line) => line.notLocal);
  const list = (lines: readonly ShownLine[], label?: string): JSX.Element => (
    <ul class="plain lines" aria-label={label}>
      <For each={lines}>
        {(line) => (
          <li>
            <a class="button" href={line.href} rel="noopener noreferrer" onClick={() => props.onCall?.(line)}>
              {i18n.t('crisis.lineLabel', [line.name, line.display])}
            </a>{' '}
            <Show when={!props.compact}>
              <span class="hint">{line.about}</span>
            </Show>
          </li>
        )}
      </For>
    </ul>
  );
  return (
    <section aria-labelledby="crisis-heading" class="card crisis" classList={{ compact: props.compact === true }}>
      <h2 id="crisis-heading">{i18n.t('crisis.heading')}</h2>
      <Show when={props.region !== 'elsewhere'}>
        <p class="hint">{props.region === 'yours' ? i18n.t('lines.yours') : i18n.t('crisis.region')}</p>
      </Show>
      <Show when={local().length > 0}>{list(local())}</Show>
      <Show when={props.region === 'elsewhere'}>
        <p class="hint">
          {props.settingsHref ? (
            <a href={props.settingsHref} target="_blank" rel="noopener noreferrer">
              {i18n.t('lines.addYours')}
            </a>
          ) : (
            i18n.t('lines.addYours')
          )}
        </p>
        <p class="hint">{i18n.t('lines.usNotLocal')}</p>
        {list(notLocal(), i18n.t('crisis.region'))}
      </Show>
    </section>
  );
}
