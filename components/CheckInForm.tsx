import { createSignal, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { i18n } from '#i18n';
import type { CheckInAnswers } from '@/utils/commands/checkins';
import { MOOD_WORDS, SLEEP_WORDS } from '@/utils/words/check-in';
import { Choices } from './Choices';
import { NoteField } from './NoteField';
import { StrengthInput } from './StrengthInput';

const MOODS = [1, 2, 3, 4, 5] as const;

/**
 * The daily check-in: mood, sleep, meals, movement, cravings and "What helped today?", each one
 * control, all optional.
 * Today's under its heading; another day's (changed from the history) named by `label`, with its
 * own `id` so several can be on one page.
 */
export function CheckInForm(props: {
  initial?: CheckInAnswers;
  /** A prefix for the controls' ids and names ('checkin' unless given). */
  id?: string;
  /** The form's name in place of the heading "How are you today?". */
  label?: string;
  /** What is said once it is saved. */
  saved?: string;
  onSave(answers: CheckInAnswers): Promise<string | undefined>;
}) {
  const [answers, setCheckInAnswers] = createStore<CheckInAnswers>({ ...props.initial });
  const [status, setStatus] = createSignal('');
  const id = () => props.id ?? 'checkin';
  return (
    <form
      class="stack"
      aria-labelledby={props.label ? undefined : `${id()}-heading`}
      aria-label={props.label}
      onSubmit={(event) => {
        event.preventDefault();
        void props
          .onSave({ ...answers })
          .then((problem) => setStatus(problem ?? props.saved ?? i18n.t('checkIn.saved')));
      }}
    >
      <Show when={!props.label}>
        <h2 id={`${id()}-heading`}>{i18n.t('checkIn.heading')}</h2>
      </Show>
      <Choices
        name={`${id()}-mood`}
        legend={i18n.t('checkIn.mood')}
        options={MOODS}
        words={(v) => MOOD_WORDS[v]()}
        value={answers.mood as (typeof MOODS)[number] | undefined}
        onChange={(mood) => setCheckInAnswers('mood', mood)}
      />
      <Choices
        name={`${id()}-sleep`}
        legend={i18n.t('checkIn.sleep')}
        options={MOODS}
        words={(v) => SLEEP_WORDS[v]()}
        value={answers.sleep as (typeof MOODS)[number] | undefined}
        onChange={(sleep) => setCheckInAnswers('sleep', sleep)}
      />
      <Choices
        name={`${id()}-meals`}
        legend={i18n.t('checkIn.meals')}
        options={[0, 1, 2, 3] as const}
        words={(v) => String(v)}
        value={answers.meals as 0 | 1 | 2 | 3 | undefined}
        onChange={(meals) => setCheckInAnswers('meals', meals)}
      />
      <label class="row">
        <input
          type="checkbox"
          checked={answers.movement === true}
          onChange={(event) => setCheckInAnswers('movement', event.currentTarget.checked)}
        />
        {i18n.t('checkIn.movement')}
      </label>
      <StrengthInput
        id={`${id()}-craving`}
        label={i18n.t('checkIn.craving')}
        value={answers.craving}
        onChange={(craving) => setCheckInAnswers('craving', craving)}
      />
      <NoteField
        id={`${id()}-helped`}
        label={i18n.t('checkIn.helped')}
        value={answers.helped}
        onChange={(helped) => setCheckInAnswers('helped', helped)}
      />
      <button type="submit" class="primary">
        {i18n.t('checkIn.save')}
      </button>
      <p role="status">
        <Show when={status()}>{status()}</Show>
      </p>
    </form>
  );
}
