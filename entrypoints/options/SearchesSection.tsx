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
} from '@/utils/commands/searches';
import type { SearchWord } from '@/utils/db/schema';
import { type EngineId, engineById, SEARCH_ENGINES } from '@/utils/search/engines';
import { problemWords } from '@/utils/words/problems';
import { Section } from './Section';

/** Searches as triggers: the named words (add, change, remove) and the engines, each a switch. */
export function SearchesSection() {
  const [data, { refetch }] = createResource(listSearches, { initialValue: { words: [], engines: [] } });
  // Access is the browser's fact: asked for each engine, and again whenever permissions change.
  const [access, { refetch: refetchAccess }] = createResource(engineAccess, {
    initialValue: {} as Record<string, boolean>,
  });
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
    const done = await addSearchWord(word, plurals);
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
    const started = setSearchEngine(engine.id, on, data().engines);
    /** Says where the engine stands, from the browser's answer about its access. */
    const tell = async () => {
      const [, known] = await Promise.all([refetch(), refetchAccess()]);
      if (!on) setStatus(i18n.t('searches.engineOff', [engine.name]));
      else if (known?.[engine.id]) setStatus(i18n.t('searches.engineOn', [engine.name]));
      else setStatus(i18n.t('searches.engineNoAccess', [engine.name]));
    };
    // The request's answer may never come while the browser's prompt is open: the saved choice speaks first.
    void started.saved.then(async (done) => {
      if (done.ok) await tell();
      else setStatus(problemWords(done.problem));
    });
    if (on)
      void started.granted.then(async (granted) => {
        if (granted) await tell();
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
