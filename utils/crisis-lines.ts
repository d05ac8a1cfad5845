/** A line a person can reach at any moment, in any state of Steady. */
export interface CrisisLine {
  name: string;
  /** What the line is for, in a few words. */
  about: string;
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
  { name: '988 Suicide & Crisis Lifeline', about: 'Call or text, any time', display: '988', href: 'tel:988' },
  // samhsa.gov/find-help/national-helpline: free, confidential, 24/7, English and Spanish.
  {
    name: 'SAMHSA National Helpline',
    about: 'Free, confidential treatment referral, any time',
    display: '1-800-662-4357',
    href: 'tel:+18006624357',
  },
  // neverusealone.com: stays on the line while you use and sends help if you stop answering.
  {
    name: 'Never Use Alone',
    about: 'Someone stays on the line and sends help if you stop answering',
    display: '1-800-484-3731',
    href: 'tel:+18004843731',
  },
  // An overdose is an emergency: call 911.
  { name: 'Emergency', about: 'An overdose is an emergency', display: '911', href: 'tel:911' },
];
