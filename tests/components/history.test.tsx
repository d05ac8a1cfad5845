import { isDeepStrictEqual } from 'node:util';
// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HistorySection } from '@/entrypoints/options/HistorySection';
import { today } from '@/utils/commands/checkins';
import { checkinsRepo } from '@/utils/db/checkins';
import { contactsRepo } from '@/utils/db/contacts';
import { eventsRepo } from '@/utils/db/events';
import { lapsesRepo } from '@/utils/db/lapses';
import { planRepo } from '@/utils/db/plan';
import { reachOutsRepo } from '@/utils/db/reach-outs';
import { settingsRepo } from '@/utils/db/settings';
import { urgesRepo } from '@/utils/db/urges';
import { shiftDay } from '@/utils/history/period';
import { dateTime, fullDate } from '@/utils/words/format';
import { t, words } from '../i18n';
import { speak } from '../setup';

afterEach(cleanup);

const DAY = 86_400_000;
const NOW = Date.now();
/** A time `days` days ago, at a time of day that cannot cross into another period near midnight. */
const ago = (days: number) => NOW - days * DAY;
const TODAY = today(NOW);
const dayWords = (key: string) => {
  const [y, m, d] = key.split('-').map(Number);
  return fullDate(y as number, m as number, d as number);
};

/** One of each kind, each in a different period: 2, 10, 40, 100 and 200 days ago; a check-in 20 days ago. */
const AT = { urge: ago(2), warning: ago(10), reach: ago(40), lapse: ago(100), old: ago(200) };
const CHECK_IN_DAY = shiftDay(TODAY, -20) as string;

async function seed() {
  await planRepo().setItems('triggers', ['Payday']);
  await urgesRepo().putAll([
    { id: 'urge', at: AT.urge, strength: 6, triggers: ['lonely'] },
    { id: 'old-urge', at: AT.old, note: 'A long time ago' },
  ]);
  await eventsRepo().putAll([
    { id: 'shown', at: AT.warning, siteId: 's', host: 'example.org', choice: 'shown' },
    { id: 'ride', at: AT.warning + 60_000, siteId: 's', host: 'example.org', choice: 'ride-it-out' },
    { id: 'leave', at: AT.warning + 120_000, siteId: 's', host: 'example.org', choice: 'leave' },
  ]);
  await contactsRepo().putAll([{ id: 'sam', name: 'Sam', ways: { text: '+12015550123' }, order: 0 }]);
  await reachOutsRepo().putAll([
    { id: 'reach', at: AT.reach, contactId: 'sam', channel: 'text', from: 'popup' },
    { id: 'line', at: AT.reach - 60_000, lineId: 'us-988', channel: 'call', from: 'warning' },
    { id: 'gone', at: AT.reach - 120_000, contactId: 'someone-removed', channel: 'call', from: 'popup' },
  ]);
  await lapsesRepo().putAll([{ id: 'lapse', at: AT.lapse, triggers: ['tired'], restartedCounter: true }]);
  await checkinsRepo().put({
    id: CHECK_IN_DAY,
    mood: 2,
    sleep: 4,
    movement: true,
    note: 'Rain all day',
    helped: 'A walk by the river',
  });
}

const TITLES = {
  urge: () => t('history.urgeAt', [dateTime(AT.urge)]),
  oldUrge: () => t('history.urgeAt', [dateTime(AT.old)]),
  warning: () => t('history.warning.title', ['example.org', dateTime(AT.warning)]),
  reach: () => t('history.reachOut.title', [dateTime(AT.reach)]),
  line: () => t('history.reachOut.title', [dateTime(AT.reach - 60_000)]),
  gone: () => t('history.reachOut.title', [dateTime(AT.reach - 120_000)]),
  lapse: () => t('history.lapse.title', [dateTime(AT.lapse)]),
  checkIn: () => t('history.checkIn.title', [dayWords(CHECK_IN_DAY)]),
};

