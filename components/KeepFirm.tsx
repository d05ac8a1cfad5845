import { createSignal, createUniqueId, Show } from 'solid-js';
import { i18n } from '#i18n';

export interface KeepFirmProps {
  /** What holds now ("Your sites are firm until 7:00."), when a "firm until" holds. */
  holding?: string;
  /** Keeps every site firm until the typed time; resolves to the words to say, and whether it was done. */
  onKeep(clock: string): Promise<{ ok: boolean; words: string }>;
  onStatus(words: string): void;
}

/**
 * "Keep my sites firm until morning" (its button: "Sites firm until morning"), in the popup: one quiet button (beside "Open settings");
 * opened, a time (7:00 unless the person changes it) and a quiet confirmation, on a row of its
 * own. Ending it early is for the options page alone.
 */
export function KeepFirm(props: KeepFirmProps) {
  const [open, setOpen] = createSignal(false);
  const [clock, setClock] = createSignal('7:00');
  const [problem, setProblem] = createSignal('');
  const field = createUniqueId();
  const hint = createUniqueId();
  const keep = (event: SubmitEvent) => {
    event.preventDefault();
    void props.onKeep(clock()).then((done) => {
      if (!done.ok) return setProblem(done.words);
      setProblem('');
      setOpen(false);
      props.onStatus(done.words);
    });
  };
  return (
    <Show
      when={open()}
      fallback={
        <Show
          when={props.holding}
          fallback={
            <button type="button" class="quiet" onClick={() => setOpen(true)}>
              {i18n.t('firm.keep')}
            </button>
          }
        >
          {(words) => <p class="hint">{words()}</p>}
        </Show>
      }
    >
      <form class="stack whole-row" onSubmit={keep}>
        <label for={field}>{i18n.t('firm.until')}</label>
        <input
          id={field}
          type="text"
          inputmode="numeric"
          autocomplete="off"
          size="6"
          value={clock()}
          aria-describedby={hint}
          aria-invalid={problem() !== ''}
          onInput={(event) => setClock(event.currentTarget.value)}
        />
        <p id={hint} class="hint">
          {i18n.t('firm.untilHint')}
        </p>
        <Show when={problem()}>
          <p role="alert">{problem()}</p>
        </Show>
        <div class="row">
          <button type="submit" class="primary">
            {i18n.t('firm.start')}
          </button>
          <button type="button" class="quiet" onClick={() => setOpen(false)}>
            {i18n.t('firm.notNow')}
          </button>
        </div>
      </form>
    </Show>
  );
}
