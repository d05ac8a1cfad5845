import { For, Show } from 'solid-js';
import { i18n } from '#i18n';
import { SITE_WHENS, type SiteWhen, type TriggerSite, WARNING_LEVELS, type WarningLevel } from '@/utils/db/schema';
import { describePattern } from '@/utils/triggers/site-pattern';

export interface SiteListProps {
  sites: readonly TriggerSite[];
  /** Whether the browser gives Steady access to each site, by id (absent: not known yet). */
  access: Readonly<Record<string, boolean>>;
  onRemove(site: TriggerSite): void;
  /** Called in the click, so the caller can ask for the permission within the gesture. */
  onGrant(site: TriggerSite): void;
  onChange(site: TriggerSite, changes: Partial<Pick<TriggerSite, 'level' | 'when'>>): void;
}

export const LEVEL_NAMES: Record<WarningLevel, () => string> = {
  gentle: () => i18n.t('sites.levels.gentle'),
  pause: () => i18n.t('sites.levels.pause'),
  firm: () => i18n.t('sites.levels.firm'),
};
export const WHEN_NAMES: Record<SiteWhen, () => string> = {
  always: () => i18n.t('sites.whens.always'),
  'hard-times': () => i18n.t('sites.whens.hardTimes'),
};

/** A select among `options`, each shown by its name, labelled for screen readers. */
export function Choice<T extends string>(props: {
  label: string;
  options: readonly T[];
  names: Record<T, () => string>;
  value: T;
  onChange(value: T): void;
}) {
  return (
    <select aria-label={props.label} onChange={(event) => props.onChange(event.currentTarget.value as T)}>
      <For each={props.options}>
        {(option) => (
          <option value={option} selected={props.value === option}>
            {props.names[option]()}
          </option>
        )}
      </For>
    </select>
  );
}

/** How firm a rule is and when it applies (a site's, or a search word's): two selects in a row. */
export function RulingChoices(props: {
  levelLabel: string;
  whenLabel: string;
  value: { level: WarningLevel; when: SiteWhen };
  onChange(changes: { level: WarningLevel } | { when: SiteWhen }): void;
}) {
  return (
    <div class="row">
      <Choice
        label={props.levelLabel}
        options={WARNING_LEVELS}
        names={LEVEL_NAMES}
        value={props.value.level}
        onChange={(level) => props.onChange({ level })}
      />
      <Choice
        label={props.whenLabel}
        options={SITE_WHENS}
        names={WHEN_NAMES}
        value={props.value.when}
        onChange={(when) => props.onChange({ when })}
      />
    </div>
  );
}

/** The person's trigger sites, each with its state and what can be done with it. */
export function SiteList(props: SiteListProps) {
  return (
    <Show when={props.sites.length > 0} fallback={<p>{i18n.t('sites.empty')}</p>}>
      <ul class="plain" aria-label={i18n.t('sites.heading')}>
        <For each={props.sites}>
          {(site) => {
            const name = describePattern(site);
            return (
              <li class="card stack">
                <div>
                  <strong>{name}</strong>{' '}
                  <span class="hint">
                    {site.path
                      ? ''
                      : site.scope === 'site'
                        ? i18n.t('sites.andSubdomains')
                        : i18n.t('sites.onlyThisAddress')}
                  </span>
                </div>
                <Show when={props.access[site.id] !== undefined}>
                  <p class="hint">{props.access[site.id] ? i18n.t('sites.active') : i18n.t('sites.needsPermission')}</p>
                </Show>
                <RulingChoices
                  levelLabel={i18n.t('sites.levelLabel', [name])}
                  whenLabel={i18n.t('sites.whenLabel', [name])}
                  value={site}
                  onChange={(changes) => props.onChange(site, changes)}
                />
                <div class="row">
                  <Show when={props.access[site.id] === false}>
                    <button type="button" class="primary" onClick={() => props.onGrant(site)}>
                      {i18n.t('sites.grant', [name])}
                    </button>
                  </Show>
                  <button type="button" onClick={() => props.onRemove(site)}>
                    {i18n.t('sites.remove', [name])}
                  </button>
                </div>
              </li>
            );
          }}
        </For>
      </ul>
    </Show>
  );
}
