import { For, Show } from 'solid-js';
import { i18n } from '#i18n';
import { HISTORY_KINDS, type HistoryKind } from '@/utils/history/entries';
import { PERIOD_CHOICES, type Period, type PeriodChoice } from '@/utils/history/period';
import { Choices } from './Choices';
import { Field } from './Field';

/** What the history shows: a period, and one kind or all of them. */
export interface HistoryFilterValue {
  period: Period;
  kind: 'all' | HistoryKind;
}

const PERIOD_WORDS: Record<PeriodChoice, () => string> = {
  'last-7': () => i18n.t('history.filter.periods.last7'),
  'last-30': () => i18n.t('history.filter.periods.last30'),
  'last-90': () => i18n.t('history.filter.periods.last90'),
  all: () => i18n.t('history.filter.periods.all'),
  dates: () => i18n.t('history.filter.periods.dates'),
};

const DATE_WORDS = {
  from: () => i18n.t('history.filter.from'),
  to: () => i18n.t('history.filter.to'),
};

const KIND_WORDS: Record<'all' | HistoryKind, () => string> = {
  all: () => i18n.t('history.filter.kinds.all'),
  urge: () => i18n.t('history.filter.kinds.urge'),
  warning: () => i18n.t('history.filter.kinds.warning'),
  'reach-out': () => i18n.t('history.filter.kinds.reachOut'),
  lapse: () => i18n.t('history.filter.kinds.lapse'),
  'check-in': () => i18n.t('history.filter.kinds.checkIn'),
};

/**
 * The history's filter: a period (and two dates when the person chooses them) and a kind, each
 * a group of radio buttons. Applied as it changes.
 */
export function HistoryFilter(props: {
  value: HistoryFilterValue;
  /** Why the dates chosen cannot be used, beside the date it is about. */
  error?: { field: 'from' | 'to'; words: string };
  /** The dates a person starts from when they choose "dates" (YYYY-MM-DD). */
  startDates(): { from: string; to: string };
  onChange(value: HistoryFilterValue): void;
}) {
  const setPeriod = (period: Period) => props.onChange({ ...props.value, period });
  const dates = () => props.value.period;
  return (
    <div class="history-filter stack">
      <Choices
        name="history-period"
        legend={i18n.t('history.filter.period')}
        options={PERIOD_CHOICES}
        words={(choice) => PERIOD_WORDS[choice]()}
        value={props.value.period.choice}
        onChange={(choice) => setPeriod(choice === 'dates' ? { choice, ...props.startDates() } : { choice })}
      />
      <Show when={props.value.period.choice === 'dates'}>
        <div class="row">
          <For each={['from', 'to'] as const}>
            {(field) => (
              <Field
                id={`history-${field}`}
                label={DATE_WORDS[field]()}
                error={props.error?.field === field ? props.error.words : undefined}
                inline
              >
                {(control) => (
                  <input
                    autocomplete="off"
                    {...control}
                    type="date"
                    value={dates()[field] ?? ''}
                    onChange={(event) => setPeriod({ ...dates(), [field]: event.currentTarget.value })}
                  />
                )}
              </Field>
            )}
          </For>
        </div>
      </Show>
      <Choices
        name="history-kind"
        legend={i18n.t('history.filter.kind')}
        options={['all', ...HISTORY_KINDS] as const}
        words={(kind) => KIND_WORDS[kind]()}
        value={props.value.kind}
        onChange={(kind) => props.onChange({ ...props.value, kind })}
      />
    </div>
  );
}
