import { createMemo, createSignal, For, type JSX, Match, Show, Switch } from 'solid-js';
import { i18n } from '#i18n';
import type { CheckInAnswers } from '@/utils/commands/checkins';
import type { Channel, Urge } from '@/utils/db/schema';
import type {
  CheckInEntry,
  HistoryEntry,
  LapseEntry,
  ReachOutEntry,
  UrgeEntry,
  WarningEntry,
} from '@/utils/history/entries';
import type { MadeChoice } from '@/utils/history/warnings';
import { dateTime } from '@/utils/words/format';
import { CheckInForm } from './CheckInForm';
import { CheckInBody, ChoicesEditor, dayWords, LapseBody, UrgeBody, WarningBody } from './HistoryBodies';
import { LapseNotes, type LapseNotesValue } from './LapseNotes';
import type { Chip } from './TriggerChips';
import { UrgeDetails } from './UrgeDetails';

export interface HistoryListProps {
  entries: readonly HistoryEntry[];
  /** What the list says when it is empty. */
  empty: string;
  chips: readonly Chip[];
  /** How each trigger reads (a chip's label, or the person's own words). */
  triggerWords(trigger: string): string;
  /** Who was reached, by name; undefined when they are no longer on the person's lists. */
  reachedName(entry: ReachOutEntry): string | undefined;
  onChangeUrge(entry: UrgeEntry, details: Partial<Pick<Urge, 'strength' | 'triggers' | 'note' | 'outcome'>>): void;
  onChangeLapse(entry: LapseEntry, notes: LapseNotesValue): void;
  /** The person corrects what they chose on a warning (every choice they made, ticked). */
  onChangeWarning(entry: WarningEntry, choices: MadeChoice[]): void;
  /** Saves a check-in's answers; resolves with why it could not, or undefined once saved. */
  onChangeCheckIn(entry: CheckInEntry, answers: CheckInAnswers): Promise<string | undefined>;
  onRemove(entry: HistoryEntry): void;
}

/** The element id of an entry in the list (an undo puts the focus back on it). */
export const entryElementId = (entry: Pick<HistoryEntry, 'kind' | 'id'>): string => `history-${entry.kind}-${entry.id}`;

const WAY_WORDS: Record<Channel, (who: string) => string> = {
  call: (who) => i18n.t('history.reachOut.ways.call', [who]),
  text: (who) => i18n.t('history.reachOut.ways.text', [who]),
  email: (who) => i18n.t('history.reachOut.ways.email', [who]),
  whatsapp: (who) => i18n.t('history.reachOut.ways.whatsapp', [who]),
  signal: (who) => i18n.t('history.reachOut.ways.signal', [who]),
  telegram: (who) => i18n.t('history.reachOut.ways.telegram', [who]),
};

/** One entry: its title, what it holds, its buttons, and its editor when open. */
function Entry(props: {
  entry: HistoryEntry;
  title: string;
  editName?: string;
  removeName: string;
  onRemove(): void;
  children: JSX.Element;
  editor?: () => JSX.Element;
}) {
  const [open, setOpen] = createSignal(false);
  return (
    <li id={entryElementId(props.entry)} class="card stack" tabindex="-1">
      <p>
        <strong>{props.title}</strong>
      </p>
      {props.children}
      <div class="row">
        <Show when={props.editor && props.editName}>
          <button type="button" aria-expanded={open()} onClick={() => setOpen(!open())}>
            {props.editName}
          </button>
        </Show>
        <button type="button" onClick={() => props.onRemove()}>
          {props.removeName}
        </button>
      </div>
      <Show when={open() && props.editor}>{(editor) => editor()()}</Show>
    </li>
  );
}

