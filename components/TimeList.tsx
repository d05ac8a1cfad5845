import { For, Show } from 'solid-js';
import { i18n } from '#i18n';
import type { TriggerTime } from '@/utils/db/schema';
import { weekSegments } from '@/utils/triggers/time-input';
import { clock, list, weekdayName } from '@/utils/words/format';
import { describeRule } from '@/utils/words/hard-times';

/** Monday first; values are 0 = Sunday. */
const WEEK = [1, 2, 3, 4, 5, 6, 0];

/** The person's hard times: the week at a glance, then each time with a way to change or remove it. */
export function TimeList(props: {
  times: readonly TriggerTime[];
  onRemove(time: TriggerTime): void;
  onEdit(time: TriggerTime): void;
}) {
  const week = () => weekSegments(props.times);
  const dated = () => props.times.filter((time) => time.rule.kind !== 'weekly');
  return (
    <Show when={props.times.length > 0} fallback={<p>{i18n.t('times.empty')}</p>}>
      <h3 id="week-heading">{i18n.t('times.week')}</h3>
      <ol class="plain week" aria-labelledby="week-heading">
        <For each={WEEK}>
          {(day) => (
            <li class="week-day">
              <span class="week-name">{weekdayName(day)}</span>
              <span class="week-bar" aria-hidden="true">
                <For each={week()[day]}>
                  {(segment) => (
                    <span
                      class="week-block"
                      style={{
                        left: `${(segment.from / 1440) * 100}%`,
                        width: `${((segment.to - segment.from) / 1440) * 100}%`,
                      }}
                    />
                  )}
                </For>
              </span>
              <span class="week-text">
                <Show when={(week()[day] ?? []).length > 0} fallback={i18n.t('times.nothingThatDay')}>
                  {list(
                    (week()[day] ?? []).map((s) =>
                      i18n.t('times.weekEntry', [s.label, clock(s.from), clock(s.to === 1440 ? 0 : s.to)]),
                    ),
                  )}
                </Show>
              </span>
            </li>
          )}
        </For>
      </ol>
      <Show when={dated().length > 0}>
        <h3>{i18n.t('times.dates')}</h3>
      </Show>
      <ul class="plain" aria-label={i18n.t('times.heading')}>
        <For each={props.times}>
          {(time) => (
            <li class="card row">
              <strong>{time.label}</strong>
              <span class="hint">{describeRule(time.rule)}</span>
              <button type="button" onClick={() => props.onEdit(time)}>
                {i18n.t('times.change', [time.label])}
              </button>
              <button type="button" onClick={() => props.onRemove(time)}>
                {i18n.t('times.remove', [time.label])}
              </button>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
