import { For, Show } from 'solid-js';
import { i18n } from '#i18n';
import {
  type CheckInEntry,
  type LapseEntry,
  type UrgeEntry,
  type WarningEntry,
  warningChoices,
} from '@/utils/history/entries';
import { MADE_CHOICES, type MadeChoice } from '@/utils/history/warnings';
import { parseDate } from '@/utils/time/calendar';
import { MOOD_WORDS, SLEEP_WORDS } from '@/utils/words/check-in';
import { fullDate, list } from '@/utils/words/format';

/**
 * What each kind of history entry holds, in words: the bodies the history list shows inside an
 * entry (components/HistoryList.tsx), and the editor of a check-in's choices.
 */

/** The words for a trigger: the person's own, or HALT's. */
export type TriggerWords = (trigger: string) => string;

export const CHOICE_WORDS: Record<MadeChoice, () => string> = {
  leave: () => i18n.t('history.warning.choices.leave'),
  'ride-it-out': () => i18n.t('history.warning.choices.rideItOut'),
  'reach-out': () => i18n.t('history.warning.choices.reachOut'),
  'log-urge': () => i18n.t('history.warning.choices.logUrge'),
  continue: () => i18n.t('history.warning.choices.continue'),
};

/** A check-in's day in words: "Monday, 2 March 2026". */
export function dayWords(key: string): string {
  const date = parseDate(key);
  return date ? fullDate(date.year, date.month, date.day) : key;
}

export function UrgeBody(props: { entry: UrgeEntry; words: TriggerWords }) {
  const urge = () => props.entry.urge;
  return (
    <>
      <Show when={urge().strength !== undefined}>
        <p>{i18n.t('history.strength', [String(urge().strength)])}</p>
      </Show>
      <Show when={urge().strengthAfter !== undefined}>
        <p>{i18n.t('history.strengthAfter', [String(urge().strengthAfter)])}</p>
      </Show>
      <Show when={(urge().triggers ?? []).length > 0}>
        <p class="hint">{(urge().triggers ?? []).map(props.words).join(', ')}</p>
      </Show>
      <Show when={urge().note}>
        <p>{urge().note}</p>
      </Show>
    </>
  );
}

export function WarningBody(props: { entry: WarningEntry }) {
  const choices = () => warningChoices(props.entry) as MadeChoice[];
  const path = () => props.entry.events.find((event) => event.path)?.path;
  return (
    <>
      <Show when={choices().length > 0} fallback={<p>{i18n.t('history.warning.noChoice')}</p>}>
        <p>{i18n.t('history.warning.chose', [list(choices().map((choice) => CHOICE_WORDS[choice]()))])}</p>
      </Show>
      <Show when={path()}>{(shown) => <p class="hint">{`${props.entry.events[0]?.host ?? ''}${shown()}`}</p>}</Show>
    </>
  );
}

/** What the person chose on a warning, one box each, saved as each is ticked. */
export function ChoicesEditor(props: { id: string; entry: WarningEntry; onChange(choices: MadeChoice[]): void }) {
  const chosen = () => warningChoices(props.entry) as MadeChoice[];
  const toggle = (choice: MadeChoice, on: boolean) =>
    props.onChange(MADE_CHOICES.filter((each) => (each === choice ? on : chosen().includes(each))));
  return (
    <fieldset>
      <legend>{i18n.t('history.warning.choicesLegend')}</legend>
      <For each={MADE_CHOICES}>
        {(choice) => (
          <label class="row">
            <input
              type="checkbox"
              name={`${props.id}-choice`}
              checked={chosen().includes(choice)}
              onChange={(event) => toggle(choice, event.currentTarget.checked)}
            />
            {CHOICE_WORDS[choice]()}
          </label>
        )}
      </For>
    </fieldset>
  );
}

export function LapseBody(props: { entry: LapseEntry; words: TriggerWords }) {
  const lapse = () => props.entry.lapse;
  return (
    <>
      <Show when={(lapse().triggers ?? []).length > 0}>
        <p>{i18n.t('history.lapse.triggers', [(lapse().triggers ?? []).map(props.words).join(', ')])}</p>
      </Show>
      <Show when={lapse().note}>
        <p>{lapse().note}</p>
      </Show>
      <Show when={lapse().change}>
        <p>{i18n.t('history.lapse.change', [lapse().change ?? ''])}</p>
      </Show>
      <Show when={lapse().restartedCounter}>
        <p class="hint">{i18n.t('history.lapse.restarted')}</p>
      </Show>
    </>
  );
}

export function CheckInBody(props: { entry: CheckInEntry }) {
  const answers = () => props.entry.checkIn;
  return (
    <>
      <Show when={answers().mood !== undefined}>
        <p>{i18n.t('history.checkIn.mood', [MOOD_WORDS[answers().mood as keyof typeof MOOD_WORDS]?.() ?? ''])}</p>
      </Show>
      <Show when={answers().sleep !== undefined}>
        <p>{i18n.t('history.checkIn.sleep', [SLEEP_WORDS[answers().sleep as keyof typeof SLEEP_WORDS]?.() ?? ''])}</p>
      </Show>
      <Show when={answers().meals !== undefined}>
        <p>{i18n.t('history.checkIn.meals', [String(answers().meals)])}</p>
      </Show>
      <Show when={answers().movement === true}>
        <p>{i18n.t('history.checkIn.moved')}</p>
      </Show>
      <Show when={answers().craving !== undefined}>
        <p>{i18n.t('history.checkIn.craving', [String(answers().craving)])}</p>
      </Show>
      <Show when={answers().helped}>{(helped) => <p>{i18n.t('history.checkIn.helped', [helped()])}</p>}</Show>
      <Show when={answers().note}>
        <p>{answers().note}</p>
      </Show>
    </>
  );
}
