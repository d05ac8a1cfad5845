// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InsightsSection } from '@/entrypoints/options/InsightsSection';
import { SummarySection } from '@/entrypoints/options/SummarySection';
import { today } from '@/utils/commands/checkins';
import { eventsRepo } from '@/utils/db/events';
import { lapsesRepo } from '@/utils/db/lapses';
import { settingsRepo } from '@/utils/db/settings';
import { sitesRepo } from '@/utils/db/sites';
import { timesRepo } from '@/utils/db/times';
import { urgesRepo } from '@/utils/db/urges';
import { DISMISS_DAYS } from '@/utils/insights/suggestions';
import { dayFromKey, dayKey } from '@/utils/time/calendar';
import { describeRule } from '@/utils/words/hard-times';
import { CLUSTER_BAND, CLUSTER_WEEKDAY, clusteredUrges } from '../history';
import { t } from '../i18n';

afterEach(cleanup);

const DAY = 86_400_000;
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const clusterRule = { kind: 'weekly' as const, days: [CLUSTER_WEEKDAY], ...CLUSTER_BAND };

async function seedClusteredHistory() {
  const urges = clusteredUrges(Date.now(), zone);
  await urgesRepo().putAll(urges.map(({ createdAt: _c, updatedAt: _u, ...urge }) => urge));
  return urges;
}

describe('the insights section', () => {
  it('shows the heatmap with what it rests on, and a suggested hard time that one click adds', async () => {
    const urges = await seedClusteredHistory();
    const user = userEvent.setup();
    render(() => <InsightsSection />);

    const heatmap = await screen.findByRole('region', { name: t('insights.heatmap.heading') });
    // The table beside the chart, for screen readers: a row a day, a column an hour.
    const table = within(heatmap).getByRole('table', { name: t('insights.heatmap.caption') });
    expect(within(table).getAllByRole('row')).toHaveLength(8);
    const fridays = urges.filter((u) => u.strength === 7).length;
    expect(heatmap.textContent).toContain(
      t('insights.basis', [t('insights.over', [t('insights.urges', urges.length), t('insights.days', 27)])]),
    );

    const idea = screen.getByRole('listitem', { name: t('insights.ideas.hardTime', [describeRule(clusterRule)]) });
    expect(idea.textContent).toContain(t('insights.urges', fridays));
    await user.click(within(idea).getByRole('button', { name: t('insights.ideas.addHardTime') }));

    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        t('insights.ideas.hardTimeAdded', [describeRule(clusterRule)]),
      ),
    );
    const times = await timesRepo().list();
    expect(times.map(({ rule, source, label }) => ({ rule, source, label }))).toEqual([
      { rule: clusterRule, source: 'suggested', label: t('insights.ideas.hardTimeLabel') },
    ]);
    expect(screen.queryByRole('listitem')).toBeNull();
    expect(screen.getByText(t('insights.ideas.none'))).toBeTruthy();
  });

  it('on too little data says what it takes and how far along the person is, and suggests nothing', async () => {
    const now = Date.now();
    await urgesRepo().putAll([{ at: now - 2 * DAY }, { at: now - DAY, strength: 3 }]);
    render(() => <InsightsSection />);
    const heatmap = await screen.findByRole('region', { name: t('insights.heatmap.heading') });
    expect(heatmap.textContent).toContain(
      t('insights.notYet', [
        t('insights.over', [t('insights.urges', 10), t('insights.days', 14)]),
        t('insights.over', [t('insights.urges', 2), t('insights.days', 2)]),
      ]),
    );
    expect(within(heatmap).queryByRole('table')).toBeNull();
    expect(screen.getByText(t('insights.ideas.none'))).toBeTruthy();
  });

  it('sets a suggestion aside by keyboard: it is stored, and it does not come back', async () => {
    await seedClusteredHistory();
    const user = userEvent.setup();
    const { unmount } = render(() => <InsightsSection />);
    const idea = await screen.findByRole('listitem', {
      name: t('insights.ideas.hardTime', [describeRule(clusterRule)]),
    });
    within(idea)
      .getByRole('button', { name: t('insights.ideas.notNow') })
      .focus();
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(t('insights.ideas.setAside', [String(DISMISS_DAYS)])),
    );
    expect((await settingsRepo().get()).dismissed?.map((d) => d.key)).toEqual([expect.stringMatching(/^hard-time:/)]);
    expect(await timesRepo().list()).toEqual([]);
    unmount();

    render(() => <InsightsSection />);
    await screen.findByRole('region', { name: t('insights.heatmap.heading') });
    expect(screen.queryByRole('listitem')).toBeNull();
  });

  it('offers a firmer warning where the person mostly went on, and makes it firmer', async () => {
    const site = await sitesRepo().put({ host: 'example.org', scope: 'site', level: 'gentle', when: 'always' });
    const now = Date.now();
    await eventsRepo().putAll(
      Array.from({ length: 6 }, (_, i) => [
        { at: now - (i + 1) * DAY, siteId: site.id, host: 'example.org', choice: 'shown' as const },
        { at: now - (i + 1) * DAY + 1000, siteId: site.id, host: 'example.org', choice: 'continue' as const },
      ]).flat(),
    );
    const user = userEvent.setup();
    render(() => <InsightsSection />);
    const idea = await screen.findByRole('listitem', { name: t('insights.ideas.firmer', ['example.org']) });
    await user.click(within(idea).getByRole('button', { name: t('insights.ideas.makeFirmer', ['example.org']) }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(t('insights.ideas.madeFirmer', ['example.org'])),
    );
    expect((await sitesRepo().get(site.id))?.level).toBe('pause');
    // The warnings per site: shown, and what was chosen.
    const warnings = screen.getByRole('table', { name: t('insights.warnings.caption') });
    const row = within(warnings).getByRole('row', { name: /example\.org/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['6', '0', '0', '0', '0', '6', '0']);
  });
});

