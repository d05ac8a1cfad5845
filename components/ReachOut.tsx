import { createSignal, For, lazy, Show, Suspense } from 'solid-js';
import { i18n } from '#i18n';
import type { Channel } from '@/utils/db/schema';
import type { ReachOut as First, PersonToReach } from '@/utils/reach-out/available';

export interface ReachOutProps {
  /** Who to reach now and how; undefined while it is being read. */
  view: { first?: First; people: readonly PersonToReach[]; message: string } | undefined;
  /** The person reached out (to record it: who and which way, never the words). */
  onReach(contactId: string, channel: Channel): void;
  /** Where the person adds their people (shown when they have none). */
  peopleHref?: string;
  /** With no one to reach, where "Reach out" takes the person: the crisis lines. */
  onNoOne?(): void;
  /** Puts the focus on the first way as soon as it shows (a page that is only for reaching out). */
  autofocus?: boolean;
}

/** Each way of reaching someone, as the button that does it says. */
const WAY_WORDS: Record<Channel, (name: string) => string> = {
  call: (name) => i18n.t('reach.way.call', [name]),
  text: (name) => i18n.t('reach.way.text', [name]),
  email: (name) => i18n.t('reach.way.email', [name]),
  whatsapp: (name) => i18n.t('reach.way.whatsapp', [name]),
  signal: (name) => i18n.t('reach.way.signal', [name]),
  telegram: (name) => i18n.t('reach.way.telegram', [name]),
};

/** The QR code of the link, loaded only when a number shows (its library is not in the popup's first view). */
const PhoneCode = lazy(() => import('./PhoneCode').then((m) => ({ default: m.PhoneCode })));

/** Ways that may open nothing on a computer: the number is also shown large, to call or text from a phone. */
const PHONE_WAYS: ReadonlySet<Channel> = new Set(['call', 'text']);

/**
 * "Reach out": one click opens the first available person's preferred way, with the person's
 * words; "more" lists every person and every way. A call or a text also shows the number large,
 * with buttons to copy the number and the words, and a QR code of the link that a phone's camera
 * opens, for a computer that cannot call.
 */
export function ReachOut(props: ReachOutProps) {
  const [shown, setShown] = createSignal<{ name: string; address: string; channel: Channel; href: string }>();
  const [more, setMore] = createSignal(false);
  const [copied, setCopied] = createSignal('');

  const reached = (
    person: { contactId: string; name: string },
    way: { channel: Channel; address: string; href: string },
  ) => {
    props.onReach(person.contactId, way.channel);
    setCopied('');
    setShown(
      PHONE_WAYS.has(way.channel)
        ? { name: person.name, channel: way.channel, address: way.address, href: way.href }
        : undefined,
    );
  };
  const copy = (text: string) => {
    void navigator.clipboard?.writeText(text).then(
      () => setCopied(i18n.t('reach.copied')),
      () => setCopied(''),
    );
  };

  return (
    <div class="reach stack">
      <div class="row">
        <Show
          when={props.view?.first}
          fallback={
            <button
              type="button"
              class="reach-first"
              ref={(button) => props.autofocus && queueMicrotask(() => button.focus())}
              onClick={() => props.onNoOne?.()}
            >
              {i18n.t('reach.heading')}
            </button>
          }
        >
          {(first) => (
            <a
              ref={(link) => props.autofocus && queueMicrotask(() => link.focus())}
              class="button reach-first"
              href={first().href}
              target="_blank"
              rel="noopener noreferrer"
              onClick={() => reached(first(), first())}
            >
              {i18n.t('reach.button', [first().name])}
            </a>
          )}
        </Show>
        <Show when={(props.view?.people.length ?? 0) > 0}>
          <button
            type="button"
            class="quiet"
            aria-label={i18n.t('reach.more')}
            aria-expanded={more()}
            aria-controls="reach-more"
            onClick={() => setMore(!more())}
          >
            {i18n.t('reach.moreShort')}
          </button>
        </Show>
      </div>
      <Show when={shown()}>
        {(number) => (
          <section class="card number" aria-labelledby="number-heading">
            <h3 id="number-heading">{i18n.t('reach.numberHeading', [number().name])}</h3>
            <p class="big-number">{number().address}</p>
            <p class="hint">{i18n.t('reach.numberHint')}</p>
            <Suspense>
              <PhoneCode
                href={number().href}
                label={
                  number().channel === 'text'
                    ? i18n.t('reach.codeText', [number().name])
                    : i18n.t('reach.codeCall', [number().name])
                }
                bareLabel={
                  number().channel === 'text'
                    ? i18n.t('reach.codeTextBare', [number().name])
                    : i18n.t('reach.codeCall', [number().name])
                }
              />
            </Suspense>
            <div class="row">
              <button type="button" onClick={() => copy(number().address)}>
                {i18n.t('reach.copyNumber')}
              </button>
              <Show when={number().channel === 'text'}>
                <button type="button" onClick={() => copy(props.view?.message ?? '')}>
                  {i18n.t('reach.copyMessage')}
                </button>
              </Show>
            </div>
            <p role="status">{copied()}</p>
          </section>
        )}
      </Show>
      <Show when={props.view && props.view.people.length === 0}>
        <p class="hint">
          {i18n.t('reach.noPeople')}{' '}
          <Show when={props.peopleHref}>
            {(href) => (
              <a href={href()} target="_blank" rel="noopener noreferrer">
                {i18n.t('reach.addPeople')}
              </a>
            )}
          </Show>
        </p>
      </Show>
      <Show when={more()}>
        <div id="reach-more" class="more">
          <ul class="plain">
            <For each={props.view?.people}>
              {(person) => (
                <li class="stack">
                  <p>
                    <strong>{person.name}</strong>{' '}
                    <Show when={person.available}>
                      <span class="hint">{i18n.t('reach.usuallyThere')}</span>
                    </Show>
                  </p>
                  <div class="row">
                    <For each={person.ways}>
                      {(way) => (
                        <a
                          class="button"
                          href={way.href}
                          target="_blank"
                          rel="noopener noreferrer"
                          onClick={() => reached({ contactId: person.id, name: person.name }, way)}
                        >
                          {WAY_WORDS[way.channel](person.name)}
                        </a>
                      )}
                    </For>
                  </div>
                </li>
              )}
            </For>
          </ul>
        </div>
      </Show>
    </div>
  );
}
