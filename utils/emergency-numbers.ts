/**
 * Each country's emergency number: the one to call for an overdose, which is a medical
 * emergency (where a country has one number for everything, that number; where ambulances have
 * their own, theirs). Steady shows it, labelled with the country's name, only for the country the
 * person chose, never for a guess.
 *
 * Every entry was checked against the source beside it (December 2026). A country whose number
 * could not be sourced is left out, and then Steady shows no number as local there: the person is
 * asked for their own lines instead. Left out for that reason: Bolivia (BO; the sources found
 * disagree on which number sends an ambulance) and Equatorial Guinea (GQ; no source found). Add a
 * country only with its source.
 *
 * Pure: no words, no browser API, so the popup and the warning page can use it (it is small).
 */

export interface EmergencyNumber {
  /** As it is dialled. */
  number: string;
  /** Where the number was checked. */
  source: string;
}

/**
 * The 27 member states of the European Union: 112 reaches the emergency services free of charge
 * in every one of them (EU rules since 1998; working in all members since Bulgaria joined in late
 * 2008). Source: the European Commission, ec.europa.eu ("Need help? Dial 112", 2009, as
 * republished at news.lt; and questbg.com, "112 All Across the EU").
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

const EU_112: EmergencyNumber = {
  number: '112',
  source: 'https://www.news.lt/Law-And-Order-Crime/Need-help-Dial-112.im?f=c&id=189320 (ec.europa.eu)',
};

const TABLE: Readonly<Record<string, EmergencyNumber>> = {
  ...Object.fromEntries(EU_MEMBERS.map((code) => [code, EU_112])),
  // An opioid overdose: call 911, give naloxone (NC State University, "How to respond to an opioid overdose").
  US: { number: '911', source: 'https://prevention.dasa.ncsu.edu/packrecovery/opioid-overdose-prevention/' },
  // Government of New Brunswick: 911 for an injury or illness that poses an immediate risk.
  CA: { number: '911', source: 'https://www.gnb.ca/en/topic/laws-safety/community-safety/911.html' },
  // IFT agreement of 2 December 2015: 911 the single national emergency number (gob.mx).
  MX: {
    number: '911',
    source: 'https://www.gob.mx/policiafederal/articulos/088-911-responder-ante-cualquier-llamado',
  },
  // 999 for police, ambulance and fire (112 reaches the same call centre).
  GB: { number: '999', source: 'https://www.wellingtonpractice.co.uk/emergency-information/' },
  // Triple Zero (000) for police, fire fighters or ambulance (Queensland Government).
  AU: { number: '000', source: 'https://www.qld.gov.au/emergency/emergencies-services/assistance/triple-000' },
  // 111 for police, fire or ambulance (New Zealand Government).
  NZ: {
    number: '111',
    source: 'https://www.govt.nz/browse/crime-and-justice/crimes-and-emergencies/111-emergency-service/',
  },
  // 107: health emergencies, from any phone, free (Government of Santa Fe; SAME in Buenos Aires).
  AR: {
    number: '107',
    source: 'https://www.santafe.gob.ar/index.php/web/content/view/full/258167/(subtema)/114560',
  },
  // 131: SAMU, the ambulance service (133 is Carabineros, 132 Bomberos; La Tercera, 2022).
  CL: {
    number: '131',
    source:
      'https://www.latercera.com/nacional/noticia/pinera-anuncia-iniciativa-para-crear-el-primer-sistema-integrado-de-atencion-de-emergencias-del-pais/IYLDL4TRDJHU7CZS6TPJHFHYVU/',
  },
  // 123: the national single emergency line (Función Pública, as quoted by W Radio, 2023).
  CO: {
    number: '123',
    source: 'https://wradio.com.co/2023/08/25/numero-para-llamar-a-emergencias-es-el-mismo-en-toda-colombia/',
  },
  // 9-1-1: the single official emergency line (Ley 7566; Sistema de Emergencias 9-1-1).
  CR: { number: '911', source: 'http://www.911.go.cr/quienes-somos/resena-historica/' },
  // 104: the ambulances of the Sistema Integrado de Urgencias Médicas (SIUM).
  CU: { number: '104', source: 'http://artemisadiario.cu/2022/11/rescate-por-partida-doble-i/' },
  // Sistema Nacional de Atención a Emergencias y Seguridad 9-1-1 (Ley 184-17), with ambulances.
  DO: {
    number: '911',
    source: 'https://911.gob.do/6-anos-del-sistema-9-1-1-un-aliado-de-todos-los-dominicanos-que-llego-para-quedarse',
  },
  // ECU 911: the only emergency number in Ecuador (101, 102, 131 and others were switched off).
  EC: {
    number: '911',
    source:
      'https://notimundo.com.ec/numeros-atencion-emergencia-diferentes-al-911-quedaran-inhabilitados-definitivamente',
  },
  // 132: the Ministry of Health's number for an intoxication or a medical incident (911 is the police).
  SV: {
    number: '132',
    source: 'https://diario.elmundo.sv/Nacionales/estos-son-los-numeros-de-emergencias-que-debes-conocer',
  },
  // 122: Bomberos Voluntarios, who give pre-hospital care (no single number in Guatemala).
  GT: {
    number: '122',
    source:
      'https://emisorasunidas.com/nacional/2025/12/24/guia-de-numeros-de-emergencia-por-celebraciones-de-fin-de-ano/',
  },
  // Sistema Nacional de Emergencias 911: medical, security, fire.
  HN: {
    number: '911',
    source:
      'https://www.elheraldo.hn/honduras/sistema-nacional-emergencias-afirma-mantiene-operativos-servicios-24-7-todo-pais-AH29487362',
  },
  // 118: the national emergency centre (Policía Nacional), which also dispatches pre-hospital care.
  NI: {
    number: '118',
    source:
      'https://www.el19digital.news/articulos/ver/173131--centro-de-emergencia-comandante-edmundo-perez-flores-contribuye-a-la-seguridad-y-tranquilidad-de-las-familias-nicaraguenses',
  },
  // SUME 9-1-1: the single pre-hospital emergency system (Ley 44 de 2007).
  PA: { number: '911', source: 'https://www.minseg.gob.pa/2024/07/sume-911-respuesta-inmediata-para-salvar-vidas/' },
  // Sistema 911 (Ley 4739/2012) sends the Ministry of Health's ambulances too.
  PY: { number: '911', source: 'https://launion.com.py/?p=109720' },
  // 106: SAMU, the Ministry of Health's free ambulance line.
  PE: {
    number: '106',
    source:
      'https://elcomercio.pe/lima/sucesos/minsa-desplegara-28-ambulancias-y-mas-de-400-profesionales-durante-navidad-y-ano-nuevo-en-lima-ultimas-noticia/',
  },
  // Negociado de Sistemas de Emergencias 9-1-1, medical emergencies included.
  PR: {
    number: '911',
    source:
      'https://islanewspr.com/2024/10/16/puerto-rico-conmemora-30-anos-del-sistema-9-1-1-millones-de-llamadas-y-vidas-salvadas',
  },
  // Servicio de Emergencia 9-1-1 of the Ministerio del Interior, which links to ambulances.
  UY: { number: '911', source: 'https://www.montevideo.com.uy/Noticias/EL-911-SERIA-TELEFONO-DE-EMERGENCIAS-uc1005' },
  // VEN 9-1-1 replaced 171 (Resolución 169, Gaceta Oficial 41.738, 2019), with pre-hospital care.
  VE: { number: '911', source: 'https://ven911.gob.ve/?p=426' },
};

/** The emergency number of a country (ISO 3166-1 alpha-2), or undefined where none was sourced. */
export function emergencyNumber(country: string | undefined): EmergencyNumber | undefined {
  return country !== undefined && Object.hasOwn(TABLE, country) ? TABLE[country] : undefined;
}

/** Every country with a sourced number, for tests and review. */
export function emergencyCountries(): string[] {
  return Object.keys(TABLE).sort();
}
