import { For, Show } from 'solid-js';
import { copy } from '@/utils/copy';
import type { TriggerSite, WarningLevel } from '@/utils/db/schema';
import { describePattern } from '@/utils/triggers/site-pattern';

export interface SiteListProps {
  sites: readonly TriggerSite[];
  onRemove(site: TriggerSite): void;
  /** Called in the click, so the caller can ask for the permission within the gesture. */
  onGrant(site: TriggerSite): void;
  onChange(site: TriggerSite, changes: Partial<Pick<TriggerSite, 'level' | 'when'>>): void;
}

const LEVELS: WarningLevel[] = ['gentle', 'pause', 'firm'];
const WHENS: Array<TriggerSite['when']> = ['always', 'hard-times'];

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
                <p class="hint">{site.status === 'active' ? copy.sites.active : copy.sites.needsPermission}</p>
                <div class="row">
                  <select
                    aria-label={copy.sites.levelLabel(name)}
                    onChange={(event) => props.onChange(site, { level: event.currentTarget.value as WarningLevel })}
                  >
                    <For each={LEVELS}>
                      {(level) => (
                        <option value={level} selected={site.level === level}>
                          {copy.sites.levels[level]}
                        </option>
                      )}
                    </For>
                  </select>
                  <select
                    aria-label={copy.sites.whenLabel(name)}
                    onChange={(event) =>
                      props.onChange(site, { when: event.currentTarget.value as TriggerSite['when'] })
                    }
                  >
                    <For each={WHENS}>
                      {(when) => (
                        <option value={when} selected={site.when === when}>
                          {copy.sites.whens[when]}
                        </option>
                      )}
                    </For>
                  </select>
                </div>
                <div class="row">
                  <Show when={site.status === 'needs-permission'}>
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
