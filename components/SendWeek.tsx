import { createEffect, createSignal, For, on, Show } from 'solid-js';
import { i18n } from '#i18n';
import { MAX_MESSAGE_LENGTH } from '@/utils/reach-out/links';
import { type WeekChannel, type WeekTarget, weekLink } from '@/utils/reach-out/week';
import { Field } from './Field';

const WAY_NAMES: Record<WeekChannel, () => string> = {
  text: () => i18n.t('week.ways.text'),
  email: () => i18n.t('week.ways.email'),
};
const OPEN_NAMES: Record<WeekChannel, (name: string) => string> = {
  text: (name) => i18n.t('week.openText', [name]),
  email: (name) => i18n.t('week.openEmail', [name]),
};

export interface SendWeekProps {
  /** The people a week can go to, once the person started it; undefined before. */
  targets?: WeekTarget[];
  /** The week's text, with the person's notes or without. */
  compose(withNotes: boolean): string;
  /** The person starts it: only then is the week read and written. */
  onStart(): void;
}

/**
 * "Send my week to …": started by the person, never by Steady. It writes a short text of the
 * last 7 days into a field the person reads and changes, for one of their people, by text message
 * or email; only the person's own click on the link opens their messages or email app, and they
 * send it from there. Their notes go in only when they tick the box.
 */
export function SendWeek(props: SendWeekProps) {
  const [who, setWho] = createSignal(0);
  const [way, setWay] = createSignal(0);
  const [withNotes, setWithNotes] = createSignal(false);
  const [text, setText] = createSignal('');
  const target = () => props.targets?.[who()];
  const chosen = () => target()?.ways[way()] ?? target()?.ways[0];
  // Written when the week is read, and again when the notes go in or out.
  createEffect(on([() => props.targets, withNotes], () => props.targets && setText(props.compose(withNotes()))));
  const link = () => {
    const current = chosen();
    return current ? weekLink(current, text(), i18n.t('week.subject')) : undefined;
  };
  return (
    <div class="stack">
      <h3>{i18n.t('week.heading')}</h3>
      <p class="hint">{i18n.t('week.intro')}</p>
      <Show
        when={props.targets}
        fallback={
          <div class="row">
            <button type="button" onClick={() => props.onStart()}>
              {i18n.t('week.start')}
            </button>
          </div>
        }
      >
        {(targets) => (
          <Show when={targets().length > 0} fallback={<p>{i18n.t('week.noOne')}</p>}>
            <Field id="week-to" label={i18n.t('week.to')} inline>
              {(control) => (
                <select
                  {...control}
                  onChange={(event) => {
                    setWho(Number(event.currentTarget.value));
                    setWay(0);
                  }}
                >
                  <For each={targets()}>{(person, i) => <option value={i()}>{person.name}</option>}</For>
                </select>
              )}
            </Field>
            <Field id="week-way" label={i18n.t('week.way')} inline>
              {(control) => (
                <select {...control} onChange={(event) => setWay(Number(event.currentTarget.value))}>
                  <For each={target()?.ways ?? []}>
                    {(each, i) => (
                      <option value={i()} selected={i() === way()}>
                        {WAY_NAMES[each.channel]()}
                      </option>
                    )}
                  </For>
                </select>
              )}
            </Field>
            <label class="row">
              <input
                type="checkbox"
                checked={withNotes()}
                onChange={(event) => setWithNotes(event.currentTarget.checked)}
              />
              {i18n.t('week.notes')}
            </label>
            <Field id="week-text" label={i18n.t('week.message')}>
              {(control) => (
                <textarea
                  {...control}
                  autocomplete="off"
                  rows="8"
                  maxlength={MAX_MESSAGE_LENGTH}
                  value={text()}
                  onInput={(event) => setText(event.currentTarget.value)}
                />
              )}
            </Field>
            <Show when={link()?.ok ? (link() as { href: string }).href : undefined}>
              {(href) => (
                <a class="button primary" href={href()}>
                  {OPEN_NAMES[chosen()?.channel ?? 'text'](target()?.name ?? '')}
                </a>
              )}
            </Show>
          </Show>
        )}
      </Show>
    </div>
  );
}
