import { createResource } from 'solid-js';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { CrisisLines } from '@/components/CrisisLines';
import { crisisLinesFor } from '@/utils/crisis-lines';
import { readHelpCopy } from '@/utils/help-copy';

/**
 * The crisis lines when the database cannot be read: from the copy the background keeps in
 * storage.local (the United States lines, marked as such, when there is none).
 */
export function LinesAnyway() {
  const [copy] = createResource(() => readHelpCopy((key) => browser.storage.local.get(key)));
  const shown = () => crisisLinesFor(copy()?.lines ?? [], copy()?.country);
  return <CrisisLines lines={shown().lines} region={shown().region} />;
}

/** The whole page, when Steady cannot open its database: what happened, a way to try again, and the lines. */
export function Trouble() {
  return (
    <section class="stack section" aria-labelledby="trouble-heading">
      <h2 id="trouble-heading">{i18n.t('trouble.heading')}</h2>
      <p>{i18n.t('trouble.intro')}</p>
      <div class="row">
        <button type="button" onClick={() => location.reload()}>
          {i18n.t('trouble.retry')}
        </button>
      </div>
      <LinesAnyway />
    </section>
  );
}

/** One section that failed: the others and the lines are still there. */
export function SectionTrouble() {
  return (
    <section class="stack section" aria-labelledby="trouble-heading">
      <h2 id="trouble-heading">{i18n.t('trouble.section')}</h2>
      <LinesAnyway />
    </section>
  );
}
