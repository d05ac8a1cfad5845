import { For, Show } from 'solid-js';
import { i18n } from '#i18n';
import { type HelpLink, MEETING_LINKS, TREATMENT_LINKS } from '@/utils/find-help';

const NAMES: Record<HelpLink['id'], () => string> = {
  findtreatment: () => i18n.t('findHelp.links.findtreatment.name'),
  'samhsa-helpline': () => i18n.t('findHelp.links.samhsaHelpline', [i18n.t('crisis.samhsa.name')]),
  'na-meetings': () => i18n.t('findHelp.links.naMeetings.name'),
  'smart-meetings': () => i18n.t('findHelp.links.smartMeetings.name'),
};
const ABOUT: Record<HelpLink['id'], () => string> = {
  findtreatment: () => i18n.t('findHelp.links.findtreatment.about'),
  'samhsa-helpline': () => i18n.t('crisis.samhsa.about'),
  'na-meetings': () => i18n.t('findHelp.links.naMeetings.about'),
  'smart-meetings': () => i18n.t('findHelp.links.smartMeetings.about'),
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
 * opened in a new tab only when clicked. Shown only where they are the person's own country's
 * (`inUs`: utils/find-help.ts findHelpShown). `id` keeps the headings' ids apart.
 */
export function FindHelp(props: { inUs: boolean; id: string }) {
  return (
    <Show when={props.inUs}>
      <div class="find-help stack">
        <Links id={`${props.id}-meetings`} heading={i18n.t('findHelp.meetings')} links={MEETING_LINKS} />
        <Links id={`${props.id}-treatment`} heading={i18n.t('findHelp.treatment')} links={TREATMENT_LINKS} />
      </div>
    </Show>
  );
}
