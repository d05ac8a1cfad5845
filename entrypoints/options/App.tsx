import { createResource, createSignal, onCleanup, onMount, Show } from 'solid-js';
import { browser } from 'wxt/browser';
import { CrisisLines } from '@/components/CrisisLines';
import { PlanEditor } from '@/components/PlanEditor';
import { type SettingsChanges, SettingsForm } from '@/components/SettingsForm';
import { SiteBatchForm, SiteForm } from '@/components/SiteForm';
import { SiteList } from '@/components/SiteList';
import { TimeForm } from '@/components/TimeForm';
import { TimeList } from '@/components/TimeList';
import { hasAccess } from '@/utils/background/enforce';
import { copy } from '@/utils/copy';
import { PLAN_SECTIONS, planRepo } from '@/utils/db/plan';
import type { PlanSectionId, SitePattern, TriggerSite, TriggerTime, TriggerTimeRule } from '@/utils/db/schema';
import { settingsRepo } from '@/utils/db/settings';
import { sitesRepo } from '@/utils/db/sites';
import { timesRepo } from '@/utils/db/times';
import { changeSite, flagSites, messageFor, notifyChanged, removeSite, requestAccess } from '@/utils/site-actions';
import { describePattern } from '@/utils/triggers/site-pattern';

/** The options page: trigger sites, hard times, the plan, how check-ins behave, and help. */
export function App() {
  const [sites, { refetch }] = createResource(() => sitesRepo().list(), { initialValue: [] });
  const [times, { refetch: refetchTimes }] = createResource(
    async () => (await timesRepo().list()).sort((a, b) => a.createdAt - b.createdAt),
    { initialValue: [] },
  );
  const [plan, { refetch: refetchPlan }] = createResource(async () =>
    Object.fromEntries((await planRepo().list()).map((section) => [section.id, section.items])),
  );
  const [settings, { refetch: refetchSettings }] = createResource(() => settingsRepo().get());
  const [status, setStatus] = createSignal('');
  const [timeStatus, setTimeStatus] = createSignal('');
  const [editing, setEditing] = createSignal<TriggerTime>();

  // Access is the browser's fact: ask it for each site, and again whenever permissions change.
  const [access, { refetch: refetchAccess }] = createResource(
    sites,
    async (list) => Object.fromEntries(await Promise.all(list.map(async (s) => [s.id, await hasAccess(s)] as const))),
    { initialValue: {} },
  );
  const onPermissions = () => void refetchAccess();
  onMount(() => {
    browser.permissions.onAdded.addListener(onPermissions);
    browser.permissions.onRemoved.addListener(onPermissions);
  });
  onCleanup(() => {
    browser.permissions.onAdded.removeListener(onPermissions);
    browser.permissions.onRemoved.removeListener(onPermissions);
  });

  const add = (patterns: SitePattern[]): Promise<string | undefined> => {
    const result = flagSites(patterns, sites());
    if (!result.ok) return Promise.resolve(result.message);
    const names = patterns.length > 3 ? copy.sites.count(patterns.length) : patterns.map(describePattern).join(', ');
    void result.granted.then(async (granted) => {
      await refetch();
      await refetchAccess();
      if (!granted) setStatus(copy.sites.addedNoAccess(names));
    });
    return result.saved.then(
      async () => {
        await refetch();
        setStatus(copy.sites.added(names));
        return undefined;
      },
      async (error) => {
        await refetch();
        return messageFor(error);
      },
    );
  };

  const remove = (site: TriggerSite) => {
    void removeSite(site, sites()).then(
      async () => {
        await refetch();
        setStatus(copy.sites.removed(describePattern(site)));
      },
      (error) => setStatus(messageFor(error)),
    );
  };

  const grant = (site: TriggerSite) => {
    void requestAccess([site]).then(async () => {
      await notifyChanged();
      await refetchAccess();
    });
  };

  const change = (site: TriggerSite, changes: Partial<Pick<TriggerSite, 'level' | 'when'>>) => {
    void changeSite(site, changes).then(
      async () => {
        await refetch();
        setStatus(copy.sites.saved);
      },
      (error) => setStatus(messageFor(error)),
    );
  };

  const saveTime = (label: string, rule: TriggerTimeRule) => {
    const changing = editing();
    const saved = changing ? timesRepo().update(changing.id, { label, rule }) : timesRepo().put({ label, rule });
    return saved.then(
      async () => {
        await notifyChanged();
        await refetchTimes();
        setEditing(undefined);
        setTimeStatus(changing ? copy.times.changed(label) : copy.times.added(label));
        return undefined;
      },
      (error) => messageFor(error),
    );
  };

  const removeTime = (time: TriggerTime) => {
    void timesRepo()
      .remove(time.id)
      .then(async () => {
        await notifyChanged();
        await refetchTimes();
        setTimeStatus(copy.times.removed(time.label));
      });
  };

  const savePlan = async (items: Record<PlanSectionId, string[]>) => {
    try {
      await planRepo().saveAll(items);
      await refetchPlan();
      return undefined;
    } catch (error) {
      return messageFor(error);
    }
  };

  const saveSettings = (changes: SettingsChanges) =>
    settingsRepo()
      .update(changes)
      .then(
        async () => {
          await refetchSettings();
          await notifyChanged();
          return undefined;
        },
        (error) => messageFor(error),
      );

  return (
    <main class="stack">
      <h1>{copy.appName}</h1>
      <section aria-labelledby="sites-heading" class="stack">
        <h2 id="sites-heading">{copy.sites.heading}</h2>
        <p>{copy.sites.intro}</p>
        <SiteForm onAdd={add} />
        <SiteBatchForm onAdd={add} />
        <p role="status">{status()}</p>
        <SiteList sites={sites()} access={access()} onRemove={remove} onGrant={grant} onChange={change} />
      </section>
      <section id="times" aria-labelledby="times-heading" class="stack">
        <h2 id="times-heading">{copy.times.heading}</h2>
        <p>{copy.times.intro}</p>
        <p role="status">{timeStatus()}</p>
        <TimeList times={times()} onRemove={removeTime} onEdit={setEditing} />
        <Show when={editing()} keyed fallback={<TimeForm onSave={saveTime} />}>
          {(time) => <TimeForm initial={time} onSave={saveTime} onCancel={() => setEditing(undefined)} />}
        </Show>
      </section>
      <section id="plan" aria-labelledby="plan-heading" class="stack">
        <h2 id="plan-heading">{copy.plan.heading}</h2>
        <p>{copy.plan.intro}</p>
        <Show when={plan()}>
          {(items) => <PlanEditor sections={PLAN_SECTIONS} items={items()} onSave={savePlan} />}
        </Show>
      </section>
      <section aria-labelledby="settings-heading" class="stack">
        <h2 id="settings-heading">{copy.settings.heading}</h2>
        <Show when={settings()}>{(current) => <SettingsForm settings={current()} onSave={saveSettings} />}</Show>
      </section>
      <div id="reach-out">
        <CrisisLines />
      </div>
    </main>
  );
}
