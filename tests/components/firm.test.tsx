// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FirmUntil } from '@/components/FirmUntil';
import { App } from '@/entrypoints/popup/App';
import { db } from '@/utils/db/open';
import { settingsRepo } from '@/utils/db/settings';
import { systemZone } from '@/utils/time/zone';
import { firmUntilFrom } from '@/utils/triggers/firm-until';
import { describeFirmUntil } from '@/utils/words/firm';
import { t } from '../i18n';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('"Keep my sites firm until morning" in the popup', () => {
  /** A trigger site, so there is something to keep firm. */
  async function flagOne() {
    const stamp = { createdAt: 1, updatedAt: 1 };
    await (await db()).put('sites', {
      id: 's1',
      host: 'example.org',
      scope: 'site',
      level: 'gentle',
      when: 'always',
      ...stamp,
    });
  }

  async function openPopup() {
    await flagOne();
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
      { id: 1, index: 0, url: 'chrome://newtab/', active: true },
    ] as never);
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ ok: true }));
    render(() => <App />);
    fireEvent.click(await screen.findByRole('button', { name: t('firm.keep') }));
  }

  it('keeps them firm until 7:00 unless changed, and says so quietly', async () => {
    await openPopup();
    const field = screen.getByRole('textbox', { name: t('firm.until') }) as HTMLInputElement;
    expect(field.value).toBe('7:00');
    fireEvent.click(screen.getByRole('button', { name: t('firm.start') }));
    const stored = await vi.waitFor(async () => {
      const until = (await settingsRepo().get()).firmUntil;
      if (until === undefined) throw new Error('not yet');
      return until;
    });
    const expected = firmUntilFrom('7:00', Date.now(), systemZone());
    expect(expected.ok && stored).toBe(expected.ok && expected.until);
    const words = describeFirmUntil(stored, Date.now(), systemZone());
    expect(screen.getByRole('status').textContent).toBe(words);
    // What holds is said where the button was; no way to end it here.
    expect(screen.getAllByText(words)).toHaveLength(2);
    expect(screen.queryByRole('button', { name: t('firm.keep') })).toBeNull();
    expect(screen.queryByRole('button', { name: t('firm.end') })).toBeNull();
  });

  it('is not offered when there is nothing to keep firm, and is once a site is flagged', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([] as never);
    const first = render(() => <App />);
    await screen.findByRole('button', { name: t('popup.openSettings') });
    await screen.findByText(t('popup.noPlan'));
    expect(screen.queryByRole('button', { name: t('firm.keep') })).toBeNull();
    first.unmount();
    await flagOne();
    render(() => <App />);
    await screen.findByRole('button', { name: t('firm.keep') });
  });

  it('refuses a time it cannot read, says why, and keeps nothing', async () => {
    await openPopup();
    fireEvent.input(screen.getByRole('textbox', { name: t('firm.until') }), { target: { value: 'soon' } });
    fireEvent.click(screen.getByRole('button', { name: t('firm.start') }));
    expect((await screen.findByRole('alert')).textContent).toBe(t('problems.firmTime'));
    expect((await settingsRepo().get()).firmUntil).toBeUndefined();
  });
});

describe('ending it early on the options page (FirmUntil)', () => {
  it('the button works only after the pause, and then ends it', () => {
    vi.useFakeTimers();
    const onEnd = vi.fn();
    render(() => <FirmUntil holding="Your sites are firm until 7:00." pauseMs={20_000} onEnd={onEnd} />);
    const end = screen.getByRole('button', { name: t('firm.end') }) as HTMLButtonElement;
    expect(end.disabled).toBe(true);
    fireEvent.click(end);
    expect(onEnd).not.toHaveBeenCalled();
    vi.advanceTimersByTime(19_999);
    expect(end.disabled).toBe(true);
    vi.advanceTimersByTime(1);
    expect(end.disabled).toBe(false);
    fireEvent.click(end);
    expect(onEnd).toHaveBeenCalledOnce();
  });

  it('with nothing holding, says how to start it, with no button', () => {
    render(() => <FirmUntil pauseMs={20_000} onEnd={() => undefined} />);
    expect(screen.getByText(t('firm.off'))).toBeTruthy();
    expect(screen.queryByRole('button', { name: t('firm.end') })).toBeNull();
  });
});
