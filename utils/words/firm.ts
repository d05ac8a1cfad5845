import { i18n } from '#i18n';
import { whenIn } from './hard-times';
import { uiLocale } from './locale';

/** "Your sites are firm until 7:00" (today) or "… until Monday at 7:00", in the person's zone. */
export function describeFirmUntil(until: number, now: number, zone: string, locale = uiLocale()): string {
  const { time, day } = whenIn(until, now, zone, locale);
  return day ? i18n.t('firm.onUntilDay', [day, time]) : i18n.t('firm.onUntilToday', [time]);
}