/** One entry of any kind, as the list shows it. */
function EntryView(props: Omit<HistoryListProps, 'entries' | 'empty'> & { entry: HistoryEntry }) {
  return (
    <Switch>
      <Match when={props.entry.kind === 'urge' && props.entry}>
        {(urge) => {
          const when = () => dateTime(urge().at);
          return (
            <Entry
              entry={urge()}
              title={i18n.t('history.urgeAt', [when()])}
              editName={i18n.t('history.edit', [when()])}
              removeName={i18n.t('history.remove', [when()])}
              onRemove={() => props.onRemove(urge())}
              editor={() => (
                <UrgeDetails
                  id={`urge-${urge().id}`}
                  urge={urge().urge}
                  chips={props.chips}
                  onChange={(details) => props.onChangeUrge(urge(), details)}
                />
              )}
            >
              <UrgeBody entry={urge()} words={props.triggerWords} />
            </Entry>
          );
        }}
      </Match>
      <Match when={props.entry.kind === 'warning' && props.entry}>
        {(warning) => {
          const when = () => dateTime(warning().at);
          // A search's check-in is named as "a search", never by its word (nor by its engine).
          const host = () =>
            warning().events[0]?.kind === 'search'
              ? i18n.t('history.warning.aSearch')
              : (warning().events[0]?.host ?? '');
          return (
            <Entry
              entry={warning()}
              title={i18n.t('history.warning.title', [host(), when()])}
              editName={
                // A choice can only be added where the warning's showing was recorded (changeChoices).
                warning().events.some((event) => event.choice === 'shown')
                  ? i18n.t('history.warning.edit', [host(), when()])
                  : undefined
              }
              removeName={i18n.t('history.warning.remove', [host(), when()])}
              onRemove={() => props.onRemove(warning())}
              editor={() => (
                <ChoicesEditor
                  id={`warning-${warning().id}`}
                  entry={warning()}
                  onChange={(choices) => props.onChangeWarning(warning(), choices)}
                />
              )}
            >
              <WarningBody entry={warning()} />
            </Entry>
          );
        }}
      </Match>
      <Match when={props.entry.kind === 'reach-out' && props.entry}>
        {(reach) => {
          const when = () => dateTime(reach().at);
          const who = () => props.reachedName(reach()) ?? i18n.t('history.reachOut.someone');
          return (
            <Entry
              entry={reach()}
              title={i18n.t('history.reachOut.title', [when()])}
              removeName={i18n.t('history.reachOut.remove', [who(), when()])}
              onRemove={() => props.onRemove(reach())}
            >
              <p>{WAY_WORDS[reach().reachOut.channel](who())}</p>
            </Entry>
          );
        }}
      </Match>
      <Match when={props.entry.kind === 'lapse' && props.entry}>
        {(lapse) => {
          const when = () => dateTime(lapse().at);
          return (
            <Entry
              entry={lapse()}
              title={i18n.t('history.lapse.title', [when()])}
              editName={i18n.t('history.lapse.edit', [when()])}
              removeName={i18n.t('history.lapse.remove', [when()])}
              onRemove={() => props.onRemove(lapse())}
              editor={() => (
                <LapseNotes
                  id={`lapse-${lapse().id}`}
                  lapse={lapse().lapse}
                  chips={props.chips}
                  onChange={(notes) => props.onChangeLapse(lapse(), notes)}
                />
              )}
            >
              <LapseBody entry={lapse()} words={props.triggerWords} />
            </Entry>
          );
        }}
      </Match>
      <Match when={props.entry.kind === 'check-in' && props.entry}>
        {(checkIn) => {
          const day = () => dayWords(checkIn().id);
          return (
            <Entry
              entry={checkIn()}
              title={i18n.t('history.checkIn.title', [day()])}
              editName={i18n.t('history.checkIn.edit', [day()])}
              removeName={i18n.t('history.checkIn.remove', [day()])}
              onRemove={() => props.onRemove(checkIn())}
              editor={() => (
                <CheckInForm
                  id={`checkin-${checkIn().id}`}
                  label={i18n.t('history.checkIn.edit', [day()])}
                  saved={i18n.t('common.saved')}
                  initial={checkIn().checkIn}
                  onSave={(answers) => props.onChangeCheckIn(checkIn(), answers)}
                />
              )}
            >
              <CheckInBody entry={checkIn()} />
            </Entry>
          );
        }}
      </Match>
    </Switch>
  );
}

/** An entry's key in the list: its kind and id, the same when its record changes. */
const keyOf = (entry: Pick<HistoryEntry, 'kind' | 'id'>) => `${entry.kind}:${entry.id}`;

/**
 * The history, newest first: urges, warnings and the choices made on them, reach outs, lapses
 * and daily check-ins, each with its time in the person's language. Each can be removed and
 * changed (a warning's choices where its showing was recorded). An entry stays in place while it is changed (its
 * editor open, the focus where it was).
 */
export function HistoryList(props: HistoryListProps) {
  const byKey = createMemo(() => new Map(props.entries.map((entry) => [keyOf(entry), entry])));
  const keys = createMemo(() => props.entries.map(keyOf));
  return (
    <Show when={props.entries.length > 0} fallback={<p>{props.empty}</p>}>
      <ol class="history-list stack" aria-label={i18n.t('history.heading')}>
        <For each={keys()}>
          {(key) => <Show when={byKey().get(key)}>{(entry) => <EntryView {...props} entry={entry()} />}</Show>}
        </For>
      </ol>
    </Show>
  );
}
