import { createSignal, For, Show } from 'solid-js';
import { i18n } from '#i18n';
import type { HelpLine } from '@/utils/db/schema';
import { Field } from './Field';
import { FormActions } from './FormActions';

export interface LineFieldsTyped {
  name: string;
  number: string;
  about: string;
}

export interface LinesEditorProps {
  /** The person's own lines, in order. */
  lines: readonly HelpLine[];
  /** Resolves to the refusal's words, or undefined when saved. */
  onSave(fields: LineFieldsTyped, line?: HelpLine): Promise<string | undefined>;
  /** Resolves to the refusal's words, or undefined when removed. `confirmed` says the person agreed to remove the last one. */
  onRemove(line: HelpLine, confirmed: boolean): Promise<string | undefined>;
}

/** The form for one line: name, number and what it is for. */
function LineForm(props: {
  id: string;
  heading: string;
  initial?: HelpLine;
  onSave(fields: LineFieldsTyped): Promise<string | undefined>;
  onCancel?(): void;
}) {
  const [error, setError] = createSignal<string>();
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const fields = {
      name: String(data.get('name') ?? ''),
      number: String(data.get('number') ?? ''),
      about: String(data.get('about') ?? ''),
    };
    void props.onSave(fields).then((problem) => {
      setError(problem);
      if (!problem && !props.initial) form.reset();
    });
  };
  return (
    <form class="card stack" aria-labelledby={`${props.id}-heading`} onSubmit={submit} novalidate>
      <h3 id={`${props.id}-heading`}>{props.heading}</h3>
      <Field id={`${props.id}-name`} label={i18n.t('lines.name')} inline>
        {(control) => (
          <input
            autocomplete="off"
            {...control}
            name="name"
            type="text"
            maxlength="100"
            value={props.initial?.name ?? ''}
          />
        )}
      </Field>
      <Field id={`${props.id}-number`} label={i18n.t('lines.number')} hint={i18n.t('lines.numberHint')} inline>
        {(control) => (
          <input autocomplete="off" {...control} name="number" type="tel" value={props.initial?.number ?? ''} />
        )}
      </Field>
      <Field id={`${props.id}-about`} label={i18n.t('lines.about')}>
        {(control) => (
          <input
            autocomplete="off"
            {...control}
            name="about"
            type="text"
            maxlength="200"
            value={props.initial?.about ?? ''}
          />
        )}
      </Field>
      <FormActions submit={i18n.t('lines.save')} onCancel={props.onCancel} />
      <p class="error" role="alert">
        <Show when={error()}>{error()}</Show>
      </p>
    </form>
  );
}

/** The person's own crisis lines: add, change, remove (the last one only after asking). */
export function LinesEditor(props: LinesEditorProps) {
  const [editing, setEditing] = createSignal<HelpLine>();
  const [confirming, setConfirming] = createSignal<HelpLine>();
  const [status, setStatus] = createSignal('');

  const remove = (line: HelpLine, confirmed: boolean) => {
    void props.onRemove(line, confirmed).then((problem) => {
      if (problem && !confirmed && props.lines.length === 1) setConfirming(line);
      else {
        setConfirming(undefined);
        setStatus(problem ?? i18n.t('lines.removed', [line.name]));
      }
    });
  };

  return (
    <div class="stack">
      <p role="status">{status()}</p>
      <ul class="plain" aria-label={i18n.t('lines.yours')}>
        <For each={props.lines}>
          {(line) => (
            <li class="card stack">
              <p>
                <strong>{line.name}</strong> {line.number}
              </p>
              <Show when={line.about}>
                <p class="hint">{line.about}</p>
              </Show>
              <Show
                when={confirming()?.id === line.id}
                fallback={
                  <div class="row">
                    <button type="button" onClick={() => setEditing(line)}>
                      {i18n.t('lines.edit', [line.name])}
                    </button>
                    <button type="button" onClick={() => remove(line, false)}>
                      {i18n.t('lines.remove', [line.name])}
                    </button>
                  </div>
                }
              >
                <fieldset class="row confirm">
                  <legend>{i18n.t('lines.confirmLast', [line.name])}</legend>
                  <button type="button" class="primary" onClick={() => remove(line, true)}>
                    {i18n.t('lines.confirmYes')}
                  </button>
                  <button type="button" onClick={() => setConfirming(undefined)}>
                    {i18n.t('lines.confirmNo')}
                  </button>
                </fieldset>
              </Show>
            </li>
          )}
        </For>
      </ul>
      <Show
        when={editing()}
        keyed
        fallback={
          <LineForm
            id="line-new"
            heading={i18n.t('lines.addHeading')}
            onSave={async (fields) => {
              const problem = await props.onSave(fields);
              if (!problem) setStatus(i18n.t('lines.saved', [fields.name.trim()]));
              return problem;
            }}
          />
        }
      >
        {(line) => (
          <LineForm
            id="line-edit"
            heading={i18n.t('lines.editHeading', [line.name])}
            initial={line}
            onCancel={() => setEditing(undefined)}
            onSave={async (fields) => {
              const problem = await props.onSave(fields, line);
              if (!problem) {
                setEditing(undefined);
                setStatus(i18n.t('lines.saved', [fields.name.trim()]));
              }
              return problem;
            }}
          />
        )}
      </Show>
    </div>
  );
}
