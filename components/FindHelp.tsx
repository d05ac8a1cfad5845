import { For, Show } from 'solid-js';
import { i18n } from '#i18n';
import { findHelpFor, type HelpLink } from '@/utils/find-help';

const NAMES: Record<HelpLink['id'], () => string> = {
  findtreatment: () => i18n.t('findHelp.links.findtreatment.name'),
  'samhsa-helpline': () => i18n.t('findHelp.links.samhsaHelpline', [i18n.t('crisis.samhsa.name')]),
  'na-meetings': () => i18n.t('findHelp.links.naMeetings.name'),
  'smart-meetings': () => i18n.t('findHelp.links.smartMeetings.name'),
  'linea-vida': () => i18n.t('findHelp.links.lineaVida.name'),
};
const ABOUT: Record<HelpLink['id'], () => string> = {
  findtreatment: () => i18n.t('findHelp.links.findtreatment.about'),
  'samhsa-helpline': () => i18n.t('crisis.samhsa.about'),
  'na-meetings': () => i18n.t('findHelp.links.naMeetings.about'),
  'smart-meetings': () => i18n.t('findHelp.links.smartMeetings.about'),
  'linea-vida': () => i18n.t('findHelp.links.lineaVida.about'),
};

function Links(props: { id: string; heading: string; links: readonly HelpLink[] }) {
  return (
    <section class="stack" aria-labelledby={props.id}>
      <h3 id={props.id}>{props.heading}</h3>
      <ul class="plain stack">
        <For each={props.links}>
          {(link) => (
            <li>
              <a href={link.href} target="_blank" rel="noopener noreferrer">
                {NAMES[link.id]()}
              </a>{' '}
              <span class="hint">{ABOUT[link.id]()}</span>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}

/**
 * "Find a meeting" and "Find treatment" (utils/find-help.ts, each with its source): plain links,
 * opened in a new tab only when clicked. Only the person's own country's (the United States when
 * none is chosen), and a heading only over links. `id` keeps the headings' ids apart.
 */
export function FindHelp(props: { country: string | undefined; id: string }) {
  return (
    <Show when={findHelpFor(props.country)}>
      {(help) => (
        <div class="find-help stack">
          <Show when={help().meetings.length > 0}>
            <Links id={`${props.id}-meetings`} heading={i18n.t('findHelp.meetings')} links={help().meetings} />
          </Show>
          <Links id={`${props.id}-treatment`} heading={i18n.t('findHelp.treatment')} links={help().treatment} />
        </div>
      )}
    </Show>
  );
}
