import { i18n } from '#i18n';

/** The words for each answer of the daily check-in, by value (1 = lowest): one place for the form and insights. */
export const MOOD_WORDS: Record<1 | 2 | 3 | 4 | 5, () => string> = {
  1: () => i18n.t('checkIn.moods.veryLow'),
  2: () => i18n.t('checkIn.moods.low'),
  3: () => i18n.t('checkIn.moods.okay'),
  4: () => i18n.t('checkIn.moods.good'),
  5: () => i18n.t('checkIn.moods.veryGood'),
};

export const SLEEP_WORDS: Record<1 | 2 | 3 | 4 | 5, () => string> = {
  1: () => i18n.t('checkIn.sleeps.badly'),
  2: () => i18n.t('checkIn.sleeps.notWell'),
  3: () => i18n.t('checkIn.sleeps.okay'),
  4: () => i18n.t('checkIn.sleeps.well'),
  5: () => i18n.t('checkIn.sleeps.veryWell'),
};
