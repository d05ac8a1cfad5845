import { createSignal, type JSX, onMount } from 'solid-js';
import { i18n } from '#i18n';
import { Field } from './Field';

/**
 * The options page while Steady is locked: the passcode, and what never locks. The crisis lines
 * and deleting everything (the only way back in without the passcode) come as children.
 */
export function LockScreen(props: { onUnlock(passcode: string): Promise<string | undefined>; children?: JSX.Element }) {
  const [error, setError] = createSignal<string>();
  let input: HTMLInputElement | undefined;
  onMount(() => input?.focus());
  return (
    <section class="stack" aria-labelledby="lock-heading">
      <h2 id="lock-heading">{i18n.t('lock.heading')}</h2>
      <p>{i18n.t('lock.intro')}</p>
      <form
        class="stack"
        onSubmit={(event) => {
          event.preventDefault();
          const passcode = input?.value ?? '';
          void props.onUnlock(passcode).then((problem) => {
            setError(problem);
            if (problem && input) input.value = '';
          });
        }}
      >
        <Field id="unlock-passcode" label={i18n.t('lock.passcode')} error={error()} inline>
          {(control) => <input {...control} ref={input} type="password" autocomplete="current-password" />}
        </Field>
        <button type="submit" class="primary">
          {i18n.t('lock.unlock')}
        </button>
      </form>
      <p class="hint">{i18n.t('lock.alwaysOpen')}</p>
      <p class="hint">{i18n.t('lock.forgot')}</p>
      {props.children}
    </section>
  );
}
