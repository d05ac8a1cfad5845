import { createResource, createSignal, Show } from 'solid-js';
import { i18n } from '#i18n';
import { DeleteEverything } from '@/components/DeleteEverything';
import { Field } from '@/components/Field';
import { MAX_IMPORT_LENGTH, MAX_IMPORT_MB } from '@/utils/backup/validate';
import { exportData, importData } from '@/utils/commands/data';
import { deleteEverything } from '@/utils/commands/forget';
import {
  DEFAULT_RELOCK_MINUTES,
  jobInWorker,
  lockNow,
  lockState,
  removePasscode,
  setPasscode,
} from '@/utils/commands/lock';
import { importProblemWords, problemWords } from '@/utils/words/problems';
import { SealedCopy } from './SealedCopy';
import { Section } from './Section';

/** Saves text as a file the person downloads (nothing leaves the computer). */
function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The person's data: take a copy, bring one back, a passcode, delete everything. */
export function DataSection(props: { onDeleted(): void; onLocked(): void }) {
  const [lock, { refetch }] = createResource(() => lockState());
  const [status, setStatus] = createSignal('');
  const [importStatus, setImportStatus] = createSignal('');
  const [lockStatus, setLockStatus] = createSignal('');
  const [lockError, setLockError] = createSignal<string>();
  /** Said as the words are sealed or opened, a few times a second at most. */
  const progress = (words: (count: string) => string) => {
    let last = 0;
    return (count: number) => {
      if (Date.now() - last < 250) return;
      last = Date.now();
      setLockStatus(words(count.toLocaleString()));
    };
  };

  return (
    <Section id="data" heading={i18n.t('data.heading')} intro={i18n.t('data.intro')}>
      <section class="stack" aria-labelledby="export-heading">
        <h3 id="export-heading">{i18n.t('data.exportHeading')}</h3>
        <p>{i18n.t('data.exportIntro')}</p>
        <button
          type="button"
          onClick={() =>
            void exportData().then((file) => {
              download(file.name, file.text);
              setStatus(i18n.t('data.exported', [file.name]));
            })
          }
        >
          {i18n.t('data.export')}
        </button>
        <p class="hint">{i18n.t('sealed.plainHint')}</p>
        <p role="status">{status()}</p>
        <SealedCopy download={download} />
      </section>

      <form
        class="stack"
        aria-labelledby="import-heading"
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          const file = form.get('file');
          const mode = form.get('mode') === 'add' ? 'add' : 'replace';
          if (!(file instanceof File) || file.size === 0) return;
          // Far too big to be a copy of Steady's: said before the file is read at all.
          if (file.size > MAX_IMPORT_LENGTH * 4)
            return setImportStatus(importProblemWords({ code: 'import-too-big', values: [MAX_IMPORT_MB] }));
          void file.text().then(async (text) => {
            const done = await importData(text, mode, String(form.get('passphrase') ?? '') || undefined);
            if (!done.ok) return setImportStatus(importProblemWords(done.problem, done.where));
            const counts = Object.values(done.value);
            const added = counts.reduce((sum, count) => sum + count.added, 0);
            const kept = counts.reduce((sum, count) => sum + count.kept, 0);
            setImportStatus(i18n.t('data.imported', [String(added), String(kept)]));
          });
        }}
      >
        <h3 id="import-heading">{i18n.t('data.importHeading')}</h3>
        <p>{i18n.t('data.importIntro')}</p>
        <Field id="import-file" label={i18n.t('data.file')}>
          {(control) => <input {...control} name="file" type="file" accept="application/json,.json" />}
        </Field>
        <Field id="import-passphrase" label={i18n.t('sealed.importPassphrase')}>
          {(control) => <input {...control} name="passphrase" type="password" autocomplete="off" />}
        </Field>
        <fieldset>
          <legend>{i18n.t('data.modeLegend')}</legend>
          <label class="row">
            <input type="radio" name="mode" value="replace" checked />
            {i18n.t('data.modeReplace')}
          </label>
          <label class="row">
            <input type="radio" name="mode" value="add" />
            {i18n.t('data.modeAdd')}
          </label>
        </fieldset>
        <button type="submit">{i18n.t('data.import')}</button>
        <p role="status">{importStatus()}</p>
      </form>

      <section class="stack" aria-labelledby="lock-settings-heading">
        <h3 id="lock-settings-heading">{i18n.t('data.lockHeading')}</h3>
        <p>{i18n.t('data.lockIntro')}</p>
        <p>{i18n.t('data.lockOpen')}</p>
        <p class="hint">{i18n.t('data.lockLimits')}</p>
        <p class="hint">{i18n.t('data.lockForgot')}</p>
        <form
          class="stack"
          onSubmit={(event) => {
            event.preventDefault();
            const form = new FormData(event.currentTarget);
            const minutes = Number(form.get('relock')) || DEFAULT_RELOCK_MINUTES;
            void setPasscode(
              String(form.get('passcode') ?? ''),
              String(form.get('again') ?? ''),
              minutes,
              String(form.get('now') ?? ''),
              progress((count) => i18n.t('data.sealing', [count])),
              jobInWorker,
            ).then(async (done) => {
              setLockError(done.ok ? undefined : problemWords(done.problem));
              if (done.ok) {
                await refetch();
                setLockStatus(i18n.t('data.lockSet'));
              }
            });
          }}
        >
          <Show when={lock()?.set}>
            <Field id="lock-now" label={i18n.t('data.currentForChange')}>
              {(control) => <input {...control} name="now" type="password" autocomplete="current-password" />}
            </Field>
          </Show>
          <Field
            id="lock-passcode"
            label={i18n.t('data.passcode')}
            hint={i18n.t('data.passcodeHint')}
            error={lockError()}
          >
            {(control) => <input {...control} name="passcode" type="password" autocomplete="new-password" />}
          </Field>
          <Field id="lock-again" label={i18n.t('data.passcodeAgain')}>
            {(control) => <input {...control} name="again" type="password" autocomplete="new-password" />}
          </Field>
          <Field id="lock-relock" label={i18n.t('data.relock')} inline>
            {(control) => (
              <input
                autocomplete="off"
                {...control}
                name="relock"
                type="number"
                min="1"
                max="1440"
                value={lock()?.relockMinutes ?? DEFAULT_RELOCK_MINUTES}
              />
            )}
          </Field>
          <button type="submit" class="primary">
            {i18n.t('data.setLock')}
          </button>
        </form>
        <Show when={lock()?.set}>
          <div class="row">
            <button type="button" onClick={() => void lockNow().then(() => props.onLocked())}>
              {i18n.t('data.lockNow')}
            </button>
          </div>
          <form
            class="row"
            onSubmit={(event) => {
              event.preventDefault();
              const passcode = String(new FormData(event.currentTarget).get('current') ?? '');
              void removePasscode(
                passcode,
                progress((count) => i18n.t('data.opening', [count])),
                jobInWorker,
              ).then(async (done) => {
                setLockStatus(done.ok ? i18n.t('data.lockRemoved') : problemWords(done.problem));
                await refetch();
              });
            }}
          >
            <Field id="lock-current" label={i18n.t('data.currentPasscode')} inline>
              {(control) => <input {...control} name="current" type="password" autocomplete="current-password" />}
            </Field>
            <button type="submit">{i18n.t('data.removeLock')}</button>
          </form>
        </Show>
        <p role="status">{lockStatus()}</p>
      </section>

      <DeleteEverything
        onDelete={async () => {
          const done = await deleteEverything();
          if (!done.ok) return problemWords(done.problem);
          props.onDeleted();
          return undefined;
        }}
      />
    </Section>
  );
}