/** The titles of the entries listed, in order. */
function shown(): string[] {
  const list = screen.queryByRole('list', { name: t('history.heading') });
  if (!list) return [];
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.querySelector('strong')?.textContent ?? '');
}

/** Presses Tab until the control with this role and name has focus, as a keyboard user does. */
async function tabTo(user: ReturnType<typeof userEvent.setup>, role: string, name: string | RegExp) {
  for (let i = 0; i < 200; i++) {
    const target = screen.queryAllByRole(role as never, { name }).find((el) => el === document.activeElement);
    if (target) return target;
    await user.tab();
  }
  throw new Error(`could not reach ${role} ${String(name)} by Tab`);
}

/** Moves through a radio group with the arrow keys until `name` is checked. */
async function arrowTo(user: ReturnType<typeof userEvent.setup>, group: string, name: string) {
  const radios = within(screen.getByRole('group', { name: group })).getAllByRole('radio') as HTMLInputElement[];
  const first = radios.find((radio) => radio.checked) ?? radios[0];
  await tabTo(user, 'radio', first?.labels?.[0]?.textContent ?? '');
  for (let i = 0; i < radios.length; i++) {
    if ((document.activeElement as HTMLInputElement).labels?.[0]?.textContent === name) break;
    await user.keyboard('{ArrowRight}');
  }
  expect(screen.getByRole('radio', { name })).toHaveProperty('checked', true);
}

async function open() {
  await seed();
  const user = userEvent.setup();
  render(() => <HistorySection />);
  await waitFor(() => expect(shown()).toContain(TITLES.oldUrge()));
  return user;
}

