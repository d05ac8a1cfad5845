import { createResource, createSignal, Show } from 'solid-js';
import { i18n } from '#i18n';
import { Field } from '@/components/Field';
import { PeopleList } from '@/components/PeopleList';
import { PersonForm } from '@/components/PersonForm';
import { SendWeek } from '@/components/SendWeek';
import {
  listPeople,
  movePerson,
  removePerson,
  restorePerson,
  savePerson,
  saveReachMessage,
} from '@/utils/commands/people';
import { readSettings } from '@/utils/commands/settings';
import { readWeek, type WeekData } from '@/utils/commands/week';
import type { Contact } from '@/utils/db/schema';
import { fieldsOf, type PersonField, type PersonFields } from '@/utils/reach-out/person';
import { formatPhone } from '@/utils/reach-out/phone';
import { weekFacts, weekTargets } from '@/utils/reach-out/week';
import { systemZone } from '@/utils/time/zone';
import { createUndo } from '@/utils/undo';
import { problemWords } from '@/utils/words/problems';
import { weekMessage } from '@/utils/words/week';
import { createPhoneCountry } from './phone-country';
import { Section } from './Section';

/** The person's people: who they are, how to reach them, in what order; and the usual message. */
export function PeopleSection() {
  const [people, { refetch }] = createResource(listPeople, { initialValue: [] });
  const [settings, { refetch: refetchSettings }] = createResource(readSettings);
  const [editing, setEditing] = createSignal<Contact>();
  const [status, setStatus] = createSignal('');
  const removed = createUndo<Contact>();
  const [messageError, setMessageError] = createSignal<string>();
  // "Send my week to …": read and written only when the person starts it.
  const [week, setWeek] = createSignal<WeekData & { now: number; zone: string }>();
  const startWeek = () => {
    const now = Date.now();
    const zone = systemZone();
    void readWeek(now, zone).then((data) => setWeek({ ...data, now, zone }));
  };
  const composeWeek = (withNotes: boolean) => {
    const data = week();
    if (!data) return '';
    const stretch = data.stretch !== undefined ? { stretch: data.stretch } : {};
    return weekMessage(weekFacts(data.urges, data.now, data.zone, { ...stretch, withNotes }));
  };

  const defaultMessage = () => settings()?.reachMessage ?? i18n.t('reach.defaultMessage');
  const phone = createPhoneCountry(
    () => settings()?.country,
    () => refetchSettings(),
  );

  const save = async (fields: PersonFields, id?: string) => {
    const done = await savePerson(fields, id, phone.guess);
    phone.saw(done.ok ? undefined : done.problems);
    if (!done.ok) {
      return Object.fromEntries(
        Object.entries(done.problems).map(([field, problem]) => [field, problemWords(problem)]),
      ) as Partial<Record<PersonField, string>>;
    }
    await refetch();
    setEditing(undefined);
    setStatus(i18n.t('people.saved', [done.value.name]));
    return undefined;
  };

  const remove = async (person: Contact) => {
    const done = await removePerson(person.id);
    await refetch();
    if (!done.ok) return setStatus(problemWords(done.problem));
    if (done.value) removed.offer(done.value);
    else removed.clear();
    setStatus(i18n.t('people.removed', [person.name]));
  };

  const undo = async () => {
    const person = removed.pending();
    const done = await removed.run(restorePerson);
    if (!person || !done) return;
    await refetch();
    setStatus(done.ok ? i18n.t('people.restored', [person.name]) : problemWords(done.problem));
  };

  const move = async (person: Contact, by: -1 | 1) => {
    const done = await movePerson(person.id, by);
    await refetch();
    if (!done.ok) return setStatus(problemWords(done.problem));
    setStatus(i18n.t('people.moved', [person.name, String(done.value + 1)]));
    // Keep the keyboard where it was: on the same person's button (the other one at the ends).
    const same = document.getElementById(`move-${by < 0 ? 'up' : 'down'}-${person.id}`) as HTMLButtonElement | null;
    const other = document.getElementById(`move-${by < 0 ? 'down' : 'up'}-${person.id}`) as HTMLButtonElement | null;
    (same && !same.disabled ? same : other)?.focus();
  };

  return (
    <Section id="people" heading={i18n.t('people.heading')} intro={i18n.t('people.intro')}>
      <p role="status">
        {status()}{' '}
        <Show when={removed.pending()}>
          <button type="button" onClick={() => void undo()}>
            {i18n.t('people.undo')}
          </button>
        </Show>
      </p>
      <PeopleList
        people={people()}
        onEdit={setEditing}
        onMove={(person, by) => void move(person, by)}
        onRemove={(person) => void remove(person)}
      />
      <Show
        when={editing()}
        keyed
        fallback={
          <PersonForm
            id="person-new"
            heading={i18n.t('people.addHeading')}
            defaultMessage={defaultMessage()}
            onSave={(fields) => save(fields)}
            readBack={phone.readBack}
            country={phone.picker()}
          />
        }
      >
        {(person) => (
          <PersonForm
            id="person-edit"
            heading={i18n.t('people.editHeading', [person.name])}
            initial={fieldsOf(person, formatPhone)}
            defaultMessage={defaultMessage()}
            onSave={(fields) => save(fields, person.id)}
            onCancel={() => setEditing(undefined)}
            readBack={phone.readBack}
            country={phone.picker()}
          />
        )}
      </Show>
      <form
        class="stack"
        novalidate
        onSubmit={(event) => {
          event.preventDefault();
          const typed = String(new FormData(event.currentTarget).get('message') ?? '').trim();
          // The plain default stays the default (in whatever language the browser speaks later).
          const text = typed === i18n.t('reach.defaultMessage') ? '' : typed;
          void saveReachMessage(text).then(async (done) => {
            setMessageError(done.ok ? undefined : problemWords(done.problem));
            if (done.ok) {
              await refetchSettings();
              setStatus(i18n.t('common.saved'));
            }
          });
        }}
      >
        <Field
          id="reach-message"
          label={i18n.t('people.defaultMessage')}
          hint={i18n.t('people.defaultMessageHint')}
          error={messageError()}
        >
          {(control) => <textarea autocomplete="off" {...control} name="message" rows="2" value={defaultMessage()} />}
        </Field>
        <button type="submit">{i18n.t('people.saveMessage')}</button>
      </form>
      <SendWeek
        targets={week() ? weekTargets(week()?.people ?? []) : undefined}
        compose={composeWeek}
        onStart={startWeek}
      />
    </Section>
  );
}
