import { i18n } from '#i18n';

/** A line a person can reach at any moment, in any state of Steady. */
export interface CrisisLine {
  /** The service's name, in the person's language. */
  name(): string;
  /** What the line is for, in a few words. */
  about(): string;
  /** What a person reads as the number. */
  display: string;
  href: `tel:${string}` | `sms:${string}`;
}

/**
 * United States defaults (../shared/CONTENT.md). Shown only as United States lines, never as
 * if they were local elsewhere.
 */
export const US_CRISIS_LINES: readonly CrisisLine[] = [
  // 988lifeline.org; SAMHSA: call or text 988, 24/7, live since 16 July 2022.
  {
    name: () => i18n.t('crisis.lifeline.name'),
    about: () => i18n.t('crisis.lifeline.about'),
    display: '988',
    href: 'tel:988',
  },
  // samhsa.gov/find-help/national-helpline: free, confidential, 24/7, English and Spanish.
  {
    name: () => i18n.t('crisis.samhsa.name'),
    about: () => i18n.t('crisis.samhsa.about'),
    display: '1-800-662-4357',
    href: 'tel:+18006624357',
  },
  // neverusealone.com: stays on the line while you use and sends help if you stop answering.
  {
    name: () => i18n.t('crisis.neverUseAlone.name'),
    about: () => i18n.t('crisis.neverUseAlone.about'),
    display: '1-800-484-3731',
    href: 'tel:+18004843731',
  },
  // An overdose is an emergency: call 911.
  {
    name: () => i18n.t('crisis.emergency.name'),
    about: () => i18n.t('crisis.emergency.about'),
    display: '911',
    href: 'tel:911',
  },
];
