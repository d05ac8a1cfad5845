import { i18n } from '#i18n';
import { CheckInForm } from '@/components/CheckInForm';
import { type CheckInAnswers, saveCheckIn, today } from '@/utils/commands/checkins';
import { problemWords } from '@/utils/words/problems';

export interface CheckInViewProps {
  now: number;
  zone: string;
  /** Today's answers so far, if the person began. */
  initial?: CheckInAnswers;
  onSaved(): void;
  onBack(): void;
}

/** The popup's daily check-in: the few questions about today, saved as today's one record. */
export function CheckInView(props: CheckInViewProps) {
  return (
    <>
      <CheckInForm
        initial={props.initial}
        onSave={async (answers) => {
          const done = await saveCheckIn(today(props.now, props.zone), answers);
          if (!done.ok) return problemWords(done.problem);
          props.onSaved();
          return undefined;
        }}
      />
      <button type="button" onClick={() => props.onBack()}>
        {i18n.t('popup.back')}
      </button>
    </>
  );
}
