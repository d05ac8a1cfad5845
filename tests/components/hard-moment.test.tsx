// @vitest-environment happy-dom
import { cleanup, configure, render, screen, waitFor } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/popup/App';
import { checkInToday, today } from '@/utils/commands/checkins';
import { checkinsRepo } from '@/utils/db/checkins';
import { lapsesRepo } from '@/utils/db/lapses';
import { planRepo } from '@/utils/db/plan';
import type { TriggerTimeRule } from '@/utils/db/schema';
import { settingsRepo } from '@/utils/db/settings';
import { timesRepo } from '@/utils/db/times';
import { urgesRepo } from '@/utils/db/urges';
import { systemZone } from '@/utils/time/zone';
import { timeAroundNow } from '@/utils/triggers/time-around';
import { describeRule } from '@/utils/words/hard-times';
import { t } from '../i18n';

afterEach(cleanup);
// A hang guard, not a speed limit: on two busy cores a chain of writes can take more than the default second.
configure({ asyncUtilTimeout: 5000 });
beforeEach(() => {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
    { id: 1, index: 0, url: 'https://example.com/', active: true },
  ] as never);
  fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ ok: true }));
});

/** Presses Tab until the control with this role and name has focus, as a keyboard user does. */
async function tabTo(user: ReturnType<typeof userEvent.setup>, role: string, name: string | RegExp) {
  for (let i = 0; i < 120; i++) {
    const target = screen.queryAllByRole(role as never, { name }).find((el) => el === document.activeElement);
    if (target) return target;
    await user.tab();
  }
  throw new Error(`could not reach ${role} ${String(name)} by Tab`);
}

