import { For, Show } from 'solid-js';
import { copy } from '@/utils/copy';
import { SITE_WHENS, type TriggerSite, WARNING_LEVELS } from '@/utils/db/schema';
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

/** A select among `options`, each shown by its name, labelled for screen readers. */
function Choice<T extends string>(props: {
  label: string;
  options: readonly T[];
  names: Record<T, string>;
  value: T;
  onChange(value: T): void;
}) {
  return (
    <select aria-label={props.label} onChange={(event) => props.onChange(event.currentTarget.value as T)}>
      <For each={props.options}>
        {(option) => (
          <option value={option} selected={props.value === option}>
            {props.names[option]}
          </option>
        )}
      </For>
    </select>
  );
}

/** The person's trigger sites, each with its state and what can be done with it. */
export function SiteList(props: SiteListProps) {
  return (
    <Show when={props.sites.length > 0} fallback={<p>{copy.sites.empty}</p>}>
      <ul class="plain" aria-label={copy.sites.heading}>
        <For each={props.sites}>
          {(site) => {
            const name = describePattern(site);
            return (
              <li class="card stack">
                <div>
                  <strong>{name}</strong>{' '}
                  <span class="hint">
                    {site.path ? '' : site.scope === 'site' ? copy.sites.andSubdomains : copy.sites.onlyThisAddress}
                  </span>
                </div>
                <Show when={props.access[site.id] !== undefined}>
                  <p class="hint">{props.access[site.id] ? copy.sites.active : copy.sites.needsPermission}</p>
                </Show>
                <div class="row">
                  <Choice
                    label={copy.sites.levelLabel(name)}
                    options={WARNING_LEVELS}
                    names={copy.sites.levels}
                    value={site.level}
                    onChange={(level) => props.onChange(site, { level })}
                  />
                  <Choice
                    label={copy.sites.whenLabel(name)}
                    options={SITE_WHENS}
                    names={copy.sites.whens}
                    value={site.when}
                    onChange={(when) => props.onChange(site, { when })}
                  />
                </div>
                <div class="row">
                  <Show when={props.access[site.id] === false}>
                    <button type="button" class="primary" onClick={() => props.onGrant(site)}>
                      {copy.sites.grant(name)}
                    </button>
                  </Show>
                  <button type="button" onClick={() => props.onRemove(site)}>
                    {copy.sites.remove(name)}
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
