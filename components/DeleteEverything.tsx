import { createSignal, Show } from 'solid-js';
import { i18n } from '#i18n';

/**
 * Delete everything: says what goes, asks once, then does it. While it asks, the focus rests on
 * "Keep my data", never on the button that deletes: a stray Enter or Space keeps everything.
 */
export function DeleteEverything(props: { onDelete(): Promise<string | undefined> }) {
  const [asking, setAsking] = createSignal(false);
  const [status, setStatus] = createSignal('');
  let start: HTMLButtonElement | undefined;
  const keep = () => {
    setAsking(false);
    start?.focus();
  };
  return (
    <section class="stack" aria-labelledby="delete-heading">
      <h3 id="delete-heading">{i18n.t('data.deleteHeading')}</h3>
      <p>{i18n.t('data.deleteIntro')}</p>
      <Show
        when={asking()}
        fallback={
          <button type="button" ref={start} onClick={() => setAsking(true)}>
            {i18n.t('data.delete')}
          </button>
        }
      >
        <fieldset class="row confirm">
          <legend>{i18n.t('data.confirmDelete')}</legend>
          <button type="button" class="primary" ref={(button) => queueMicrotask(() => button.focus())} onClick={keep}>
            {i18n.t('data.confirmNo')}
          </button>
          <button
            type="button"
            onClick={() => {
              setAsking(false);
              void props.onDelete().then((problem) => setStatus(problem ?? i18n.t('data.deleted')));
            }}
          >
            {i18n.t('data.confirmYes')}
          </button>
        </fieldset>
      </Show>
      <p role="status">{status()}</p>
    </section>
  );
}
