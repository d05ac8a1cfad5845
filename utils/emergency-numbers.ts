/**
 * Each country's emergency number: the one to call for an overdose, which is a medical
 * emergency (where a country has one number for everything, that number; where ambulances have
 * their own, theirs). Steady shows it, labelled with the country's name, only for the country the
 * person chose, never for a guess.
 *
 * Every entry was checked against its source (December 2026): each is named in a comment here,
 * and its address is in ./emergency-sources.ts (kept apart so the popup does not carry them; a
 * test holds the two to the same countries). A country whose number
 * could not be sourced is left out, and then Steady shows no number as local there: the person is
 * asked for their own lines instead. Left out for that reason: Bolivia (BO; the sources found
 * disagree on which number sends an ambulance) and Equatorial Guinea (GQ; no source found). Add a
 * country only with its source.
 *
 * Pure: no words, no browser API, so the popup and the warning page can use it (it is small).
 */

/**
 * The 27 member states of the European Union: 112 reaches the emergency services free of charge
 * in every one of them (EU rules since 1998; working in all members since Bulgaria joined in late
 * 2008). Source: the European Commission, ec.europa.eu ("Need help? Dial 112", 2009, as
 * republished at news.lt).
 */
export const EU_MEMBERS = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
] as const;

/** Country → the number to call; the source of each is in ./emergency-sources.ts. */
const NUMBERS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(EU_MEMBERS.map((code) => [code, '112'])),
  // An opioid overdose: call 911, give naloxone (NC State University, "How to respond to an opioid overdose").
  US: '911',
  // Government of New Brunswick: 911 for an injury or illness that poses an immediate risk.
  CA: '911',
  // IFT agreement of 2 December 2015: 911 the single national emergency number (gob.mx).
  MX: '911',
  // 999 for police, ambulance and fire (112 reaches the same call centre).
  GB: '999',
  // Triple Zero (000) for police, fire fighters or ambulance (Queensland Government).
  AU: '000',
  // 111 for police, fire or ambulance (New Zealand Government).
  NZ: '111',
  // 107: health emergencies, from any phone, free (Government of Santa Fe; SAME in Buenos Aires).
  AR: '107',
  // 131: SAMU, the ambulance service (133 is Carabineros, 132 Bomberos; La Tercera, 2022).
  CL: '131',
  // 123: the national single emergency line (Función Pública, as quoted by W Radio, 2023).
  CO: '123',
  // 9-1-1: the single official emergency line (Ley 7566; Sistema de Emergencias 9-1-1).
  CR: '911',
  // 104: the ambulances of the Sistema Integrado de Urgencias Médicas (SIUM).
  CU: '104',
  // Sistema Nacional de Atención a Emergencias y Seguridad 9-1-1 (Ley 184-17), with ambulances.
  DO: '911',
  // ECU 911: the only emergency number in Ecuador (101, 102, 131 and others were switched off).
  EC: '911',
  // 132: the Ministry of Health's number for an intoxication or a medical incident (911 is the police).
  SV: '132',
  // 122: Bomberos Voluntarios, who give pre-hospital care (no single number in Guatemala).
  GT: '122',
  // Sistema Nacional de Emergencias 911: medical, security, fire.
  HN: '911',
  // 118: the national emergency centre (Policía Nacional), which also dispatches pre-hospital care.
  NI: '118',
  // SUME 9-1-1: the single pre-hospital emergency system (Ley 44 de 2007).
  PA: '911',
  // Sistema 911 (Ley 4739/2012) sends the Ministry of Health's ambulances too.
  PY: '911',
  // 106: SAMU, the Ministry of Health's free ambulance line.
  PE: '106',
  // Negociado de Sistemas de Emergencias 9-1-1, medical emergencies included.
  PR: '911',
  // Servicio de Emergencia 9-1-1 of the Ministerio del Interior, which links to ambulances.
  UY: '911',
  // VEN 9-1-1 replaced 171 (Resolución 169, Gaceta Oficial 41.738, 2019), with pre-hospital care.
  VE: '911',
};

/** The emergency number of a country (ISO 3166-1 alpha-2), or undefined where none was sourced. */
export function emergencyNumber(country: string | undefined): string | undefined {
  return country !== undefined && Object.hasOwn(NUMBERS, country) ? NUMBERS[country] : undefined;
}

/** Every country with a sourced number, for tests and review. */
export function emergencyCountries(): string[] {
  return Object.keys(NUMBERS).sort();
}
