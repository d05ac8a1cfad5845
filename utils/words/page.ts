import { i18n } from '#i18n';
import { uiLocale } from './locale';

/** Gives an extension page its title and its language, so screen readers read it in the person's language. */
export function namePage(title: string = i18n.t('appName')): void {
  document.title = title;
  document.documentElement.lang = uiLocale();
}
