// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Warning } from '@/components/Warning';
import { copy } from '@/utils/copy';
import { US_CRISIS_LINES } from '@/utils/crisis-lines';

const base = { pauseSeconds: 5, variant: 0, onLeave: () => {}, onContinue: () => {} };

afterEach(cleanup);

describe('the warning', () => {
  it('offers leave and continue at once on a gentle site, with the person’s own words', () => {
    const onContinue = vi.fn();
    render(() => <Warning {...base} level="gentle" ownWords="My kids" onContinue={onContinue} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(copy.warning.alternates[0]);
    expect(screen.getByText('My kids')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: copy.warning.continue }));
    expect(onContinue).toHaveBeenCalled();
  });

  it('varies its words', () => {
    render(() => <Warning {...base} level="gentle" variant={1} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(copy.warning.alternates[1]);
  });

  it('unlocks continue after the breathing pause, never counting down', () => {
    vi.useFakeTimers();
    try {
      render(() => <Warning {...base} level="pause" pauseSeconds={8} />);
      const carryOn = screen.getByRole('button', { name: copy.warning.continue }) as HTMLButtonElement;
      expect(carryOn.disabled).toBe(true);
      expect(screen.getByRole('status').textContent).not.toMatch(/\d/);
      vi.advanceTimersByTime(7_900);
      expect(carryOn.disabled).toBe(true);
      vi.advanceTimersByTime(200);
      expect(carryOn.disabled).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('has no continue on a firm site, but leave and every crisis line are there', () => {
    render(() => <Warning {...base} level="firm" />);
    expect(screen.queryByRole('button', { name: copy.warning.continue })).toBeNull();
    expect(screen.getByRole('button', { name: copy.warning.leave })).toBeTruthy();
    for (const line of US_CRISIS_LINES) {
      const link = screen.getByRole('link', { name: `${line.name}: ${line.display}` });
      expect(link.getAttribute('href')).toBe(line.href);
    }
  });
});
