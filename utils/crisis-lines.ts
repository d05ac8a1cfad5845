import { i18n } from '#i18n';
import { dialable } from '@/utils/db/lines';
import type { HelpLine } from '@/utils/db/schema';
import { emergencyNumber } from '@/utils/emergency-numbers';
import { uiLocale } from '@/utils/words/locale';

/** A line as every screen shows it: one click away, in any state of Steady. */
export interface ShownLine {
  /** A stored line's id, or a built-in line's (`us-988`), so a reach out can say which. */
  id: string;
  name: string;
  about?: string;
  /** What a person reads as the number. */
  display: string;
  href: `tel:${string}`;
  /** A United States line shown to someone who chose another country: never shown as if local. */
  notLocal?: true;
}

/**
 * Whose lines these are: the person's own (with their country's emergency number), the United
 * States defaults for someone in the United States (or who has not chosen a country), or, for
 * someone who chose another country and has not entered their own lines yet, that country's
 * emergency number where Steady has a sourced one, then the United States defaults marked as not
 * local.
 */
export type LinesRegion = 'yours' | 'us' | 'elsewhere';

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

/** Whether the United States' lines and services are the person's: their country, or none chosen. */
export const inUnitedStates = (country: string | undefined): boolean => country === undefined || country === 'US';

/**
 * The emergency number of the country the person chose (utils/emergency-numbers.ts, each with its
 * source), named with the country: "Emergency in Mexico: 911". Undefined where none was sourced.
 * Only ever called with a chosen country, never a guess.
 */
export function emergencyLine(country: string | undefined): ShownLine | undefined {
  const number = emergencyNumber(country);
  if (number === undefined || country === undefined) return undefined;
  const name = new Intl.DisplayNames([uiLocale()], { type: 'region' }).of(country) ?? country;
  return {
    id: `emergency-${country}`,
    name: i18n.t('crisis.emergencyIn', [name]),
    about: i18n.t('crisis.emergency.about'),
    display: number,
    href: `tel:${number}`,
  };
}

/**
 * The lines to show, marked for what they are: the person's own when they entered any, followed
 * by their country's emergency number (unless one of theirs already dials it); else the United
 * States ones in the United States or with no country chosen; else, for a country the person
 * chose, its emergency number, then the United States lines marked as not local. `country` is the
 * chosen country only: a guess never makes a line local.
 */
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
  const emergency = emergencyLine(country);
  if (own.length > 0) {
    const dialled = new Set(own.map((line) => line.href));
    return { region: 'yours', lines: emergency && !dialled.has(emergency.href) ? [...own, emergency] : own };
  }
  if (inUnitedStates(country)) return { region: 'us', lines: usLines() };
  return {
    region: 'elsewhere',
    lines: [...(emergency ? [emergency] : []), ...usLines().map((line) => ({ ...line, notLocal: true as const }))],
  };
}
