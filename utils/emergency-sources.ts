import { EU_MEMBERS } from './emergency-numbers';

/**
 * Where each emergency number in ./emergency-numbers.ts was checked (December 2026), by country.
 * For review and tests only: nothing Steady runs imports this file, so the popup does not carry
 * it. tests/unit/emergency-lines.test.ts holds it to the same countries as the numbers.
 */
export const EMERGENCY_SOURCES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    EU_MEMBERS.map((code) => [
      code,
      'https://www.news.lt/Law-And-Order-Crime/Need-help-Dial-112.im?f=c&id=189320 (ec.europa.eu)',
    ]),
  ),
  US: 'https://prevention.dasa.ncsu.edu/packrecovery/opioid-overdose-prevention/',
  CA: 'https://www.gnb.ca/en/topic/laws-safety/community-safety/911.html',
  MX: 'https://www.gob.mx/policiafederal/articulos/088-911-responder-ante-cualquier-llamado',
  GB: 'https://www.wellingtonpractice.co.uk/emergency-information/',
  AU: 'https://www.qld.gov.au/emergency/emergencies-services/assistance/triple-000',
  NZ: 'https://www.govt.nz/browse/crime-and-justice/crimes-and-emergencies/111-emergency-service/',
  AR: 'https://www.santafe.gob.ar/index.php/web/content/view/full/258167/(subtema)/114560',
  CL: 'https://www.latercera.com/nacional/noticia/pinera-anuncia-iniciativa-para-crear-el-primer-sistema-integrado-de-atencion-de-emergencias-del-pais/IYLDL4TRDJHU7CZS6TPJHFHYVU/',
  CO: 'https://wradio.com.co/2023/08/25/numero-para-llamar-a-emergencias-es-el-mismo-en-toda-colombia/',
  CR: 'http://www.911.go.cr/quienes-somos/resena-historica/',
  CU: 'http://artemisadiario.cu/2022/11/rescate-por-partida-doble-i/',
  DO: 'https://911.gob.do/6-anos-del-sistema-9-1-1-un-aliado-de-todos-los-dominicanos-que-llego-para-quedarse',
  EC: 'https://notimundo.com.ec/numeros-atencion-emergencia-diferentes-al-911-quedaran-inhabilitados-definitivamente',
  SV: 'https://diario.elmundo.sv/Nacionales/estos-son-los-numeros-de-emergencias-que-debes-conocer',
  GT: 'https://emisorasunidas.com/nacional/2025/12/24/guia-de-numeros-de-emergencia-por-celebraciones-de-fin-de-ano/',
  HN: 'https://www.elheraldo.hn/honduras/sistema-nacional-emergencias-afirma-mantiene-operativos-servicios-24-7-todo-pais-AH29487362',
  NI: 'https://www.el19digital.news/articulos/ver/173131--centro-de-emergencia-comandante-edmundo-perez-flores-contribuye-a-la-seguridad-y-tranquilidad-de-las-familias-nicaraguenses',
  PA: 'https://www.minseg.gob.pa/2024/07/sume-911-respuesta-inmediata-para-salvar-vidas/',
  PY: 'https://launion.com.py/?p=109720',
  PE: 'https://elcomercio.pe/lima/sucesos/minsa-desplegara-28-ambulancias-y-mas-de-400-profesionales-durante-navidad-y-ano-nuevo-en-lima-ultimas-noticia/',
  PR: 'https://islanewspr.com/2024/10/16/puerto-rico-conmemora-30-anos-del-sistema-9-1-1-millones-de-llamadas-y-vidas-salvadas',
  UY: 'https://www.montevideo.com.uy/Noticias/EL-911-SERIA-TELEFONO-DE-EMERGENCIAS-uc1005',
  VE: 'https://ven911.gob.ve/?p=426',
};
