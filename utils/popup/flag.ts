import { i18n } from '#i18n';
import { flagSites } from '@/utils/commands/sites';
import type { SitePattern, TriggerSite } from '@/utils/db/schema';
import { describePattern } from '@/utils/triggers/site-pattern';
import { problemWords } from '@/utils/words/problems';

/**
 * Flags a page from the popup, asking for its host in the same click (call it in the click
 * handler: the permission prompt needs the gesture). Resolves to the refusal's words, or
 * undefined once it is saved; `afterAsking` hears whether access was granted, with what to say
 * when it was not.
 */
export function flagFromPopup(
  pattern: SitePattern,
  sites: readonly TriggerSite[],
  afterAsking: (words: string | undefined) => void,
): Promise<string | undefined> {
  const started = flagSites([pattern], [...sites]);
  if (!started.ok) return Promise.resolve(problemWords(started.problem));
  void started.granted.then((granted) =>
    afterAsking(granted ? undefined : i18n.t('popup.flaggedNoAccess', [describePattern(pattern)])),
  );
  return started.saved.then((done) => (done.ok ? undefined : problemWords(done.problem)));
}
