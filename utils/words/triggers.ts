import { i18n } from '#i18n';
import { HALT, SEARCH_TRIGGER } from '@/utils/db/schema';

/** The words for the four common triggers Steady offers (Hungry, Angry, Lonely, Tired), by id. */
export const HALT_WORDS: Record<(typeof HALT)[number], () => string> = {
  hungry: () => i18n.t('urge.halt.hungry'),
  angry: () => i18n.t('urge.halt.angry'),
  lonely: () => i18n.t('urge.halt.lonely'),
  tired: () => i18n.t('urge.halt.tired'),
};

/** A trigger as the person reads it: HALT ids in their language, their own words as they wrote them. */
export const triggerWords = (trigger: string): string =>
  (HALT as readonly string[]).includes(trigger)
    ? HALT_WORDS[trigger as (typeof HALT)[number]]()
    : trigger === SEARCH_TRIGGER
      ? i18n.t('insights.searchTrigger')
      : trigger;
