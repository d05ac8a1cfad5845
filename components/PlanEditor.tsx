import { createSignal, For } from 'solid-js';
import { i18n } from '#i18n';
import type { PlanSectionId } from '@/utils/db/schema';
import { PLAN_SECTION_NAMES } from './plan-words';

export interface PlanEditorProps {
  sections: readonly PlanSectionId[];
  /** The lines already written, by section. */
  items: Partial<Record<PlanSectionId, string[]>>;
  onSave(items: Record<PlanSectionId, string[]>): Promise<string | undefined>;
}

/** The person's plan, one box per section, one thing per line. */
export function PlanEditor(props: PlanEditorProps) {
  const [status, setStatus] = createSignal('');
  const [error, setError] = createSignal('');
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
    <form class="stack" onSubmit={submit}>
      <For each={props.sections}>
        {(id) => (
          <div class="field">
            <label for={`plan-${id}`}>{PLAN_SECTION_NAMES[id]()}</label>
            <textarea id={`plan-${id}`} name={id} rows="3" value={(props.items[id] ?? []).join('\n')} />
          </div>
        )}
      </For>
      <button type="submit" class="primary">
        {i18n.t('plan.save')}
      </button>
      <p role="status">{status()}</p>
      <p class="error" role="alert">
        {error()}
      </p>
    </form>
  );
}
