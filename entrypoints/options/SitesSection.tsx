import { createMemo, createResource, createSignal, onCleanup, onMount, Show } from 'solid-js';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { FirmUntil } from '@/components/FirmUntil';
import { PrivateWindows } from '@/components/PrivateWindows';
import { SiteBatchForm, SiteForm } from '@/components/SiteForm';
import { SiteList } from '@/components/SiteList';
import { endFirmUntil } from '@/utils/commands/firm';
import { readSettings } from '@/utils/commands/settings';
import { allowSite, changeSite, flagSites, listSites, removeSite, siteAccess } from '@/utils/commands/sites';
import type { SitePattern, TriggerSite } from '@/utils/db/schema';
import { runsInPrivateWindows } from '@/utils/private-windows';
import { systemZone } from '@/utils/time/zone';
import { FIRM_END_PAUSE_MS } from '@/utils/triggers/firm-until';
import { describePattern } from '@/utils/triggers/site-pattern';
import { describeFirmUntil } from '@/utils/words/firm';
import { problemWords } from '@/utils/words/problems';
import { Section } from './Section';

/** Trigger sites: add (one, or a pasted list), change how firm and when, allow, remove. */
export function SitesSection() {
  const [sites, { refetch }] = createResource(listSites, { initialValue: [] });
  // Access is the browser's fact: ask it for each site, and again whenever permissions change.
  const [access, { refetch: refetchAccess }] = createResource(sites, siteAccess, { initialValue: {} });
  const [status, setStatus] = createSignal('');
  // "Firm until": what holds now, gone on time by itself; ended early only here, after a pause.
  const [settings, { refetch: refetchSettings }] = createResource(readSettings);
  const [now, setNow] = createSignal(Date.now());
  const firmWords = createMemo(() => {
    const until = settings()?.firmUntil;
    if (until === undefined || until <= now()) return undefined;
    const timer = setTimeout(() => setNow(Date.now()), until - now());
    onCleanup(() => clearTimeout(timer));
    return describeFirmUntil(until, now(), systemZone());
  });
  const endFirm = () =>
    void endFirmUntil().then(async (done) => {
      await refetchSettings();
      setNow(Date.now());
      setStatus(done.ok ? i18n.t('firm.ended') : problemWords(done.problem));
    });
  const onPermissions = () => void refetchAccess();
  // Private windows are the browser's fact too: asked again when the person comes back to the page.
  const [privateWindows, { refetch: refetchPrivate }] = createResource(runsInPrivateWindows);
  const onVisible = () => {
    if (document.visibilityState === 'visible') void refetchPrivate();
  };
  onMount(() => {
    browser.permissions.onAdded.addListener(onPermissions);
    browser.permissions.onRemoved.addListener(onPermissions);
    document.addEventListener('visibilitychange', onVisible);
  });
  onCleanup(() => {
    browser.permissions.onAdded.removeListener(onPermissions);
    browser.permissions.onRemoved.removeListener(onPermissions);
    document.removeEventListener('visibilitychange', onVisible);
  });

  const add = (patterns: SitePattern[]): Promise<string | undefined> => {
    const started = flagSites(patterns, sites());
    if (!started.ok) return Promise.resolve(problemWords(started.problem));
    const names =
      patterns.length > 3 ? i18n.t('sites.count', patterns.length) : patterns.map(describePattern).join(', ');
    void started.granted.then(async (granted) => {
      await refetchAccess();
      if (!granted) setStatus(i18n.t('sites.addedNoAccess', [names]));
    });
    return started.saved.then(async (done) => {
      await refetch();
      if (!done.ok) return problemWords(done.problem);
      setStatus(i18n.t('sites.added', [names]));
      return undefined;
    });
  };

  const remove = (site: TriggerSite) => {
    void removeSite(site).then(async (done) => {
      await refetch();
      setStatus(done.ok ? i18n.t('sites.removed', [describePattern(site)]) : problemWords(done.problem));
    });
  };

  const change = (site: TriggerSite, changes: Partial<Pick<TriggerSite, 'level' | 'when'>>) => {
    void changeSite(site, changes).then(async (done) => {
      await refetch();
      setStatus(done.ok ? i18n.t('common.saved') : problemWords(done.problem));
    });
  };

  return (
    <Section id="sites" heading={i18n.t('sites.heading')} intro={i18n.t('sites.intro')}>
      <SiteForm onAdd={add} />
      <SiteBatchForm onAdd={add} />
      <p role="status">{status()}</p>
      <FirmUntil holding={firmWords()} pauseMs={FIRM_END_PAUSE_MS} onEnd={endFirm} />
      <SiteList
        sites={sites()}
        access={access()}
        onRemove={remove}
        onGrant={(site) => void allowSite(site).then(() => refetchAccess())}
        onChange={change}
      />
      <Show when={!privateWindows.loading}>
        <PrivateWindows allowed={privateWindows()} firefox={import.meta.env.FIREFOX} />
      </Show>
    </Section>
  );
}
