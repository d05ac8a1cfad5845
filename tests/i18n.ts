import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import type { GeneratedI18nStructure } from '#i18n';

/** The locales Steady ships, each complete (tests/unit/locales.test.ts checks it). */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

/** A locale's messages as the browser reads them (`_locales/<locale>/messages.json`, built from locales/<locale>.yml). */
export async function chromeMessages(locale: Locale): Promise<Record<string, { message: string }>> {
  return generateChromeMessages(await parseMessagesFile(resolve('locales', `${locale}.yml`))) as Record<
    string,
    { message: string }
  >;
}

const loaded = Object.fromEntries(await Promise.all(LOCALES.map(async (l) => [l, await chromeMessages(l)] as const)));

/**
 * What chrome.i18n.getMessage does with a message: `$1`…`$9` take the substitutions, `$$` is a
 * dollar sign; an unknown name gives ''.
 */
export function getMessage(locale: Locale, name: string, substitutions?: string | string[]): string {
  const message = loaded[locale]?.[name]?.message;
  if (message === undefined) return '';
  const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
  return message.replace(/\$(\$|[1-9])/g, (_, which: string) =>
    which === '$' ? '$' : (subs[Number(which) - 1] ?? ''),
  );
}

export type MessageKey = keyof GeneratedI18nStructure;

/**
 * A message as a person reads it in `locale`, the way i18n.t makes it: substitutions, and for
 * plural messages the form for `count` (`1: …`, `n: …`).
 */
export function words(locale: Locale, key: MessageKey, ...args: Array<number | Array<string | number>>): string {
  const count = args.find((arg): arg is number => typeof arg === 'number');
  const subs =
    args.find((arg): arg is Array<string | number> => Array.isArray(arg))?.map(String) ??
    (count !== undefined ? [String(count)] : []);
  const message = getMessage(locale, key.replaceAll('.', '_'), subs);
  if (count === undefined) return message;
  const forms = message.split(' | ');
  if (forms.length === 3) return forms[count === 0 || count === 1 ? count : 2] ?? '';
  if (forms.length === 2) return forms[count === 1 ? 0 : 1] ?? '';
  return message;
}

/** English, as the tests read Steady (e2e browsers are launched in English). */
export const t = (key: MessageKey, ...args: Array<number | Array<string | number>>) => words('en', key, ...args);
