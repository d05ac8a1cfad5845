import { createSignal } from 'solid-js';
import { i18n } from '#i18n';
import { Field } from '@/components/Field';
import { exportSealed } from '@/utils/commands/data';
import { problemWords } from '@/utils/words/problems';

/** Saving a copy sealed with a passphrase the person chooses (the file is useless without it). */
export function SealedCopy(props: { download(name: string, text: string): void }) {
  const [error, setError] = createSignal<string>();
  const [status, setStatus] = createSignal('');
  return (
    <form
      class="stack"
      aria-labelledby="sealed-heading"
      onSubmit={(event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const data = new FormData(form);
        setStatus('');
        void exportSealed(String(data.get('passphrase') ?? ''), String(data.get('again') ?? '')).then((done) => {
          setError(done.ok ? undefined : problemWords(done.problem));
          if (!done.ok) return;
          props.download(done.value.name, done.value.text);
          form.reset();
          setStatus(i18n.t('sealed.saved', [done.value.name]));
        });
      }}
    >
      <h4 id="sealed-heading">{i18n.t('sealed.heading')}</h4>
      <p>{i18n.t('sealed.intro')}</p>
      <Field id="sealed-passphrase" label={i18n.t('sealed.passphrase')} error={error()}>
        {(control) => <input {...control} name="passphrase" type="password" autocomplete="new-password" />}
      </Field>
      <Field id="sealed-again" label={i18n.t('sealed.again')}>
        {(control) => <input {...control} name="again" type="password" autocomplete="new-password" />}
      </Field>
      <button type="submit">{i18n.t('sealed.save')}</button>
      <p role="status">{status()}</p>
    </form>
  );
}
