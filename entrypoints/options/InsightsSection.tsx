import { createResource, createSignal, Match, Switch } from 'solid-js';
import { i18n } from '#i18n';
import { Patterns } from '@/components/insights/Patterns';
import { Suggestions } from '@/components/insights/Suggestions';
import { acceptHardTime, readInsights, setSuggestionAside } from '@/utils/commands/insights';
import type { Done } from '@/utils/commands/run';
import { changeSite, flagSites, listSites } from '@/utils/commands/sites';
import type { Insights } from '@/utils/insights/accumulator';
import { DISMISS_DAYS, type Suggestion } from '@/utils/insights/suggestions';
import { describeRule } from '@/utils/words/hard-times';
import { problemWords } from '@/utils/words/problems';
import { Section } from './Section';

/**
 * What the person's history shows: ideas to act on (a hard time, a site to flag or make
 * firmer), then the patterns, each with what it rests on. Worked out here, in slices, so the
 * page answers the person while it reads a long history.
 */
export function InsightsSection() {
  const [answer, setAnswer] = createSignal<'working' | 'ready' | 'failed'>('working');
  const [insights, setInsights] = createSignal<Insights>();
  const [status, setStatus] = createSignal('');
  // Flagging asks the browser for access in the click itself: the sites must be at hand by then.
  const [sites, { refetch: refetchSites }] = createResource(listSites, { initialValue: [] });

  const load = async () => {
    setAnswer('working');
    try {
      setInsights(await readInsights());
      setAnswer('ready');
    } catch (error) {
      console.error('Steady could not work out insights', error);
      setAnswer('failed');
    }
  };
  void load();

  /** Takes a suggestion off the list once it is dealt with. */
  const settle = (suggestion: Suggestion, words: string) => {
    const now = insights();
    if (now) setInsights({ ...now, suggestions: now.suggestions.filter((s) => s.key !== suggestion.key) });
    setStatus(words);
  };
  const after = <T,>(done: Promise<Done<T>>, suggestion: Suggestion, words: () => string) =>
    void done.then((result) => (result.ok ? settle(suggestion, words()) : setStatus(problemWords(result.problem))));

  const accept = (suggestion: Suggestion) => {
    switch (suggestion.kind) {
      case 'hard-time':
        return after(acceptHardTime(suggestion, i18n.t('insights.ideas.hardTimeLabel')), suggestion, () =>
          i18n.t('insights.ideas.hardTimeAdded', [describeRule(suggestion.rule)]),
        );
      case 'flag-site': {
        const started = flagSites([{ host: suggestion.host, scope: 'site' }], sites());
        if (!started.ok) return setStatus(problemWords(started.problem));
        return after(
          started.saved.then(async (done) => {
            await refetchSites();
            return done;
          }),
          suggestion,
          () => i18n.t('insights.ideas.flagged', [suggestion.host]),
        );
      }
      case 'firmer-site':
        return after(changeSite({ id: suggestion.siteId }, { level: suggestion.to }), suggestion, () =>
          i18n.t('insights.ideas.madeFirmer', [suggestion.host]),
        );
    }
  };

  return (
    <Section id="insights" heading={i18n.t('insights.heading')} intro={i18n.t('insights.intro')}>
      <p role="status" class="status">
        {answer() === 'working' ? i18n.t('insights.working') : status()}
      </p>
      <Switch>
        <Match when={answer() === 'failed'}>
          <p>{i18n.t('insights.failed')}</p>
          <button type="button" onClick={() => void load()}>
            {i18n.t('insights.retry')}
          </button>
        </Match>
        <Match when={insights()}>
          {(shown) => (
            <>
              <Suggestions
                suggestions={shown().suggestions}
                onAccept={accept}
                onSetAside={(suggestion) =>
                  after(setSuggestionAside(suggestion.key), suggestion, () =>
                    i18n.t('insights.ideas.setAside', [String(DISMISS_DAYS)]),
                  )
                }
              />
              <Patterns insights={shown()} />
            </>
          )}
        </Match>
      </Switch>
    </Section>
  );
}
