// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@solidjs/testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Warning } from '@/components/Warning';
import { crisisLinesFor } from '@/utils/crisis-lines';
import { duration } from '@/utils/words/format';
import { t } from '../i18n';

const us = crisisLinesFor([], 'US');
const base = {
  pauseSeconds: 5,
  variant: 0,
  onLeave: () => {},
  onContinue: () => {},
  lines: us.lines,
  region: us.region,
};

afterEach(cleanup);

describe('the warning', () => {
  it('offers leave and continue at once on a gentle site, with the person’s own words', () => {
    const onContinue = vi.fn();
    render(() => <Warning {...base} level="gentle" ownWords="My kids" onContinue={onContinue} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(t('warning.headings.first'));
    expect(screen.getByText('My kids')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: t('warning.continue') }));
    expect(onContinue).toHaveBeenCalled();
  });

  it('on a search, names it a search: its heading and both choices, never a site', () => {
    const onContinue = vi.fn();
    render(() => <Warning {...base} level="gentle" search onContinue={onContinue} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(t('warning.searchHeading'));
    expect(screen.getByRole('button', { name: t('warning.leaveSearch') })).toBeTruthy();
    expect(screen.queryByRole('button', { name: t('warning.leave') })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: t('warning.continueSearch') }));
    expect(onContinue).toHaveBeenCalled();
  });

  it('varies its words', () => {
    render(() => <Warning {...base} level="gentle" variant={1} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(t('warning.headings.second'));
  });

  it('unlocks continue after the breathing pause, never counting down', () => {
    vi.useFakeTimers();
    try {
      render(() => <Warning {...base} level="pause" pauseSeconds={8} />);
      const carryOn = screen.getByRole('button', { name: t('warning.continue') }) as HTMLButtonElement;
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
    expect(screen.queryByRole('button', { name: t('warning.continue') })).toBeNull();
    expect(screen.getByRole('button', { name: t('warning.leave') })).toBeTruthy();
    for (const line of us.lines) {
      const link = screen.getByRole('link', { name: t('crisis.lineLabel', [line.name, line.display]) });
      expect(link.getAttribute('href')).toBe(line.href);
    }
  });

  it('rides the urge out with a timer that counts up, then asks how strong it is now', async () => {
    vi.useFakeTimers();
    try {
      const onRide = vi.fn();
      const onRideDone = vi.fn().mockResolvedValue(undefined);
      render(() => <Warning {...base} level="gentle" onRideItOut={onRide} onRideDone={onRideDone} />);
      fireEvent.click(screen.getByRole('button', { name: t('warning.rideItOut') }));
      expect(onRide).toHaveBeenCalled();
      expect(screen.getByRole('heading', { name: t('ride.heading') })).toBeTruthy();
      // The guide in words too, so it works without the breathing circle (reduced motion).
      expect(screen.getByText(t('ride.guide'))).toBeTruthy();
      vi.advanceTimersByTime(65_000);
      expect(screen.getByText(t('ride.elapsed', [duration(65)]))).toBeTruthy();
      fireEvent.click(screen.getByRole('button', { name: t('ride.stop') }));
      const after = screen.getByRole('slider', { name: t('ride.after') });
      fireEvent.input(after, { target: { value: '3' } });
      fireEvent.click(screen.getByRole('button', { name: t('ride.save') }));
      expect(onRideDone).toHaveBeenCalledWith({ strengthAfter: 3, seconds: 65 });
      vi.advanceTimersByTime(1000);
      expect(screen.getByText(t('ride.elapsed', [duration(65)])), 'the timer stops when the person does').toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });

  it('logs an urge in two clicks, strength optional', async () => {
    const onLog = vi.fn().mockResolvedValue(undefined);
    render(() => <Warning {...base} level="firm" onLogUrge={onLog} />);
    fireEvent.click(screen.getByRole('button', { name: t('warning.logUrge') }));
    fireEvent.click(screen.getByRole('button', { name: t('warning.logSave') }));
    expect(onLog).toHaveBeenCalledWith(undefined);
    await screen.findByText(t('warning.logSaved'));
  });

  it('reaches the first support person in one click when there is one, and records who and which way', () => {
    const onReach = vi.fn();
    const reach = {
      first: {
        contactId: 'c1',
        name: 'Sam',
        channel: 'call' as const,
        href: 'tel:+15555550100',
        address: '+15555550100',
      },
      people: [],
      message: 'Can you talk?',
    };
    render(() => <Warning {...base} level="firm" reach={reach} onReach={onReach} />);
    const link = screen.getByRole('link', { name: t('reach.button', ['Sam']) });
    expect(link.getAttribute('href')).toBe('tel:+15555550100');
    link.addEventListener('click', (event) => event.preventDefault());
    fireEvent.click(link);
    expect(onReach).toHaveBeenCalledWith('c1', 'call');
    // A computer may not call: the number shows large, with a way to copy it.
    expect(screen.getByRole('heading', { name: t('reach.numberHeading', ['Sam']) })).toBeTruthy();
    expect(screen.getByText('+15555550100')).toBeTruthy();
    expect(screen.getByRole('button', { name: t('reach.copyNumber') })).toBeTruthy();
  });

  it('with no one to reach, reach out goes to the crisis lines', () => {
    render(() => <Warning {...base} level="gentle" reach={{ people: [], message: '' }} />);
    fireEvent.click(screen.getByRole('button', { name: t('reach.heading') }));
    expect(document.activeElement?.getAttribute('href')).toBe('tel:988');
  });

  it('for someone in Mexico: Mexico’s emergency number first (reach out goes there), the United States lines only as not local', () => {
    const mexico = crisisLinesFor([], 'MX');
    render(() => (
      <Warning
        {...base}
        lines={mexico.lines}
        region={mexico.region}
        level="gentle"
        reach={{ people: [], message: '' }}
      />
    ));
    fireEvent.click(screen.getByRole('button', { name: t('reach.heading') }));
    expect(document.activeElement?.getAttribute('href')).toBe('tel:911');
    expect(document.activeElement?.textContent).toBe(
      t('crisis.lineLabel', [t('crisis.emergencyIn', ['Mexico']), '911']),
    );
    expect(screen.getByText(t('lines.usNotLocal'))).toBeTruthy();
    const us = screen.getByRole('list', { name: t('crisis.region') });
    expect(within(us).getByRole('link', { name: /988/ })).toBeTruthy();
    expect(screen.queryByText(t('crisis.region'), { exact: true }), 'never titled as the local lines').toBeNull();
  });

  it.each([
    ['gentle', 1],
    ['pause', 0],
    ['firm', 0],
  ] as const)('Escape on a %s warning continues %i times', (level, times) => {
    const onContinue = vi.fn();
    render(() => <Warning {...base} level={level} onContinue={onContinue} />);
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(onContinue).toHaveBeenCalledTimes(times);
  });
});
