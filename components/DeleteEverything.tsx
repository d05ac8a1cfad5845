import { createSignal, Show } from 'solid-js';
import { i18n } from '#i18n';
import { Field } from './Field';

/**
 * Delete everything: says what goes, asks once, then does it. While it asks, the focus rests on
 * "Keep my data", never on the button that deletes: a stray Enter or Space keeps everything.
 * With `typed` (on the lock screen, where anyone at the computer can reach it), the person also
 * types the word it names before anything is deleted.
 */
export function DeleteEverything(props: { onDelete(): Promise<string | undefined>; typed?: boolean }) {
  const [asking, setAsking] = createSignal(false);
  const [status, setStatus] = createSignal('');
  const [word, setWord] = createSignal('');
  const [wordError, setWordError] = createSignal<string>();
  const theWord = () => i18n.t('data.deleteWord');
  const typedRight = () => !props.typed || word().trim().toLocaleLowerCase() === theWord().toLocaleLowerCase();
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
          <Show when={props.typed}>
            <Field id="delete-word" label={i18n.t('data.typeToDelete', [theWord()])} error={wordError()}>
              {(control) => (
                <input
                  {...control}
                  type="text"
                  autocomplete="off"
                  value={word()}
                  onInput={(event) => setWord(event.currentTarget.value)}
                />
              )}
            </Field>
          </Show>
          <button type="button" class="primary" ref={(button) => queueMicrotask(() => button.focus())} onClick={keep}>
            {i18n.t('data.confirmNo')}
          </button>
          <button
            type="button"
            onClick={() => {
              if (!typedRight()) return setWordError(i18n.t('data.typeToDeleteError', [theWord()]));
              setWordError(undefined);
              setWord('');
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
