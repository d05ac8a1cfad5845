import { inUnitedStates } from './crisis-lines';

/**
 * The way to a meeting or a clinic: services a person can open from Steady, each with the page
 * that says what it is. Addresses only, never fetched: each is a link the person clicks, opened in
 * a new tab, and nothing is requested before that. By country: the United States' services for
 * someone whose country is the United States (or who chose none, as the crisis lines do), Mexico's
 * national line for someone in Mexico; no service of another country could be sourced, so
 * elsewhere nothing shows.
 *
 * Checked December 2026. Left out for want of a source: findtreatment.gov's medication filter as an
 * address (the site offers the filter, but no address for it was found; the words say to choose it
 * there), and any Spanish-language page of these services other than the National Helpline's
 * Spanish-speaking staff.
 */
export interface HelpLink {
  /** Which words name it (locales: findHelp.links.<id>.name / .about). */
  id: 'findtreatment' | 'samhsa-helpline' | 'na-meetings' | 'smart-meetings' | 'linea-vida';
  href: `https://${string}` | `tel:${string}`;
}

/** "Find treatment": the federal locator and the helpline that refers to treatment. */
export const TREATMENT_LINKS: readonly HelpLink[] = [
  // FindTreatment.gov, SAMHSA's treatment locator: "Find a comprehensive list of certified
  // treatment programs across the United States" (hhs.gov/opioids/treatment/medications-to-treat-
  // opioid-addiction); launched by SAMHSA on 30 October 2019 (HHS statement); searchable by
  // whether the treatment is medication-assisted (AP, 30 October 2019).
  { id: 'findtreatment', href: 'https://findtreatment.gov/' },
  // samhsa.gov/find-help/national-helpline: 1-800-662-HELP (4357), free, confidential, 24/7,
  // treatment referral, in English and Spanish.
  { id: 'samhsa-helpline', href: 'tel:+18006624357' },
];

/** "Find a meeting": peer meetings, in person and online. */
export const MEETING_LINKS: readonly HelpLink[] = [
  // NA Meeting Search, Narcotics Anonymous World Services (na.org). The address as public
  // recovery apps link it (several, independently); na.org's own page was not in the stored pages.
  { id: 'na-meetings', href: 'https://www.na.org/meetingsearch/' },
  // SMART Recovery's meeting finder: "Meetings are available both online and in person"; its own
  // help page (support.smartrecovery.org, "Attending your first SMART Recovery meeting") links to
  // it. The address as public recovery apps link it.
  { id: 'smart-meetings', href: 'https://meetings.smartrecovery.org/meetings/' },
];

/** Mexico: the national line that guides to treatment (no meeting finder was sourced there). */
export const MX_TREATMENT_LINKS: readonly HelpLink[] = [
  // Línea de la Vida, 800 911 2000: free, 24 hours, 365 days, guidance on substance use and mental
  // health and referral to treatment; a Secretaría de Salud programme run by CONASAMA (El Universal,
  // 24 December 2025, "Promueven la Línea de la Vida…"; the same number given by Conadic's head of
  // the line, Capital Veracruz, 30 December 2022).
  { id: 'linea-vida', href: 'tel:+528009112000' },
];

/** The links for the person's country (the United States when none is chosen), or none where nothing was sourced. */
export function findHelpFor(
  country: string | undefined,
): { meetings: readonly HelpLink[]; treatment: readonly HelpLink[] } | undefined {
  if (inUnitedStates(country)) return { meetings: MEETING_LINKS, treatment: TREATMENT_LINKS };
  if (country === 'MX') return { meetings: [], treatment: MX_TREATMENT_LINKS };
  return undefined;
}