// A hang guard for each test, not a speed limit: a person's whole path by Tab takes a second alone,
// and several on two cores busy with the rest of the suite.
describe('the popup for the hard moment, by keyboard alone', { timeout: 30_000 }, () => {
  it('logs an urge with its strength and a trigger in three actions, and it can be undone', async () => {
    await planRepo().setItems('triggers', ['Payday']);
    const user = userEvent.setup();
    render(() => <App />);
    // 1: log it (saved at once).
    await tabTo(user, 'button', t('popup.logUrge'));
    await user.keyboard('{Enter}');
    const strength = await screen.findByRole('slider', { name: t('urge.strength') });
    expect(await urgesRepo().list()).toHaveLength(1);
    // 2: how strong.
    strength.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    // 3: what set it off.
    await tabTo(user, 'button', 'Payday');
    await user.keyboard('{Enter}');
    await waitFor(async () =>
      expect(await urgesRepo().list()).toEqual([expect.objectContaining({ strength: 7, triggers: ['Payday'] })]),
    );
    await tabTo(user, 'button', t('urge.undo'));
    await user.keyboard('{Enter}');
    await waitFor(async () => expect(await urgesRepo().list()).toEqual([]));
  });

  it('rides an urge out and records how strong it was after', async () => {
    const user = userEvent.setup();
    render(() => <App />);
    await tabTo(user, 'button', t('popup.rideItOut'));
    await user.keyboard('{Enter}');
    await tabTo(user, 'button', t('ride.stop'));
    await user.keyboard('{Enter}');
    const after = await screen.findByRole('slider', { name: t('ride.after') });
    after.focus();
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    await tabTo(user, 'button', t('ride.save'));
    await user.keyboard('{Enter}');
    await screen.findByText(t('ride.saved'));
    expect(await urgesRepo().list()).toEqual([expect.objectContaining({ strengthAfter: 3, outcome: 'rode-it-out' })]);
  });

  it('I used: safety first, kept only on going on, then reach out, what led to it, and the totals as they were', async () => {
    const start = Date.now() - 30 * 86_400_000;
    await settingsRepo().update({ recoveryStart: start, counterStart: start, showDays: true });
    const user = userEvent.setup();
    render(() => <App />);
    await screen.findByText(t('popup.days', 30));
    await tabTo(user, 'button', t('popup.used'));
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { name: t('lapse.acknowledgeHeading') });
    // The first screen: what keeps the person alive now, with the lines, and nothing kept yet.
    for (const key of [
      'lapse.safetyTolerance',
      'lapse.safetyNaloxone',
      'lapse.safetyAlone',
      'lapse.safetyEmergency',
      'lapse.safetyHopeless',
      'lapse.keptWhen',
    ] as const) {
      expect(screen.getByText(t(key)), key).toBeTruthy();
    }
    expect(screen.getByRole('link', { name: /Never Use Alone/ }).getAttribute('href')).toBe('tel:+18004843731');
    expect(screen.getByRole('link', { name: /911/ }).getAttribute('href')).toBe('tel:911');
    expect(screen.getByRole('link', { name: /988/ }).getAttribute('href')).toBe('tel:988');
    expect(await lapsesRepo().list(), 'nothing kept before the person goes on').toEqual([]);
    await tabTo(user, 'button', t('lapse.goOn'));
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { name: t('lapse.notAloneHeading') });
    expect(await lapsesRepo().list()).toHaveLength(1);
    expect(screen.getByRole('button', { name: t('reach.heading') })).toBeTruthy();
    expect(screen.getByText(t('lapse.notAloneMeds'))).toBeTruthy();
    await tabTo(user, 'button', t('lapse.next'));
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { name: t('lapse.whatHeading') });
    await tabTo(user, 'button', t('urge.halt.lonely'));
    await user.keyboard('{Enter}');
    await waitFor(async () => expect((await lapsesRepo().list())[0]?.triggers).toEqual(['lonely']));
    await tabTo(user, 'button', t('lapse.skip'));
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { name: t('lapse.changeHeading') });
    await tabTo(user, 'button', t('lapse.skip'));
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { name: t('lapse.nextDaysHeading') });
    await tabTo(user, 'button', t('lapse.finish'));
    await user.keyboard('{Enter}');
    // Not restarted (the person did not choose it): the counter and the start stay.
    await screen.findByRole('button', { name: t('popup.logUrge') });
    expect(await settingsRepo().get()).toMatchObject({ counterStart: start, recoveryStart: start });
    expect(await lapsesRepo().list()).toEqual([expect.not.objectContaining({ restartedCounter: true })]);
  });

  it('I used, tapped by mistake: nothing is kept, and the popup is as it was', async () => {
    const user = userEvent.setup();
    render(() => <App />);
    await tabTo(user, 'button', t('popup.used'));
    await user.keyboard('{Enter}');
    await tabTo(user, 'button', t('lapse.mistake'));
    await user.keyboard('{Enter}');
    await screen.findByText(t('lapse.nothingKept'));
    expect(screen.getByRole('button', { name: t('popup.logUrge') })).toBeTruthy();
    expect(await lapsesRepo().list()).toEqual([]);
  });

  it('an urge whose outcome is "I used" leads into the same check-in, and is kept as one lapse linked to it', async () => {
    const user = userEvent.setup();
    render(() => <App />);
    await tabTo(user, 'button', t('popup.logUrge'));
    await user.keyboard('{Enter}');
    await tabTo(user, 'button', t('urge.halt.tired'));
    await user.keyboard('{Enter}');
    await waitFor(async () => expect((await urgesRepo().list())[0]?.triggers).toEqual(['tired']));
    await tabTo(user, 'radio', t('urge.outcomes.later'));
    // The outcomes are one radio group: the arrows move to "I used".
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    await screen.findByRole('heading', { name: t('lapse.acknowledgeHeading') });
    // By mistake first: the urge's outcome goes back to what it was just before (the arrows passed
    // "I reached out" on the way), and no lapse is kept.
    await tabTo(user, 'button', t('lapse.mistake'));
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { name: t('urge.heading') });
    await waitFor(async () => expect((await urgesRepo().list())[0]?.outcome).toBe('reached-out'));
    expect(await lapsesRepo().list()).toEqual([]);
    // Then meant: one lapse, linked to the urge, with what set the urge off.
    await tabTo(user, 'radio', t('urge.outcomes.reachedOut'));
    await user.keyboard('{ArrowRight}');
    await tabTo(user, 'button', t('lapse.goOn'));
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { name: t('lapse.notAloneHeading') });
    const [urge] = await urgesRepo().list();
    expect(urge?.outcome).toBe('used');
    await waitFor(async () =>
      expect(await lapsesRepo().list()).toEqual([expect.objectContaining({ urgeId: urge?.id, triggers: ['tired'] })]),
    );
  });

  it('one change goes into the part of the plan it belongs to; cutting off people writes a safer-surroundings line', async () => {
    const user = userEvent.setup();
    render(() => <App />);
    await tabTo(user, 'button', t('popup.used'));
    await user.keyboard('{Enter}');
    await tabTo(user, 'button', t('lapse.goOn'));
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { name: t('lapse.notAloneHeading') });
    for (let i = 0; i < 2; i++) {
      await tabTo(user, 'button', t('lapse.next'));
      await user.keyboard('{Enter}');
    }
    await screen.findByRole('heading', { name: t('lapse.changeHeading') });
    await tabTo(user, 'button', t('lapse.changePeople'));
    await user.keyboard('{Enter}');
    await waitFor(async () =>
      expect((await planRepo().get('safer-surroundings'))?.items).toEqual([t('lapse.changePeopleLine')]),
    );
    expect(screen.getByRole('textbox', { name: t('lapse.changeProfile') })).toBeTruthy();
    await tabTo(user, 'textbox', t('lapse.changeLine'));
    await user.keyboard('Call Sam on payday');
    await tabTo(user, 'combobox', t('lapse.changeSection'));
    await user.selectOptions(screen.getByRole('combobox', { name: t('lapse.changeSection') }), 'body');
    await tabTo(user, 'button', t('lapse.changeLineAdd'));
    await user.keyboard('{Enter}');
    await waitFor(async () => expect((await planRepo().get('body'))?.items).toEqual(['Call Sam on payday']));
    expect((await planRepo().get('coping'))?.items ?? []).toEqual([]);
    await waitFor(async () => expect((await lapsesRepo().list())[0]?.change).toBe('Call Sam on payday'));
  });

  it('one change can be a hard time around now: on this weekday, the hour before to the hour after', async () => {
    const user = userEvent.setup();
    const before = Date.now();
    render(() => <App />);
    await tabTo(user, 'button', t('popup.used'));
    await user.keyboard('{Enter}');
    await tabTo(user, 'button', t('lapse.goOn'));
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { name: t('lapse.notAloneHeading') });
    for (let i = 0; i < 2; i++) {
      await tabTo(user, 'button', t('lapse.next'));
      await user.keyboard('{Enter}');
    }
    await screen.findByRole('heading', { name: t('lapse.changeHeading') });
    const offered = await screen.findByRole('button', { name: /^Add a hard time: / });
    await user.click(offered);
    const after = Date.now();
    await screen.findByText(/^Added a hard time: /);
    const times = await timesRepo().list();
    expect(times).toHaveLength(1);
    expect(times[0]?.label).toBe(t('lapse.changeTimeLabel'));
    // The popup reads the clock once as it opens, some moment between these two.
    const zone = systemZone();
    expect([timeAroundNow(before, zone), timeAroundNow(after, zone)]).toContainEqual(times[0]?.rule);
    expect(offered.textContent).toBe(t('lapse.changeTime', [describeRule(times[0]?.rule as TriggerTimeRule)]));
  });

  it('restarts the counter only when the person chooses so', async () => {
    const start = Date.now() - 10 * 86_400_000;
    await settingsRepo().update({ recoveryStart: start, counterStart: start, showDays: true });
    const user = userEvent.setup();
    render(() => <App />);
    await tabTo(user, 'button', t('popup.used'));
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { name: t('lapse.acknowledgeHeading') });
    await tabTo(user, 'button', t('lapse.goOn'));
    await user.keyboard('{Enter}');
    for (let i = 0; i < 3; i++) {
      await tabTo(user, 'button', t('lapse.next'));
      await user.keyboard('{Enter}');
    }
    await tabTo(user, 'checkbox', t('lapse.restart'));
    await user.keyboard(' ');
    await tabTo(user, 'button', t('lapse.finish'));
    await user.keyboard('{Enter}');
    await waitFor(async () => expect((await settingsRepo().get()).counterStart).not.toBe(start));
    expect((await settingsRepo().get()).recoveryStart).toBe(start);
  });

  it('offers the daily check-in once, and saves one record a day', async () => {
    await settingsRepo().update({ dailyCheckIn: true });
    const user = userEvent.setup();
    render(() => <App />);
    await tabTo(user, 'button', t('popup.checkInStart'));
    await user.keyboard('{Enter}');
    // A group of radio buttons is one stop for Tab; the arrows move within it.
    await tabTo(user, 'radio', t('checkIn.moods.veryLow'));
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    await tabTo(user, 'checkbox', t('checkIn.movement'));
    await user.keyboard(' ');
    // "What helped today?" is one optional line, kept trimmed, in the person's words.
    await tabTo(user, 'textbox', t('checkIn.helped'));
    await user.keyboard('  Called my sister ');
    await tabTo(user, 'button', t('checkIn.save'));
    await user.keyboard('{Enter}');
    await screen.findByText(t('checkIn.saved'));
    expect(await checkinsRepo().list()).toEqual([
      expect.objectContaining({ mood: 4, movement: true, helped: 'Called my sister' }),
    ]);
    cleanup();
    // A line of the plan shows once the first view's later part is there (it reads the check-in too).
    await planRepo().setItems('coping', ['Take a walk']);
    expect((await checkInToday(today())).offer, 'the command offers no second prompt').toBe(false);
    render(() => <App />);
    await screen.findByText('Take a walk');
    expect(screen.queryByRole('button', { name: t('popup.checkInStart') }), 'at most one prompt a day').toBeNull();
  });

  it('shows whether a hard time is on, and never offers the check-in when it is off', async () => {
    await timesRepo().put({
      label: 'All week',
      rule: { kind: 'weekly', days: [0, 1, 2, 3, 4, 5, 6], start: 0, end: 1439 },
    });
    render(() => <App />);
    await screen.findByText((text) => text.startsWith(t('hardTimes.state.onNoEnd').slice(0, 20)));
    expect(screen.queryByRole('button', { name: t('popup.checkInStart') })).toBeNull();
  });
});
