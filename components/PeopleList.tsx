import { createSignal, For, Show } from 'solid-js';
import { i18n } from '#i18n';
import type { Contact } from '@/utils/db/schema';

export interface PeopleListProps {
  people: readonly Contact[];
  onEdit(person: Contact): void;
  onMove(person: Contact, by: -1 | 1): void;
  /** Called once the person confirmed: removing asks once. */
  onRemove(person: Contact): void;
}

/**
 * The person's people in their order, each with buttons to change them, move them up or down
 * (by keyboard as by pointer, never only by dragging) and remove them, which asks once.
 */
export function PeopleList(props: PeopleListProps) {
  const [confirming, setConfirming] = createSignal<string>();
  return (
    <Show when={props.people.length > 0} fallback={<p>{i18n.t('people.empty')}</p>}>
      <ol class="plain people" aria-label={i18n.t('people.heading')}>
        <For each={props.people}>
          {(person, index) => (
            <li class="card stack">
              <p>
                <strong>{person.name}</strong>{' '}
                <Show when={person.relation}>
                  <span class="hint">{person.relation}</span>
                </Show>
              </p>
              <Show
                when={confirming() === person.id}
                fallback={
                  <div class="row">
                    <button type="button" onClick={() => props.onEdit(person)}>
                      {i18n.t('people.edit', [person.name])}
                    </button>
                    <button
                      type="button"
                      id={`move-up-${person.id}`}
                      disabled={index() === 0}
                      onClick={() => props.onMove(person, -1)}
                    >
                      {i18n.t('people.moveUp', [person.name])}
                    </button>
                    <button
                      type="button"
                      id={`move-down-${person.id}`}
                      disabled={index() === props.people.length - 1}
                      onClick={() => props.onMove(person, 1)}
                    >
                      {i18n.t('people.moveDown', [person.name])}
                    </button>
                    <button type="button" onClick={() => setConfirming(person.id)}>
                      {i18n.t('people.remove', [person.name])}
                    </button>
                  </div>
                }
              >
                <fieldset class="row confirm">
                  <legend>{i18n.t('people.confirmRemove', [person.name])}</legend>
                  <button
                    type="button"
                    class="primary"
                    ref={(button) => queueMicrotask(() => button.focus())}
                    onClick={() => {
                      setConfirming(undefined);
                      props.onRemove(person);
                    }}
                  >
                    {i18n.t('people.confirmYes')}
                  </button>
                  <button type="button" onClick={() => setConfirming(undefined)}>
                    {i18n.t('people.confirmNo')}
                  </button>
                </fieldset>
              </Show>
            </li>
          )}
        </For>
      </ol>
    </Show>
  );
}
