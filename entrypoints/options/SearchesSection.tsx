import { createResource, createSignal, onCleanup, onMount } from 'solid-js';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { SearchEngineSwitches, type SearchWordChanges, SearchWordForm, SearchWordList } from '@/components/SearchWords';
import {
  addSearchWord,
  allowEngine,
  changeSearchWord,
  engineAccess,
  listSearches,
  removeSearchWord,
  setSearchEngine,
  sitesKeepingOrigins,
} from '@/utils/commands/searches';
import type { SearchWord } from '@/utils/db/schema';
import { type EngineId, engineById, SEARCH_ENGINES } from '@/utils/search/engines';
import { problemWords } from '@/utils/words/problems';
import { Section } from './Section';

/** Searches as triggers: the named words (add, change, remove) and the engines, each a switch. */
export function SearchesSection() {
  const [data, { refetch }] = createResource(listSearches, { initialValue: { words: [], engines: [] } });
  // Access is the browser's fact: asked for each engine, and again whenever permissions change.
  const [access, { refetch: refetchAccess }] = createResource(engineAccess, { initialValue: {} });
  const [status, setStatus] = createSignal('');
  const onPermissions = () => void refetchAccess();
  onMount(() => {
    browser.permissions.onAdded.addListener(onPermissions);
    browser.permissions.onRemoved.addListener(onPermissions);
  });
  onCleanup(() => {
    browser.permissions.onAdded.removeListener(onPermissions);
    browser.permissions.onRemoved.removeListener(onPermissions);
  });

  const add = async (word: string, plurals: boolean) => {
    const done = await addSearchWord(word, plurals, data().words);
    await refetch();
    if (!done.ok) return problemWords(done.problem);
    setStatus(i18n.t('searches.added', [done.value.word]));
    return undefined;
  };
  const remove = (entry: SearchWord) =>
    void removeSearchWord(entry).then(async (done) => {
      await refetch();
      setStatus(done.ok ? i18n.t('searches.removed', [entry.word]) : problemWords(done.problem));
    });
  const change = (entry: SearchWord, changes: SearchWordChanges) =>
    void changeSearchWord(entry, changes).then(async (done) => {
      await refetch();
      setStatus(done.ok ? i18n.t('common.saved') : problemWords(done.problem));
    });
  const toggle = (id: string, on: boolean) => {
    const engine = engineById(id as EngineId);
    const started = setSearchEngine(engine.id, on, data().engines, sitesKeepingOrigins);
    void Promise.all([started.saved, on ? started.granted : Promise.resolve(false)]).then(async ([done, granted]) => {
      await Promise.all([refetch(), refetchAccess()]);
      if (!done.ok) return setStatus(problemWords(done.problem));
      const name = [engine.name];
      if (!on) setStatus(i18n.t('searches.engineOff', name));
      else setStatus(granted ? i18n.t('searches.engineOn', name) : i18n.t('searches.engineNoAccess', name));
    });
  };

  return (
    <Section id="searches" heading={i18n.t('searches.heading')} intro={i18n.t('searches.intro')}>
      <p class="hint">{i18n.t('searches.private')}</p>
      <SearchWordForm onAdd={add} />
      <p role="status">{status()}</p>
      <SearchWordList words={data().words} onRemove={remove} onChange={change} />
      <SearchEngineSwitches
        engines={SEARCH_ENGINES}
        on={data().engines}
        access={access()}
        onToggle={toggle}
        onGrant={(id) => void allowEngine(id as EngineId).then(() => refetchAccess())}
      />
    </Section>
  );
}
