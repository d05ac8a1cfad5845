import { createUniqueId } from 'solid-js';
import { i18n } from '#i18n';

/**
 * Whether Steady runs in private windows, said plainly, and where the person changes it in their
 * browser. It is the person's choice: nothing here asks them to turn it on.
 */
export function PrivateWindows(props: { allowed: boolean | undefined; firefox: boolean }) {
  const state = () =>
    props.allowed === undefined
      ? i18n.t('privateWindows.unknown')
      : props.allowed
        ? i18n.t('privateWindows.on')
        : i18n.t('privateWindows.off');
  const id = createUniqueId();
  return (
    <section class="stack private-windows" aria-labelledby={id}>
      <h3 id={id}>{i18n.t('privateWindows.heading')}</h3>
      <p>{state()}</p>
      <p class="hint">{props.firefox ? i18n.t('privateWindows.howFirefox') : i18n.t('privateWindows.howChrome')}</p>
    </section>
  );
}
