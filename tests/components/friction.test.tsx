// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SettingsForm } from '@/components/SettingsForm';
import { Warning } from '@/components/Warning';
import { crisisLinesFor } from '@/utils/crisis-lines';
import type { SettingsChanges } from '@/utils/db/schema';
import { DEFAULT_SETTINGS } from '@/utils/db/settings';
import { t } from '../i18n';

const us = crisisLinesFor([], 'US');
const base = { variant: 0, onLeave: () => {}, onContinue: () => {}, lines: us.lines, region: us.region };

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** The check-in as the warning page shows it: the guard's pause first, then the background's answer. */
function showWithAnswer(fromGuard: number) {
  const [seconds, setSeconds] = createSignal(fromGuard);
  render(() => <Warning {...base} level="pause" pauseSeconds={seconds()} />);
  const carryOn = screen.getByRole('button', { name: t('warning.continue') }) as HTMLButtonElement;
  return { carryOn, answer: setSeconds };
}

describe('friction on the check-in (the background’s answer moves the end of the one pause)', () => {
  it('a longer pause after the day’s continues: 5 s from the guard, 20 s in the answer', () => {
    vi.useFakeTimers();
    const { carryOn, answer } = showWithAnswer(5);
    vi.advanceTimersByTime(200);
    answer(20);
    vi.advanceTimersByTime(5_000);
    expect(carryOn.disabled, 'still breathing after the guard’s 5 s').toBe(true);
    vi.advanceTimersByTime(14_700);
    expect(carryOn.disabled).toBe(true);
    vi.advanceTimersByTime(200);
    expect(carryOn.disabled).toBe(false);
  });

  it('a visit whose pause already ran (a reload): the answer says 0, and continue is there at once', () => {
    vi.useFakeTimers();
    const { carryOn, answer } = showWithAnswer(5);
    expect(carryOn.disabled).toBe(true);
    answer(0);
    expect(carryOn.disabled).toBe(false);
    expect(screen.queryByText(t('warning.pauseNote'))).toBeNull();
  });

  it('an answer that comes after the pause ended does not start it again', () => {
    vi.useFakeTimers();
    const { carryOn, answer } = showWithAnswer(5);
    vi.advanceTimersByTime(6_000);
    expect(carryOn.disabled).toBe(false);
    answer(5);
    expect(carryOn.disabled).toBe(false);
  });
});

describe('the friction setting', () => {
  it('is off by default, and saved on when the person turns it on', async () => {
    const saved: SettingsChanges[] = [];
    render(() => (
      <SettingsForm
        settings={{ id: 'settings', createdAt: 0, updatedAt: 0, ...DEFAULT_SETTINGS }}
        onSave={async (changes) => {
          saved.push(changes);
          return undefined;
        }}
      />
    ));
    const box = screen.getByRole('checkbox', { name: t('settings.frictionGrows') }) as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    fireEvent.click(screen.getByRole('button', { name: t('settings.save') }));
    await screen.findByText(t('common.saved'));
    expect(saved[0]?.frictionGrows).toBe(true);
  });
});
