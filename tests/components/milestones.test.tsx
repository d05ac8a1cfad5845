// @vitest-environment happy-dom
import { cleanup, configure, render, screen } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/popup/App';
import { planRepo } from '@/utils/db/plan';
import { settingsRepo } from '@/utils/db/settings';
import { t } from '../i18n';

afterEach(cleanup);
// A hang guard, not a speed limit.
configure({ asyncUtilTimeout: 5000 });
beforeEach(() => {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
    { id: 1, index: 0, url: 'https://example.com/', active: true },
  ] as never);
  fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ ok: true }));
});

/** Noon of the local day `days` before today, in this machine's zone (the popup's; Date's local time). */
const daysAgo = (days: number) => {
  const then = new Date();
  then.setDate(then.getDate() - days);
  then.setHours(12, 0, 0, 0);
  return then.getTime();
};

/** Opens the popup and waits for its later part (a line of the plan shows with the days). */
async function openPopup() {
  render(() => <App />);
  await screen.findByText('Take a walk');
}

describe('milestones in the popup', () => {
  beforeEach(async () => {
    await planRepo().setItems('coping', ['Take a walk']);
  });

  it('says "30 days today." on the day, beside the counter and the total days a lapse never erases', async () => {
    await settingsRepo().update({ recoveryStart: daysAgo(90), counterStart: daysAgo(30), showDays: true });
    await openPopup();
    await screen.findByText(t('popup.days', 30));
    expect(screen.getByText(t('days.milestone.days', 30))).toBeTruthy();
    expect(screen.getByText(t('days.total', [t('popup.days', 90)]))).toBeTruthy();
  });

  it('names a year on its day', async () => {
    // The same calendar day a year ago, at noon (the day before if today is 29 February).
    const today = new Date();
    const then = new Date(today);
    then.setFullYear(today.getFullYear() - 1);
    if (then.getDate() !== today.getDate()) then.setDate(0);
    then.setHours(12, 0, 0, 0);
    await settingsRepo().update({ counterStart: then.getTime(), showDays: true });
    await openPopup();
    await screen.findByText(t('days.milestone.years', 1));
  });

  it('says nothing loud on a day that is no milestone', async () => {
    await settingsRepo().update({ counterStart: daysAgo(31), showDays: true });
    await openPopup();
    await screen.findByText(t('popup.days', 31));
    for (const n of [30, 31, 1]) expect(screen.queryByText(t('days.milestone.days', n))).toBeNull();
  });

  it('shows none when the counter is off', async () => {
    await settingsRepo().update({ counterStart: daysAgo(30), showDays: false });
    await openPopup();
    expect(screen.queryByText(t('popup.days', 30))).toBeNull();
    expect(screen.queryByText(t('days.milestone.days', 30))).toBeNull();
  });
});
