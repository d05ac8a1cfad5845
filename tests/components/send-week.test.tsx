// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SendWeek } from '@/components/SendWeek';
import { readWeek } from '@/utils/commands/week';
import { contactsRepo } from '@/utils/db/contacts';
import { settingsRepo } from '@/utils/db/settings';
import { urgesRepo } from '@/utils/db/urges';
import type { WeekTarget } from '@/utils/reach-out/week';
import { t } from '../i18n';

afterEach(cleanup);

const targets: WeekTarget[] = [
  { contactId: 'a', name: 'Sam', ways: [{ channel: 'text', address: '+12015550123' }] },
  {
    contactId: 'b',
    name: 'Ana',
    ways: [
      { channel: 'text', address: '+525512345678' },
      { channel: 'email', address: 'ana@example.org' },
    ],
  },
];

function show() {
  const [given, setGiven] = createSignal<WeekTarget[]>();
  const onStart = vi.fn(() => setGiven(targets));
  const compose = (withNotes: boolean) => (withNotes ? 'My week.\nFrom my notes:\n– Walked it off' : 'My week.');
  render(() => <SendWeek targets={given()} compose={compose} onStart={onStart} />);
  return { onStart };
}

describe('"Send my week to …" (SendWeek)', () => {
  it('writes nothing until the person starts it', () => {
    const { onStart } = show();
    expect(screen.queryByRole('textbox', { name: t('week.message') })).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: t('week.start') }));
    expect(onStart).toHaveBeenCalledOnce();
  });

  it('shows the text to read and change; the link carries exactly what is in the field', () => {
    show();
    fireEvent.click(screen.getByRole('button', { name: t('week.start') }));
    const field = screen.getByRole('textbox', { name: t('week.message') }) as HTMLTextAreaElement;
    expect(field.value).toBe('My week.');
    const link = () => screen.getByRole('link', { name: t('week.openText', ['Sam']) });
    expect(link().getAttribute('href')).toBe('sms:+12015550123?&body=My%20week.');
    fireEvent.input(field, { target: { value: 'Rough week & better now' } });
    expect(link().getAttribute('href')).toBe('sms:+12015550123?&body=Rough%20week%20%26%20better%20now');
  });

  it('the notes go in only when the person ticks the box', () => {
    show();
    fireEvent.click(screen.getByRole('button', { name: t('week.start') }));
    const field = screen.getByRole('textbox', { name: t('week.message') }) as HTMLTextAreaElement;
    expect(field.value).not.toContain('Walked it off');
    fireEvent.click(screen.getByRole('checkbox', { name: t('week.notes') }));
    expect(field.value).toContain('Walked it off');
  });

  it('goes to the person and the way chosen: Ana, by email', () => {
    show();
    fireEvent.click(screen.getByRole('button', { name: t('week.start') }));
    fireEvent.change(screen.getByRole('combobox', { name: t('week.to') }), { target: { value: '1' } });
    fireEvent.change(screen.getByRole('combobox', { name: t('week.way') }), { target: { value: '1' } });
    expect(screen.getByRole('link', { name: t('week.openEmail', ['Ana']) }).getAttribute('href')).toBe(
      'mailto:ana@example.org?subject=My%20week&body=My%20week.',
    );
  });

  it('with no one to text or email, says how to add someone', () => {
    render(() => <SendWeek targets={[]} compose={() => ''} onStart={() => undefined} />);
    expect(screen.getByText(t('week.noOne'))).toBeTruthy();
  });
});

describe('readWeek (what the week is written from)', () => {
  it('reads the last 7 days’ urges, the days when the counter is on, and the people; it changes nothing', async () => {
    const now = Date.UTC(2026, 11, 7, 1, 0);
    await urgesRepo().put({ at: now - 86_400_000, outcome: 'rode-it-out', note: 'a walk' });
    await urgesRepo().put({ at: now - 8 * 86_400_000, outcome: 'rode-it-out' });
    await contactsRepo().put({ name: 'Sam', ways: { call: '+12015550123' }, order: 0 });
    await settingsRepo().update({ showDays: true, counterStart: now - 12 * 86_400_000 });
    const before = JSON.stringify(await settingsRepo().get());
    const week = await readWeek(now, 'America/New_York');
    expect(week.urges.map((u) => u.note)).toEqual(['a walk']);
    expect(week.stretch).toBe(12);
    expect(week.people.map((p) => p.name)).toEqual(['Sam']);
    expect(JSON.stringify(await settingsRepo().get())).toBe(before);
  });
});
