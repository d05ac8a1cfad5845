// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { cleanup, render, screen, within } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { FindHelp } from '@/components/FindHelp';
import { HelpSection } from '@/entrypoints/options/HelpSection';
import { PlanSection } from '@/entrypoints/options/PlanSection';
import { settingsRepo } from '@/utils/db/settings';
import { findHelpFor, MEETING_LINKS, MX_TREATMENT_LINKS, TREATMENT_LINKS } from '@/utils/find-help';
import { t } from '../i18n';

afterEach(cleanup);

const EXPECTED = {
  meetings: [
    [t('findHelp.links.naMeetings.name'), 'https://www.na.org/meetingsearch/'],
    [t('findHelp.links.smartMeetings.name'), 'https://meetings.smartrecovery.org/meetings/'],
  ],
  treatment: [
    [t('findHelp.links.findtreatment.name'), 'https://findtreatment.gov/'],
    [t('findHelp.links.samhsaHelpline', [t('crisis.samhsa.name')]), 'tel:+18006624357'],
  ],
};

/** The links under a heading, as a person reads them: name and address. */
function linksUnder(heading: string) {
  const section = screen.getByRole('heading', { name: heading }).closest('section') as HTMLElement;
  return within(section)
    .getAllByRole('link')
    .map((link) => [
      link.textContent,
      link.getAttribute('href'),
      link.getAttribute('target'),
      link.getAttribute('rel'),
    ]);
}

describe('the way to a meeting or a clinic', () => {
  it('"Find a meeting" and "Find treatment" are plain links that open in a new tab, without the opener', () => {
    render(() => <FindHelp country="US" id="t" />);
    expect(linksUnder(t('findHelp.meetings'))).toEqual(
      EXPECTED.meetings.map(([name, href]) => [name, href, '_blank', 'noopener noreferrer']),
    );
    expect(linksUnder(t('findHelp.treatment'))).toEqual(
      EXPECTED.treatment.map(([name, href]) => [name, href, '_blank', 'noopener noreferrer']),
    );
  });

  it.each([
    ['the United States', 'US', ['na-meetings', 'smart-meetings'], ['findtreatment', 'samhsa-helpline']],
    [
      'no country chosen (as the crisis lines: the United States lines)',
      undefined,
      ['na-meetings', 'smart-meetings'],
      ['findtreatment', 'samhsa-helpline'],
    ],
    ['Mexico', 'MX', [], ['linea-vida']],
    ['Spain', 'ES', undefined, undefined],
  ] as const)('in %s: meetings %j, treatment %j', (_name, country, meetings, treatment) => {
    const help = findHelpFor(country);
    expect(help?.meetings.map((link) => link.id)).toEqual(meetings);
    expect(help?.treatment.map((link) => link.id)).toEqual(treatment);
  });

  it('in Mexico: only "Find treatment", with the Línea de la Vida to call', () => {
    render(() => <FindHelp country="MX" id="t" />);
    expect(screen.queryByRole('heading', { name: t('findHelp.meetings') })).toBeNull();
    expect(linksUnder(t('findHelp.treatment'))).toEqual([
      [t('findHelp.links.lineaVida.name'), 'tel:+528009112000', '_blank', 'noopener noreferrer'],
    ]);
  });

  it('every address has its source written above it', () => {
    const text = readFileSync('utils/find-help.ts', 'utf8').split('\n');
    const addresses = [...MEETING_LINKS, ...TREATMENT_LINKS, ...MX_TREATMENT_LINKS];
    for (const { href } of addresses) {
      const at = text.findIndex((line) => line.includes(`'${href}'`));
      expect(at, href).toBeGreaterThan(0);
      expect(text[at - 1]?.trim().startsWith('//'), `a source comment above ${href}`).toBe(true);
    }
  });

  it('Help now shows them in the United States and not in Spain', async () => {
    render(() => <HelpSection />);
    await screen.findByRole('heading', { name: t('findHelp.meetings') });
    cleanup();
    await settingsRepo().update({ country: 'ES' });
    render(() => <HelpSection />);
    // The section has read the country once the picker shows it.
    await screen.findByDisplayValue(new Intl.DisplayNames(['en'], { type: 'region' }).of('ES') ?? 'Spain');
    expect(screen.queryByRole('heading', { name: t('findHelp.meetings') })).toBeNull();
  });

  it('the plan shows them under professionals and services', async () => {
    render(() => <PlanSection />);
    await screen.findByRole('heading', { name: t('findHelp.treatment') });
    expect(linksUnder(t('findHelp.treatment')).map(([, href]) => href)).toEqual(EXPECTED.treatment.map(([, h]) => h));
  });
});
