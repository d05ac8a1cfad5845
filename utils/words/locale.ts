import { i18n } from '#i18n';

/** The browser's interface language as a BCP 47 tag ('en-US', 'es'), for Intl. */
export function uiLocale(): string {
  const locale = i18n.t('@@ui_locale').replace('_', '-');
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}
