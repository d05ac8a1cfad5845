import { i18n } from '#i18n';
import { dialable } from '@/utils/db/lines';
import type { HelpLine } from '@/utils/db/schema';

/** A line as every screen shows it: one click away, in any state of Steady. */
export interface ShownLine {
  /** A stored line's id, or a built-in line's (`us-988`), so a reach out can say which. */
  id: string;
  name: string;
  about?: string;
  /** What a person reads as the number. */
  display: string;
  href: `tel:${string}`;
}

/**
 * Whose lines these are: the person's own, the United States defaults for someone in the United
 * States (or who has not said where they are), or the United States defaults marked as not local
 * for someone elsewhere who has not entered their own yet.
 */
export type LinesRegion = 'yours' | 'us' | 'us-not-local';

/**
 * United States defaults (../shared/CONTENT.md). Shown only as United States lines, never as
 * if they were local elsewhere.
 */
export function usLines(): ShownLine[] {
  return [
    // 988lifeline.org; SAMHSA: call or text 988, 24/7, live since 16 July 2022.
    {
      id: 'us-988',
      name: i18n.t('crisis.lifeline.name'),
      about: i18n.t('crisis.lifeline.about'),
      display: '988',
      href: 'tel:988',
    },
    // samhsa.gov/find-help/national-helpline: free, confidential, 24/7, English and Spanish.
    {
      id: 'us-samhsa',
      name: i18n.t('crisis.samhsa.name'),
      about: i18n.t('crisis.samhsa.about'),
      display: '1-800-662-4357',
      href: 'tel:+18006624357',
    },
    // neverusealone.com: stays on the line while you use and sends help if you stop answering.
    {
      id: 'us-never-use-alone',
      name: i18n.t('crisis.neverUseAlone.name'),
      about: i18n.t('crisis.neverUseAlone.about'),
      display: '1-800-484-3731',
      href: 'tel:+18004843731',
    },
    // An overdose is an emergency: call 911.
    {
      id: 'us-911',
      name: i18n.t('crisis.emergency.name'),
      about: i18n.t('crisis.emergency.about'),
      display: '911',
      href: 'tel:911',
    },
  ];
}

/** The lines to show: the person's own when they entered any, else the United States ones, marked for what they are. */
export function crisisLinesFor(
  stored: ReadonlyArray<Pick<HelpLine, 'id' | 'name' | 'number' | 'about'>>,
  country: string | undefined,
): { region: LinesRegion; lines: ShownLine[] } {
  const own = stored.flatMap((line): ShownLine[] => {
    const digits = dialable(line.number);
    return digits
      ? [
          {
            id: line.id,
            name: line.name,
            display: line.number,
            href: `tel:${digits}`,
            ...(line.about ? { about: line.about } : {}),
          },
        ]
      : [];
  });
  if (own.length > 0) return { region: 'yours', lines: own };
  return { region: country === undefined || country === 'US' ? 'us' : 'us-not-local', lines: usLines() };
}
