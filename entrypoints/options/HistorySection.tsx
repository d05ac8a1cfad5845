import { createEffect, createMemo, createResource, createSignal, on, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { i18n } from '#i18n';
import { HistoryFilter, type HistoryFilterValue } from '@/components/HistoryFilter';
import { entryElementId, HistoryList } from '@/components/HistoryList';
import type { Chip } from '@/components/TriggerChips';
import { today } from '@/utils/commands/checkins';
import {
  changeCheckIn,
  changeLapseNotes,
  changeWarningChoices,
  type RemovedEntry,
  readHistory,
  removeHistoryEntry,
  restoreHistoryEntry,
} from '@/utils/commands/history';
import { readPlan } from '@/utils/commands/plan';
import { changeUrge } from '@/utils/commands/urges';
import { usLines } from '@/utils/crisis-lines';
import { HALT } from '@/utils/db/schema';
import {
  compareEntries,
  dropEntry,
  HISTORY_KINDS,
  type HistoryEntry,
  placeEntry,
  type ReachOutEntry,
} from '@/utils/history/entries';
import { inRange, periodRange, shiftDay } from '@/utils/history/period';
import { systemZone } from '@/utils/time/zone';
import { createUndo } from '@/utils/undo';
import { problemWords } from '@/utils/words/problems';
import { HALT_WORDS, triggerWords } from '@/utils/words/triggers';
import { Section } from './Section';

const PAGE = 50;

/**
 * The person's history: urges, warnings and the choices made, reach outs, lapses and daily
 * check-ins, newest first, by period and kind, a page at a time. Each entry can be removed (with
 * an undo for ten seconds); urges, lapses and check-ins can be changed.
 */
export function HistorySection() {
  const zone = systemZone();
  const [filter, setFilter] = createStore<HistoryFilterValue>({ period: { choice: 'all' }, kind: 'all' });
  const range = createMemo(() => periodRange({ ...filter.period }, Date.now(), zone));
  const dateError = () => {
    const period = range();
    return period.ok ? undefined : { field: period.field, words: problemWords(period.problem) };
  };
  const kinds = () => (filter.kind === 'all' ? HISTORY_KINDS : [filter.kind]);
  const [entries, setEntries] = createSignal<HistoryEntry[]>([]);
  const [more, setMore] = createSignal(false);
  const [loaded, setLoaded] = createSignal(false);
  const [status, setStatus] = createSignal('');
  const [triggers] = createResource(async () => (await readPlan('triggers')).triggers ?? []);
  let undoButton: HTMLButtonElement | undefined;
  /** What was removed last, for ten seconds; when the time is up with the focus on "Undo", it goes to the heading. */
  const removed = createUndo<RemovedEntry>({
    onExpire: () => {
      if (undoButton !== undefined && document.activeElement === undoButton) {
        document.getElementById('history-heading')?.focus();
      }
    },
  });

  // Each filter's load is numbered: a slower earlier one never overwrites what a later filter
  // asked for, and older entries are added only to the list they follow.
  let loading = 0;
  const load = async (reset: boolean) => {
    const period = range();
    if (!period.ok) return;
    const ticket = reset ? ++loading : loading;
    const after = reset ? undefined : entries()[entries().length - 1];
    const page = await readHistory({ kinds: kinds(), range: period.range }, after, PAGE, zone);
    if (ticket !== loading || (!reset && entries()[entries().length - 1] !== after)) return;
    setEntries(reset ? page.entries : [...entries(), ...page.entries]);
    setMore(page.more);
    return page.entries;
  };
  /** Older entries; the focus moves to the first of them (the button may go). */
  const loadOlder = async () => {
    const older = await load(false);
    if (older?.[0]) document.getElementById(entryElementId(older[0]))?.focus();
  };
  void load(true).then(() => setLoaded(true));
  createEffect(
    on(
      () => [range(), filter.kind],
      () =>
        void load(true).then((page) => {
          if (page) setStatus(i18n.t('history.count', page.length));
        }),
      { defer: true },
    ),
  );

  const chips = (): Chip[] => [
    ...(triggers() ?? []).map((line) => ({ value: line, label: line })),
    ...HALT.map((id) => ({ value: id, label: HALT_WORDS[id]() })),
  ];
  const builtInLines = usLines();
  const reachedName = (entry: ReachOutEntry) =>
    entry.name ?? builtInLines.find((line) => line.id === entry.reachOut.lineId)?.name;

  /** Whether an entry belongs in the list as it stands (the filter now, and the pages shown). */
  const belongs = (entry: HistoryEntry) => {
    const period = range();
    const last = entries()[entries().length - 1];
    return (
      period.ok &&
      kinds().includes(entry.kind) &&
      inRange(period.range, entry.at) &&
      !(more() && last && compareEntries(entry, last) > 0)
    );
  };
  const replace = (entry: HistoryEntry) => {
    setEntries(placeEntry(entries(), entry));
    setStatus(i18n.t('common.saved'));
  };

  const remove = async (entry: HistoryEntry) => {
    const done = await removeHistoryEntry(entry);
    if (!done.ok) return setStatus(problemWords(done.problem));
    setEntries(dropEntry(entries(), entry));
    removed.offer(done.value);
    setStatus(
      entry.kind === 'lapse' && entry.lapse.restartedCounter
        ? i18n.t('history.lapse.removedCounter')
        : i18n.t('history.removed'),
    );
    undoButton?.focus();
  };
  const undo = async (what: RemovedEntry) => {
    const done = await removed.run(restoreHistoryEntry);
    if (!done) return;
    if (!done.ok) return setStatus(problemWords(done.problem));
    setStatus(i18n.t('history.restored'));
    if (!belongs(what.entry)) return document.getElementById('history-heading')?.focus();
    setEntries(placeEntry(entries(), what.entry));
    document.getElementById(entryElementId(what.entry))?.focus();
  };

  return (
    <Section id="history" heading={i18n.t('history.heading')} intro={i18n.t('history.intro')}>
      <HistoryFilter
        value={filter}
        error={dateError()}
        startDates={() => {
          const to = today(Date.now(), zone);
          return { from: shiftDay(to, -29) ?? to, to };
        }}
        onChange={(value) => setFilter({ kind: value.kind, period: { ...value.period } })}
      />
      <p role="status">
        {status()}{' '}
        <Show when={removed.pending()}>
          {(what) => (
            <button type="button" ref={undoButton} onClick={() => void undo(what())}>
              {i18n.t('history.undo')}
            </button>
          )}
        </Show>
      </p>
      <Show when={loaded()}>
        <HistoryList
          entries={entries()}
          empty={
            filter.kind === 'all' && filter.period.choice === 'all'
              ? i18n.t('history.empty')
              : i18n.t('history.emptyFiltered')
          }
          chips={chips()}
          triggerWords={triggerWords}
          reachedName={reachedName}
          onChangeUrge={(entry, details) =>
            void changeUrge(entry.id, details).then((done) =>
              done.ok
                ? replace({ ...entry, at: done.value.at, urge: done.value })
                : setStatus(problemWords(done.problem)),
            )
          }
          onChangeLapse={(entry, notes) =>
            void changeLapseNotes(entry.id, notes).then((done) =>
              done.ok ? replace({ ...entry, lapse: done.value }) : setStatus(problemWords(done.problem)),
            )
          }
          onChangeWarning={(entry, choices) =>
            void changeWarningChoices(entry, choices).then((done) =>
              done.ok ? replace(done.value) : setStatus(problemWords(done.problem)),
            )
          }
          onChangeCheckIn={async (entry, answers) => {
            const done = await changeCheckIn(entry.id, answers);
            if (!done.ok) return problemWords(done.problem);
            setEntries(placeEntry(entries(), { ...entry, checkIn: done.value }));
            return undefined;
          }}
          onRemove={(entry) => void remove(entry)}
        />
      </Show>
      <Show when={more()}>
        <button type="button" onClick={() => void loadOlder()}>
          {i18n.t('history.more')}
        </button>
      </Show>
    </Section>
  );
}
