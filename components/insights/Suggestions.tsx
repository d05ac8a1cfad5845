import { createUniqueId, For, Match, Show, Switch } from 'solid-js';
import { i18n } from '#i18n';
import { LEVEL_NAMES } from '@/components/SiteList';
import type { Suggestion } from '@/utils/insights/suggestions';
import { describeRule } from '@/utils/words/hard-times';

export interface SuggestionsProps {
  suggestions: readonly Suggestion[];
  /** Takes the suggestion (call in the click: flagging a site asks the browser for access). */
  onAccept(suggestion: Suggestion): void;
  /** Sets it aside for a while. */
  onSetAside(suggestion: Suggestion): void;
}

const urges = (n: number) => i18n.t('insights.urges', n);
const warnings = (n: number) => i18n.t('insights.warningsCount', n);

/**
 * Ideas from the person's history, each with why it is offered and two plain choices: take it,
 * or not now. Nothing changes until the person chooses.
 */
export function Suggestions(props: SuggestionsProps) {
  return (
    <section class="stack" aria-labelledby="ideas-heading">
      <h3 id="ideas-heading">{i18n.t('insights.ideas.heading')}</h3>
      <p class="hint">{i18n.t('insights.ideas.intro')}</p>
      <Show when={props.suggestions.length > 0} fallback={<p>{i18n.t('insights.ideas.none')}</p>}>
        <ul class="plain ideas">
          <For each={props.suggestions}>
            {(suggestion) => {
              const heading = createUniqueId();
              return (
                <li class="idea card stack" aria-labelledby={heading}>
                  <Switch>
                    <Match when={suggestion.kind === 'hard-time' && suggestion}>
                      {(idea) => (
                        <>
                          <h4 id={heading}>{i18n.t('insights.ideas.hardTime', [describeRule(idea().rule)])}</h4>
                          <p>
                            {i18n.t('insights.ideas.hardTimeWhy', [
                              urges(idea().evidence.urges),
                              String(idea().evidence.weeks),
                              String(Math.round(idea().evidence.lookbackDays / 7)),
                            ])}
                          </p>
                        </>
                      )}
                    </Match>
                    <Match when={suggestion.kind === 'flag-site' && suggestion}>
                      {(idea) => (
                        <>
                          <h4 id={heading}>{i18n.t('insights.ideas.flagSite', [idea().host])}</h4>
                          <p>
                            {i18n.t('insights.ideas.flagSiteWhy', [
                              urges(idea().evidence.urges),
                              warnings(idea().evidence.warnings),
                              String(idea().evidence.lookbackDays),
                            ])}
                          </p>
                        </>
                      )}
                    </Match>
                    <Match when={suggestion.kind === 'firmer-site' && suggestion}>
                      {(idea) => (
                        <>
                          <h4 id={heading}>{i18n.t('insights.ideas.firmer', [idea().host])}</h4>
                          <p>
                            {i18n.t('insights.ideas.firmerWhy', [
                              warnings(idea().evidence.warnings),
                              String(idea().evidence.lookbackDays),
                              String(idea().evidence.continued),
                            ])}
                          </p>
                          <p>{i18n.t('insights.ideas.firmerTo', [LEVEL_NAMES[idea().to]()])}</p>
                        </>
                      )}
                    </Match>
                  </Switch>
                  <div class="row">
                    <button
                      type="button"
                      class="primary"
                      aria-describedby={heading}
                      onClick={() => props.onAccept(suggestion)}
                    >
                      {acceptWords(suggestion)}
                    </button>
                    <button type="button" aria-describedby={heading} onClick={() => props.onSetAside(suggestion)}>
                      {i18n.t('insights.ideas.notNow')}
                    </button>
                  </div>
                </li>
              );
            }}
          </For>
        </ul>
      </Show>
    </section>
  );
}

/** The button that takes a suggestion, named for what it does. */
export function acceptWords(suggestion: Suggestion): string {
  switch (suggestion.kind) {
    case 'hard-time':
      return i18n.t('insights.ideas.addHardTime');
    case 'flag-site':
      return i18n.t('insights.ideas.flag', [suggestion.host]);
    case 'firmer-site':
      return i18n.t('insights.ideas.makeFirmer', [suggestion.host]);
  }
}
