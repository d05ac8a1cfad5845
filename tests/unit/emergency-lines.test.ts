import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crisisLinesFor, emergencyLine } from '@/utils/crisis-lines';
import { EU_MEMBERS, emergencyCountries, emergencyNumber } from '@/utils/emergency-numbers';
import { EMERGENCY_SOURCES } from '@/utils/emergency-sources';
import { speak } from '../setup';

describe('emergency numbers, each against its source', () => {
  it('lists the 27 member states of the European Union, once each', () => {
    expect(EU_MEMBERS).toHaveLength(27);
    expect(new Set(EU_MEMBERS).size).toBe(27);
  });

  it.each(EU_MEMBERS)('%s (European Union) → 112', (code) => {
    expect(emergencyNumber(code)).toBe('112');
    expect(EMERGENCY_SOURCES[code]).toContain('ec.europa.eu');
  });

  // The number, and where it was checked: a change to either must change this table too.
  it.each<[string, string, string]>([
    ['US', '911', 'ncsu.edu'],
    ['CA', '911', 'gnb.ca'],
    ['MX', '911', 'gob.mx'],
    ['GB', '999', 'wellingtonpractice.co.uk'],
    ['AU', '000', 'qld.gov.au'],
    ['NZ', '111', 'govt.nz'],
    ['AR', '107', 'santafe.gob.ar'],
    ['CL', '131', 'latercera.com'],
    ['CO', '123', 'wradio.com.co'],
    ['CR', '911', '911.go.cr'],
    ['CU', '104', 'artemisadiario.cu'],
    ['DO', '911', '911.gob.do'],
    ['EC', '911', 'notimundo.com.ec'],
    ['SV', '132', 'elmundo.sv'],
    ['GT', '122', 'emisorasunidas.com'],
    ['HN', '911', 'elheraldo.hn'],
    ['NI', '118', 'el19digital.news'],
    ['PA', '911', 'minseg.gob.pa'],
    ['PY', '911', 'launion.com.py'],
    ['PE', '106', 'elcomercio.pe'],
    ['PR', '911', 'islanewspr.com'],
    ['ES', '112', 'ec.europa.eu'],
    ['UY', '911', 'montevideo.com.uy'],
    ['VE', '911', 'ven911.gob.ve'],
  ])('%s → %s (%s)', (code, number, source) => {
    expect(emergencyNumber(code)).toBe(number);
    expect(EMERGENCY_SOURCES[code]).toContain(source);
  });

  it.each(['BO', 'GQ'])(
    '%s could not be sourced, so it has no number (and nothing is shown as local there)',
    (code) => {
      expect(emergencyNumber(code)).toBeUndefined();
      expect(crisisLinesFor([], code).lines.every((line) => line.notLocal)).toBe(true);
    },
  );

  it('every number has its source, and every source its number', () => {
    expect(Object.keys(EMERGENCY_SOURCES).sort()).toEqual(emergencyCountries());
  });

  it.each(emergencyCountries())('%s: a short number a link can dial, with a web source', (code) => {
    expect(emergencyNumber(code)).toMatch(/^\d{3}$/);
    expect(EMERGENCY_SOURCES[code]).toMatch(/^https?:\/\/[^\s]+/);
  });

  it('nothing Steady runs loads the sources (the popup does not carry them)', () => {
    const importers = ['entrypoints', 'components', 'utils'].flatMap((folder) =>
      readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .filter((file) => /\.tsx?$/.test(file))
        .filter((file) => /from '[^']*emergency-sources'/.test(readFileSync(join(folder, file), 'utf8'))),
    );
    expect(importers).toEqual([]);
  });

  it.each([undefined, 'XX', 'us', '__proto__', 'constructor', 'toString'])('%s has none', (code) => {
    expect(emergencyNumber(code)).toBeUndefined();
  });
});

describe('crisisLinesFor: labelled by the chosen country, never by a guess', () => {
  const own = [{ id: 'l1', name: 'Teléfono de la Esperanza', number: '717 003 717' }];

  it.each([undefined, 'US'])('with %s: the United States lines, as United States lines', (country) => {
    const shown = crisisLinesFor([], country);
    expect(shown.region).toBe('us');
    expect(shown.lines.map((line) => line.display)).toEqual(['988', '1-800-662-4357', '1-800-484-3731', '911']);
    expect(shown.lines.some((line) => line.notLocal)).toBe(false);
  });

  it('in Mexico: Mexico’s emergency number first, then the United States lines marked as not local', () => {
    const shown = crisisLinesFor([], 'MX');
    expect(shown.region).toBe('elsewhere');
    const [first, ...rest] = shown.lines;
    expect(first).toMatchObject({
      id: 'emergency-MX',
      name: 'Mexico emergency number',
      display: '911',
      href: 'tel:911',
    });
    expect(first?.notLocal).toBeUndefined();
    expect(rest.map((line) => line.display)).toEqual(['988', '1-800-662-4357', '1-800-484-3731', '911']);
    expect(rest.every((line) => line.notLocal)).toBe(true);
  });

  it('names the country in the person’s language', () => {
    speak('es');
    expect(emergencyLine('MX')?.name).toBe('Número de emergencias de México');
  });

  it('in a country with no sourced number: no line shown as local', () => {
    const shown = crisisLinesFor([], 'JP');
    expect(shown.region).toBe('elsewhere');
    expect(shown.lines.every((line) => line.notLocal)).toBe(true);
  });

  it('the person’s own lines come first, then their country’s emergency number', () => {
    const shown = crisisLinesFor(own, 'ES');
    expect(shown.region).toBe('yours');
    expect(shown.lines.map((line) => line.href)).toEqual(['tel:717003717', 'tel:112']);
  });

  it('does not show the emergency number twice when one of their lines dials it', () => {
    const shown = crisisLinesFor([...own, { id: 'l2', name: 'Emergencias', number: '112' }], 'ES');
    expect(shown.lines.map((line) => line.href)).toEqual(['tel:717003717', 'tel:112']);
  });

  it('with no country chosen, their own lines alone', () => {
    expect(crisisLinesFor(own, undefined).lines.map((line) => line.href)).toEqual(['tel:717003717']);
  });
});
