import { i18n } from '#i18n';
import type { Settings } from '@/utils/db/schema';

/** The words Steady prefills when the person reaches out: their own, else the plain default of their language. */
export const reachMessage = (settings: Pick<Settings, 'reachMessage'>): string =>
  settings.reachMessage?.trim() || i18n.t('reach.defaultMessage');

/** An email's subject: neutral, since it shows in the other person's inbox. */
export const reachSubject = (): string => i18n.t('reach.subject');
