import { createResource, createSignal, Show } from 'solid-js';
import { i18n } from '#i18n';
import { TimeForm } from '@/components/TimeForm';
import { TimeList } from '@/components/TimeList';
import { listTimes, removeTime, saveTime } from '@/utils/commands/times';
import type { TriggerTime, TriggerTimeRule } from '@/utils/db/schema';
import { problemWords } from '@/utils/words/problems';
import { Section } from './Section';

/** Hard times: the week at a glance, and a form to add or change one. */
export function TimesSection() {
  const [times, { refetch }] = createResource(listTimes, { initialValue: [] });
  const [status, setStatus] = createSignal('');
  const [editing, setEditing] = createSignal<TriggerTime>();

  const save = async (label: string, rule: TriggerTimeRule) => {
    const changing = editing();
    const done = await saveTime(label, rule, changing?.id);
    if (!done.ok) return problemWords(done.problem);
    await refetch();
    setEditing(undefined);
    setStatus(changing ? i18n.t('times.changed', [label]) : i18n.t('times.added', [label]));
    return undefined;
  };

  const remove = async (time: TriggerTime) => {
    const done = await removeTime(time.id);
    await refetch();
    setStatus(done.ok ? i18n.t('times.removed', [time.label]) : problemWords(done.problem));
  };

  return (
    <Section id="times" heading={i18n.t('times.heading')} intro={i18n.t('times.intro')}>
      <p role="status">{status()}</p>
      <TimeList times={times()} onRemove={(time) => void remove(time)} onEdit={setEditing} />
      <Show when={editing()} keyed fallback={<TimeForm onSave={save} />}>
        {(time) => <TimeForm initial={time} onSave={save} onCancel={() => setEditing(undefined)} />}
      </Show>
    </Section>
  );
}
