import { createResource, createSignal, onCleanup, onMount } from 'solid-js';
import { browser } from 'wxt/browser';
import { CrisisLines } from '@/components/CrisisLines';
import { SiteForm } from '@/components/SiteForm';
import { SiteList } from '@/components/SiteList';
import { copy } from '@/utils/copy';
import type { TriggerSite } from '@/utils/db/schema';
import { sitesRepo } from '@/utils/db/sites';
import { GUARD_KEY } from '@/utils/guard-state';
import { describePattern, flagSite, messageFor, notifyChanged, removeSite, requestAccess } from '@/utils/site-actions';

/** The options page: the person's trigger sites (more sections come with their issues). */
export function App() {
  const [sites, { refetch }] = createResource(() => sitesRepo().list(), { initialValue: [] });
  const [status, setStatus] = createSignal('');

  // The background marks sites active or not as permissions change: follow it.
  const onStorage = (changes: Record<string, unknown>) => {
    if (GUARD_KEY in changes) void refetch();
  };
  onMount(() => browser.storage.local.onChanged.addListener(onStorage));
  onCleanup(() => browser.storage.local.onChanged.removeListener(onStorage));

  const add = (text: string): Promise<string | undefined> => {
    const result = flagSite(text, sites());
    if (!result.ok) return Promise.resolve(result.message);
    void result.granted.then(async (granted) => {
      await refetch();
      if (!granted) setStatus(copy.sites.addedNoAccess(text.trim()));
    });
    return result.saved.then(
      async (site) => {
        await refetch();
        setStatus(copy.sites.added(describePattern(site)));
        return undefined;
      },
      (error) => messageFor(error),
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
    void requestAccess(site).then(async () => {
      await notifyChanged();
      await refetch();
    });
  };

  return (
    <main class="stack">
      <h1>{copy.appName}</h1>
      <section aria-labelledby="sites-heading" class="stack">
        <h2 id="sites-heading">{copy.sites.heading}</h2>
        <p>{copy.sites.intro}</p>
        <SiteForm onAdd={add} />
        <p role="status">{status()}</p>
        <SiteList sites={sites()} onRemove={remove} onGrant={grant} />
      </section>
      <CrisisLines />
    </main>
  );
}