describe('the summary for a therapist', () => {
  it('counts what falls in the period the person picks, shows only the parts they keep, and prints', async () => {
    const last = dayFromKey(today()) ?? 0;
    const now = Date.now();
    await urgesRepo().putAll([
      { at: now - DAY, strength: 4 },
      { at: now - 2 * DAY, strength: 6 },
      { at: now - 60 * DAY, strength: 9 },
    ]);
    await lapsesRepo().put({ at: now - 3 * DAY });
    // happy-dom has no print dialog: the browser's own is what a person would see.
    const print = vi.fn();
    Object.assign(window, { print });
    const user = userEvent.setup();
    render(() => <SummarySection />);

    const totals = await screen.findByRole('table', { name: t('summary.totals') });
    const figure = (name: string) =>
      within(within(totals).getByRole('row', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')}`) })).getByRole(
        'cell',
      ).textContent;
    await waitFor(() => expect(figure(t('summary.urges'))).toBe('2'));
    expect(figure(t('summary.averageStrength'))).toBe('5');
    expect(figure(t('summary.lapses'))).toBe('1');

    // A longer period takes in the older urge.
    const from = screen.getByLabelText(t('summary.from')) as HTMLInputElement;
    from.value = dayKey(last - 90);
    from.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => expect(figure(t('summary.urges'))).toBe('3'));

    // Parts left out are not on the page.
    expect(screen.getByRole('heading', { name: t('insights.heatmap.heading') })).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: t('insights.heatmap.heading') }));
    expect(screen.queryByRole('heading', { name: t('insights.heatmap.heading') })).toBeNull();

    await user.click(screen.getByRole('button', { name: t('summary.print') }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('refuses a period that ends before it starts, plainly, and offers nothing to print', async () => {
    render(() => <SummarySection />);
    const from = screen.getByLabelText(t('summary.from')) as HTMLInputElement;
    from.value = dayKey((dayFromKey(today()) ?? 0) + 1);
    from.dispatchEvent(new Event('change', { bubbles: true }));
    expect((await screen.findByRole('alert')).textContent).toBe(t('summary.badPeriod'));
    expect((screen.getByRole('button', { name: t('summary.print') }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByRole('article')).toBeNull();
  });
});
