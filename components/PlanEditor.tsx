import { createSignal, For, type JSX, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { i18n } from '#i18n';
import type { PlanSectionId } from '@/utils/db/schema';
import { PLAN_SECTION_EXAMPLES, PLAN_SECTION_NAMES } from './plan-words';

/** One of the person's people as the plan shows them: a name, how they relate, one way to reach them. */
export interface PlanPerson {
  id: string;
  name: string;
  relation?: string;
  way?: string;
}

export interface PlanEditorProps {
  sections: readonly PlanSectionId[];
  /** The lines already written, by section. */
  items: Partial<Record<PlanSectionId, string[]>>;
  /** The person's people (My people), shown in "People I can ask for help". */
  people?: readonly PlanPerson[];
  /** Where the person changes their people. */
  peopleHref?: string;
  /** Shown under "Professionals and services" (the way to a meeting or a clinic); not printed. */
  professionals?: JSX.Element;
  onSave(items: Record<PlanSectionId, string[]>): Promise<string | undefined>;
  /** Prints the plan (on one page, to carry). */
  onPrint?(): void;
}

const lines = (text: string) => text.split(/\r?\n/).filter((line) => line.trim() !== '');

/** A person as one line: “Sam (my sister): +1 201-555-0123”. */
function PersonLine(props: { person: PlanPerson }) {
  return (
    <>
      <strong>{props.person.name}</strong>
      <Show when={props.person.relation}> ({props.person.relation})</Show>
      <Show when={props.person.way}>: {props.person.way}</Show>
    </>
  );
}

/**
 * The person's plan, one box per section, one thing per line; each empty box shows an example.
 * "People I can ask for help" also lists the person's people from My people. On paper, only the
 * plan as the person wrote it (what is in the boxes now), set to fit one page.
 */
export function PlanEditor(props: PlanEditorProps) {
  const [status, setStatus] = createSignal('');
  const [error, setError] = createSignal('');
  const [drafts, setDrafts] = createStore<Partial<Record<PlanSectionId, string>>>(
    Object.fromEntries(props.sections.map((id) => [id, (props.items[id] ?? []).join('\n')])),
  );
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const items = Object.fromEntries(
      props.sections.map((id) => [id, String(form.get(id) ?? '').split(/\r?\n/)]),
    ) as Record<PlanSectionId, string[]>;
    void props.onSave(items).then((problem) => {
      setError(problem ?? '');
      setStatus(problem ? '' : i18n.t('plan.saved'));
    });
  };
  return (
    <>
      <form class="stack plan-form no-print" onSubmit={submit}>
        <For each={props.sections}>
          {(id) => (
            <div class="field">
              <label for={`plan-${id}`}>{PLAN_SECTION_NAMES[id]()}</label>
              <textarea
                autocomplete="off"
                id={`plan-${id}`}
                name={id}
                rows="3"
                placeholder={PLAN_SECTION_EXAMPLES[id]()}
                value={drafts[id] ?? ''}
                onInput={(event) => setDrafts(id, event.currentTarget.value)}
              />
              <Show when={id === 'people' && props.people}>
                {(people) => (
                  <div class="plan-people stack">
                    <Show when={people().length > 0} fallback={<p class="hint">{i18n.t('plan.noPeople')}</p>}>
                      <p class="hint">{i18n.t('plan.fromPeople')}</p>
                      <ul aria-label={i18n.t('plan.fromPeople')}>
                        <For each={people()}>
                          {(person) => (
                            <li>
                              <PersonLine person={person} />
                            </li>
                          )}
                        </For>
                      </ul>
                    </Show>
                    <Show when={props.peopleHref}>{(href) => <a href={href()}>{i18n.t('plan.changePeople')}</a>}</Show>
                  </div>
                )}
              </Show>
              <Show when={id === 'professionals'}>{props.professionals}</Show>
            </div>
          )}
        </For>
        <div class="row">
          <button type="submit" class="primary">
            {i18n.t('plan.save')}
          </button>
          <Show when={props.onPrint}>
            <button type="button" onClick={() => props.onPrint?.()}>
              {i18n.t('plan.print')}
            </button>
          </Show>
        </div>
        <p role="status">{status()}</p>
        <p class="error" role="alert">
          {error()}
        </p>
      </form>
      <div class="plan-sheet print-only">
        <h2>{i18n.t('plan.heading')}</h2>
        <For each={props.sections}>
          {(id) => (
            <section class="plan-sheet-part">
              <h3>{PLAN_SECTION_NAMES[id]()}</h3>
              <ul>
                <For each={lines(drafts[id] ?? '')}>{(line) => <li>{line}</li>}</For>
                <Show when={id === 'people'}>
                  <For each={props.people ?? []}>
                    {(person) => (
                      <li>
                        <PersonLine person={person} />
                      </li>
                    )}
                  </For>
                </Show>
              </ul>
            </section>
          )}
        </For>
      </div>
    </>
  );
}