describe('the history, every kind in one list, newest first', () => {
  it('shows each kind with its details, in words, never a number of a person reached', async () => {
    await open();
    expect(shown()).toEqual([
      TITLES.urge(),
      TITLES.warning(),
      TITLES.checkIn(),
      TITLES.reach(),
      TITLES.line(),
      TITLES.gone(),
      TITLES.lapse(),
      TITLES.oldUrge(),
    ]);
    const list = screen.getByRole('list', { name: t('history.heading') });
    const item = (title: string) => within(list).getByText(title).closest('li') as HTMLElement;
    expect(within(item(TITLES.urge())).getByText(t('history.strength', ['6']))).toBeTruthy();
    expect(within(item(TITLES.urge())).getByText(t('urge.halt.lonely'))).toBeTruthy();
    expect(
      within(item(TITLES.warning())).getByText(
        t('history.warning.chose', [
          `${t('history.warning.choices.rideItOut')} and ${t('history.warning.choices.leave')}`,
        ]),
      ),
    ).toBeTruthy();
    expect(within(item(TITLES.reach())).getByText(t('history.reachOut.ways.text', ['Sam']))).toBeTruthy();
    expect(
      within(item(TITLES.line())).getByText(t('history.reachOut.ways.call', ['988 Suicide & Crisis Lifeline'])),
    ).toBeTruthy();
    expect(
      within(item(TITLES.gone())).getByText(t('history.reachOut.ways.call', [t('history.reachOut.someone')])),
    ).toBeTruthy();
    expect(list.textContent).not.toContain('555');
    expect(within(item(TITLES.lapse())).getByText(t('history.lapse.triggers', [t('urge.halt.tired')]))).toBeTruthy();
    expect(within(item(TITLES.lapse())).getByText(t('history.lapse.restarted'))).toBeTruthy();
    const checkIn = item(TITLES.checkIn());
    for (const line of [
      t('history.checkIn.mood', [t('checkIn.moods.low')]),
      t('history.checkIn.sleep', [t('checkIn.sleeps.well')]),
      t('history.checkIn.moved'),
      t('history.checkIn.helped', ['A walk by the river']),
      'Rain all day',
    ])
      expect(within(checkIn).getByText(line)).toBeTruthy();
  });

  it.each<[string, string, Array<keyof typeof TITLES>]>([
    ['urges', t('history.filter.kinds.urge'), ['urge', 'oldUrge']],
    ['warnings', t('history.filter.kinds.warning'), ['warning']],
    ['reach outs', t('history.filter.kinds.reachOut'), ['reach', 'line', 'gone']],
    ['lapses', t('history.filter.kinds.lapse'), ['lapse']],
    ['check-ins', t('history.filter.kinds.checkIn'), ['checkIn']],
  ])('shows only %s when that kind is chosen, by keyboard', async (_name, kind, expected) => {
    const user = await open();
    await arrowTo(user, t('history.filter.kind'), kind);
    await waitFor(() => expect(shown()).toEqual(expected.map((key) => TITLES[key]())));
    expect(screen.getByRole('status').textContent).toContain(t('history.count', expected.length));
  });

  it.each<[string, string, Array<keyof typeof TITLES>]>([
    ['the last 7 days', t('history.filter.periods.last7'), ['urge']],
    ['the last 30 days', t('history.filter.periods.last30'), ['urge', 'warning', 'checkIn']],
    ['the last 90 days', t('history.filter.periods.last90'), ['urge', 'warning', 'checkIn', 'reach', 'line', 'gone']],
  ])('shows only %s when that period is chosen, by keyboard', async (_name, period, expected) => {
    const user = await open();
    await arrowTo(user, t('history.filter.period'), period);
    await waitFor(() => expect(shown()).toEqual(expected.map((key) => TITLES[key]())));
  });

  it('takes a period and a kind together, and says when nothing fits', async () => {
    const user = await open();
    await arrowTo(user, t('history.filter.period'), t('history.filter.periods.last7'));
    await arrowTo(user, t('history.filter.kind'), t('history.filter.kinds.lapse'));
    await screen.findByText(t('history.emptyFiltered'));
    expect(shown()).toEqual([]);
    expect(screen.getByRole('status').textContent).toContain(t('history.count', 0));
  });

  it('shows the dates the person types, both days included, and explains an end before the start', async () => {
    const user = await open();
    await arrowTo(user, t('history.filter.period'), t('history.filter.periods.dates'));
    const from = (await screen.findByLabelText(t('history.filter.from'))) as HTMLInputElement;
    const to = screen.getByLabelText(t('history.filter.to')) as HTMLInputElement;
    // It starts from the last 30 days.
    expect([from.value, to.value]).toEqual([shiftDay(TODAY, -29), TODAY]);
    await waitFor(() => expect(shown()).toEqual([TITLES.urge(), TITLES.warning(), TITLES.checkIn()]));
    // Only the day of the check-in.
    from.focus();
    await user.clear(from);
    await user.type(from, CHECK_IN_DAY);
    to.focus();
    await user.clear(to);
    await user.type(to, CHECK_IN_DAY);
    await waitFor(() => expect(shown()).toEqual([TITLES.checkIn()]));
    // An end before the start: said beside the end, and the list stays as it was.
    await user.clear(to);
    const openEnded = [TITLES.urge(), TITLES.warning(), TITLES.checkIn()];
    await waitFor(() => expect(shown(), 'no end: from the start on').toEqual(openEnded));
    // Every list shown from here until a valid end is applied (the positive signal that the page
    // has answered everything typed before it).
    const seen: string[][] = [];
    const watch = new MutationObserver(() => seen.push(shown()));
    watch.observe(document.body, { childList: true, subtree: true, characterData: true });
    await user.type(to, shiftDay(CHECK_IN_DAY, -1) as string);
    const problem = await screen.findByText(t('history.problems.datesOrder'));
    expect(problem.getAttribute('role')).toBe('alert');
    expect(to.getAttribute('aria-invalid')).toBe('true');
    await user.clear(to);
    await user.type(to, CHECK_IN_DAY);
    await waitFor(() => expect(shown()).toEqual([TITLES.checkIn()]));
    watch.disconnect();
    const others = seen.filter(
      (list) => !isDeepStrictEqual(list, openEnded) && !isDeepStrictEqual(list, [TITLES.checkIn()]),
    );
    expect(others, 'the list stayed as it was while the end was before the start').toEqual([]);
  });

  it('removes an entry, and the undo puts it back where it was, by keyboard', async () => {
    const user = await open();
    const name = t('history.warning.remove', ['example.org', dateTime(AT.warning)]);
    await tabTo(user, 'button', name);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(shown()).not.toContain(TITLES.warning()));
    expect(await eventsRepo().list(), 'the warning and both its choices').toEqual([]);
    expect(await urgesRepo().list(), 'nothing else').toHaveLength(2);
    expect(screen.getByRole('status').textContent).toContain(t('history.removed'));
    const undo = screen.getByRole('button', { name: t('history.undo') });
    expect(document.activeElement, 'the focus waits on the undo').toBe(undo);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(shown()[1]).toBe(TITLES.warning()));
    expect((await eventsRepo().list()).map((e) => e.id).sort()).toEqual(['leave', 'ride', 'shown']);
    expect(screen.getByRole('status').textContent).toContain(t('history.restored'));
    expect(document.activeElement?.textContent).toContain(TITLES.warning());
  });

  it('removing a lapse leaves the days counter where it is, and says so', async () => {
    const user = await open();
    await settingsRepo().update({ counterStart: AT.lapse, recoveryStart: ago(300) });
    const before = await settingsRepo().get();
    await tabTo(user, 'button', t('history.lapse.remove', [dateTime(AT.lapse)]));
    await user.keyboard('{Enter}');
    await screen.findByText(t('history.lapse.removedCounter'));
    expect(await lapsesRepo().list()).toEqual([]);
    expect(await settingsRepo().get()).toEqual(before);
  });

  it('the undo is there for ten seconds', async () => {
    // Only the page's own timers: fake-indexeddb schedules its work with setImmediate.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    try {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      await seed();
      render(() => <HistorySection />);
      await waitFor(() => expect(shown()).toContain(TITLES.oldUrge()));
      await tabTo(user, 'button', t('history.remove', [dateTime(AT.old)]));
      await user.keyboard('{Enter}');
      await screen.findByRole('button', { name: t('history.undo') });
      vi.advanceTimersByTime(9_000);
      expect(screen.queryByRole('button', { name: t('history.undo') })).not.toBeNull();
      vi.advanceTimersByTime(1_500);
      await waitFor(() => expect(screen.queryByRole('button', { name: t('history.undo') })).toBeNull());
      expect(await urgesRepo().get('old-urge')).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });

  it('changes what the person said of a lapse, and it is saved and shown', async () => {
    const user = await open();
    await tabTo(user, 'button', t('history.lapse.edit', [dateTime(AT.lapse)]));
    await user.keyboard('{Enter}');
    await tabTo(user, 'button', 'Payday');
    await user.keyboard('{Enter}');
    await waitFor(async () => expect((await lapsesRepo().get('lapse'))?.triggers).toEqual(['tired', 'Payday']));
    await tabTo(user, 'textbox', t('history.lapse.changeLabel'));
    await user.keyboard('Call Sam before payday');
    await user.tab();
    await waitFor(async () => expect((await lapsesRepo().get('lapse'))?.change).toBe('Call Sam before payday'));
    const lapse = await lapsesRepo().get('lapse');
    expect(lapse).toMatchObject({ at: AT.lapse, restartedCounter: true });
    await screen.findByText(t('history.lapse.triggers', [`${t('urge.halt.tired')}, Payday`]));
    await screen.findByText(t('history.lapse.change', ['Call Sam before payday']));
    expect(screen.getByRole('status').textContent).toContain(t('common.saved'));
  });

  it('changes what the person chose on a warning, by keyboard, and it is saved and shown', async () => {
    const user = await open();
    await tabTo(user, 'button', t('history.warning.edit', ['example.org', dateTime(AT.warning)]));
    await user.keyboard('{Enter}');
    const choices = screen.getByRole('group', { name: t('history.warning.choicesLegend') });
    expect(within(choices).getByRole('checkbox', { name: t('history.warning.choices.leave') })).toHaveProperty(
      'checked',
      true,
    );
    await tabTo(user, 'checkbox', t('history.warning.choices.leave'));
    await user.keyboard(' ');
    await tabTo(user, 'checkbox', t('history.warning.choices.reachOut'));
    await user.keyboard(' ');
    await waitFor(async () =>
      expect((await eventsRepo().list()).map((e) => e.choice).sort()).toEqual(['reach-out', 'ride-it-out', 'shown']),
    );
    // In the order they are recorded: a choice added afterwards comes just after the warning was shown.
    const chose = [t('history.warning.choices.reachOut'), t('history.warning.choices.rideItOut')];
    await screen.findByText(
      t('history.warning.chose', [new Intl.ListFormat('en', { type: 'conjunction' }).format(chose)]),
    );
  });

  it('changes a day’s check-in answers, keeping its note, and it is saved and shown', async () => {
    const user = await open();
    const name = t('history.checkIn.edit', [dayWords(CHECK_IN_DAY)]);
    await tabTo(user, 'button', name);
    await user.keyboard('{Enter}');
    const form = await screen.findByRole('form', { name });
    // Mood: from "Low" two steps up to "Good".
    await tabTo(user, 'radio', t('checkIn.moods.low'));
    await user.keyboard('{ArrowRight}{ArrowRight}');
    await tabTo(user, 'button', t('checkIn.save'));
    await user.keyboard('{Enter}');
    await within(form).findByText(t('common.saved'));
    expect(await checkinsRepo().get(CHECK_IN_DAY)).toMatchObject({
      mood: 4,
      sleep: 4,
      note: 'Rain all day',
      helped: 'A walk by the river',
    });
    await screen.findByText(t('history.checkIn.mood', [t('checkIn.moods.good')]));
  });

  it('shows older entries a page at a time', async () => {
    await urgesRepo().putAll(Array.from({ length: 53 }, (_, i) => ({ at: ago(1) - i * 60_000, strength: i % 11 })));
    const user = userEvent.setup();
    render(() => <HistorySection />);
    await waitFor(() => expect(shown()).toHaveLength(50));
    await tabTo(user, 'button', t('history.more'));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(shown()).toHaveLength(53));
    expect(new Set(shown()).size).toBe(53);
    expect(document.activeElement?.textContent, 'the focus on the first older entry').toContain(shown()[50]);
    expect(screen.queryByRole('button', { name: t('history.more') })).toBeNull();
  });
});

describe('the history in Spanish', () => {
  it('speaks the person’s language, dates and times too', async () => {
    speak('es');
    await seed();
    render(() => <HistorySection />);
    const list = await screen.findByRole('list', { name: words('es', 'history.heading') });
    expect(screen.getByRole('group', { name: words('es', 'history.filter.period') })).toBeTruthy();
    expect(screen.getByRole('radio', { name: words('es', 'history.filter.kinds.lapse') })).toBeTruthy();
    const when = new Intl.DateTimeFormat('es', { dateStyle: 'medium', timeStyle: 'short' }).format(AT.warning);
    expect(within(list).getByText(words('es', 'history.warning.title', ['example.org', when]))).toBeTruthy();
    expect(
      within(list).getByText(
        words('es', 'history.warning.chose', [
          `${words('es', 'history.warning.choices.rideItOut')} y ${words('es', 'history.warning.choices.leave')}`,
        ]),
      ),
    ).toBeTruthy();
    expect(within(list).getByText(words('es', 'history.reachOut.ways.text', ['Sam']))).toBeTruthy();
  });
});
