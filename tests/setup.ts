import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetDbConnection } from '@/utils/db/open';
import { getMessage, type Locale } from './i18n';

/** Makes the fake browser speak `locale`, as chrome.i18n does (English unless a test asks for another). */
export function speak(locale: Locale): void {
  const i18n = fakeBrowser.i18n as unknown as Record<string, unknown>;
  i18n.getMessage = (name: string, substitutions?: string | string[]) => {
    if (name === '@@ui_locale') return locale;
    return getMessage(locale, name, substitutions);
  };
  i18n.getUILanguage = () => locale;
}

// Modules that read words as they load (a test's own tables) read English too.
speak('en');

/** Every test starts with an empty browser that speaks English, and an empty IndexedDB. */
beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  resetDbConnection();
  speak('en');
});
