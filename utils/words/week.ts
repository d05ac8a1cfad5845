import { i18n } from '#i18n';
import type { WeekFacts } from '@/utils/reach-out/week';
import { list, shortDate } from './format';
import { uiLocale } from './locale';

/**
 * The short, warm text of "Send my week to …", in the person's own voice, for them to read and
 * change before they send it: the week, the urges, what helped, the days of the current stretch
 * (when the counter is on), their notes (only when they chose), and a thank-you.
 */
export function weekMessage(facts: WeekFacts, locale = uiLocale()): string {
  const lines = [i18n.t('week.title', [shortDate(facts.from, locale), shortDate(facts.to, locale)])];
  lines.push(facts.urges === 0 ? i18n.t('week.urgesNone') : i18n.t('week.urges', facts.urges));
  const helped = [
    ...(facts.rodeOut > 0 ? [i18n.t('week.helpedRide', facts.rodeOut)] : []),
    ...(facts.reachedOut > 0 ? [i18n.t('week.helpedReach', facts.reachedOut)] : []),
  ];
  if (helped.length > 0) lines.push(i18n.t('week.helped', [list(helped, locale)]));
  if (facts.stretch !== undefined) lines.push(i18n.t('week.stretch', facts.stretch));
  if (facts.notes.length > 0) lines.push('', i18n.t('week.notesHeading'), ...facts.notes.map((note) => `– ${note}`));
  lines.push('', i18n.t('week.close'));
  return lines.join('\n');
}
