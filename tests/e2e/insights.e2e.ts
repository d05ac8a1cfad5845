import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLUSTER_BAND, CLUSTER_WEEKDAY, clusteredUrges } from '../history';
import { t } from '../i18n';
import { launch, openExtensionPage, type Session } from './harness';
import { axeViolations, database, readStore } from './steps';

/**
 * Insights in real Chromium, on a profile with four weeks of history: the heatmap and a
 * suggested hard time show, taking it adds the hard time, the summary prints on one or two
 * pages, and both screens pass axe in light and dark.
 */
let session: Session;
const clusterRule = { kind: 'weekly' as const, days: [CLUSTER_WEEKDAY], ...CLUSTER_BAND };

beforeAll(async () => {
  session = await launch();
  // The browser runs in this process's zone, as the history is made in.
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const urges = clusteredUrges(Date.now(), zone);
  await database(session, { kind: 'write', store: 'urges', records: urges as unknown as Record<string, unknown>[] });
}, 60_000);

afterAll(async () => {
  await session?.close();
  await session?.web.stop();
});

describe('insights on a profile with a history', () => {
  it.each(['insights', 'summary'] as const)('the %s section passes axe, in light and in dark', async (section) => {
    const page = await openExtensionPage(session, `options.html#${section}`);
    await page.getByRole('region', { name: t('insights.heatmap.heading') }).waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page), scheme).toEqual([]);
    }
    await page.close();
  });

  it('shows the heatmap and a suggested hard time; taking it adds the hard time', async () => {
    const page = await openExtensionPage(session, 'options.html#insights');
    const heatmap = page.getByRole('region', { name: t('insights.heatmap.heading') });
    await heatmap.getByRole('figure').waitFor();
    expect(
      await heatmap
        .getByRole('table', { name: t('insights.heatmap.caption') })
        .getByRole('row')
        .count(),
    ).toBe(8);

    // The only idea: Fridays, 20:00 to 22:00 (its words are the hard-time list's own; the rule is checked below).
    const ideas = page
      .getByRole('list')
      .filter({ has: page.getByRole('button', { name: t('insights.ideas.notNow') }) });
    const idea = ideas.getByRole('listitem');
    expect(await idea.count()).toBe(1);
    const name = (await idea.getByRole('heading').textContent()) ?? '';
    expect(name).toContain('Friday');
    await idea.getByRole('button', { name: t('insights.ideas.addHardTime') }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Friday');
    expect(await idea.count()).toBe(0);

    const times = await readStore(session, 'times');
    expect(times.map(({ rule, source }) => ({ rule, source }))).toEqual([{ rule: clusterRule, source: 'suggested' }]);
    // The hard time is the person's now: listed with the others, to change or remove.
    const list = await openExtensionPage(session, 'options.html#times');
    await list.getByText(t('insights.ideas.hardTimeLabel')).first().waitFor();
    await list.close();
    await page.close();
  });

  it('the summary prints on one or two pages, with nothing of the page around it', async () => {
    const page = await openExtensionPage(session, 'options.html#summary');
    await page.getByRole('article', { name: t('summary.title') }).waitFor();
    await page.getByRole('region', { name: t('insights.heatmap.heading') }).waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: t('nav.label') }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: t('summary.print') }).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: t('summary.title') }).isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    await page.close();
  });
});
