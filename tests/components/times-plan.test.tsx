// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PlanEditor } from '@/components/PlanEditor';
import { PLAN_SECTION_EXAMPLES, PLAN_SECTION_NAMES } from '@/components/plan-words';
import { TimeForm } from '@/components/TimeForm';
import { TimeList } from '@/components/TimeList';
import type { TriggerTime } from '@/utils/db/schema';
import { PLAN_SECTIONS } from '@/utils/db/schema';
import { t } from '../i18n';

afterEach(cleanup);

const stamp = { createdAt: 1, updatedAt: 1 };

describe('TimeForm', () => {
  it('names a weekly hard time that crosses midnight', async () => {
    const onAdd = vi.fn().mockResolvedValue(undefined);
    render(() => <TimeForm onSave={onAdd} />);
    fireEvent.input(screen.getByRole('textbox', { name: t('times.label') }), { target: { value: 'Friday night' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Friday' }));
    fireEvent.input(screen.getByLabelText(t('times.start')), { target: { value: '22:00' } });
    fireEvent.input(screen.getByLabelText(t('times.end')), { target: { value: '02:00' } });
    fireEvent.click(screen.getByRole('button', { name: t('times.add') }));
    await waitFor(() =>
      expect(onAdd).toHaveBeenCalledWith('Friday night', { kind: 'weekly', days: [5], start: 1320, end: 120 }),
    );
  });

  it.each([
    ['no name', '', true, t('problems.timeNoLabel')],
    ['no day', 'Friday night', false, t('problems.timeWeekday')],
  ])('says what is missing: %s', async (_name, label, day, message) => {
    const onAdd = vi.fn();
    render(() => <TimeForm onSave={onAdd} />);
    fireEvent.input(screen.getByRole('textbox', { name: t('times.label') }), { target: { value: label } });
    if (day) fireEvent.click(screen.getByRole('checkbox', { name: 'Friday' }));
    fireEvent.input(screen.getByLabelText(t('times.start')), { target: { value: '22:00' } });
    fireEvent.input(screen.getByLabelText(t('times.end')), { target: { value: '02:00' } });
    fireEvent.click(screen.getByRole('button', { name: t('times.add') }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(message));
    expect(onAdd).not.toHaveBeenCalled();
  });

  it('asks for days of the month for a monthly time', async () => {
    const onAdd = vi.fn().mockResolvedValue(undefined);
    render(() => <TimeForm onSave={onAdd} />);
    fireEvent.input(screen.getByRole('textbox', { name: t('times.label') }), { target: { value: 'Payday' } });
    fireEvent.change(screen.getByRole('combobox', { name: t('times.kind') }), { target: { value: 'monthly' } });
    fireEvent.input(screen.getByRole('textbox', { name: t('times.daysOfMonth') }), { target: { value: '1, 15' } });
    fireEvent.input(screen.getByLabelText(t('times.start')), { target: { value: '09:00' } });
    fireEvent.input(screen.getByLabelText(t('times.end')), { target: { value: '12:00' } });
    fireEvent.click(screen.getByRole('button', { name: t('times.add') }));
    await waitFor(() =>
      expect(onAdd).toHaveBeenCalledWith('Payday', { kind: 'monthly', daysOfMonth: [1, 15], start: 540, end: 720 }),
    );
  });
});

describe('changing a time', () => {
  it('opens with the time’s values and saves the change', async () => {
    const onSave = vi.fn().mockResolvedValue(undefined);
    const time: TriggerTime = {
      id: 'a',
      label: 'Payday',
      rule: { kind: 'monthly', daysOfMonth: [1, 15], start: 540, end: 720 },
      ...stamp,
    };
    render(() => <TimeForm initial={time} onSave={onSave} onCancel={vi.fn()} />);
    expect(screen.getByRole('heading', { name: t('times.change', ['Payday']) })).toBeTruthy();
    expect((screen.getByRole('textbox', { name: t('times.daysOfMonth') }) as HTMLInputElement).value).toBe('1, 15');
    expect((screen.getByLabelText(t('times.start')) as HTMLInputElement).value).toBe('09:00');
    fireEvent.input(screen.getByLabelText(t('times.end')), { target: { value: '13:00' } });
    fireEvent.click(screen.getByRole('button', { name: t('times.save') }));
    await waitFor(() =>
      expect(onSave).toHaveBeenCalledWith('Payday', { kind: 'monthly', daysOfMonth: [1, 15], start: 540, end: 780 }),
    );
  });

  it('is offered for each time in the list', () => {
    const onEdit = vi.fn();
    const time: TriggerTime = {
      id: 'a',
      label: 'Friday night',
      rule: { kind: 'weekly', days: [5], start: 1320, end: 120 },
      ...stamp,
    };
    render(() => <TimeList times={[time]} onRemove={vi.fn()} onEdit={onEdit} />);
    fireEvent.click(screen.getByRole('button', { name: t('times.change', ['Friday night']) }));
    expect(onEdit).toHaveBeenCalledWith(time);
  });
});

describe('TimeList', () => {
  const times: TriggerTime[] = [
    { id: 'a', label: 'Friday night', rule: { kind: 'weekly', days: [5], start: 1320, end: 120 }, ...stamp },
    { id: 'b', label: 'Payday', rule: { kind: 'monthly', daysOfMonth: [1], start: 540, end: 720 }, ...stamp },
  ];

  it('shows the week at a glance, with a window over midnight on both days', () => {
    render(() => <TimeList times={times} onRemove={vi.fn()} onEdit={vi.fn()} />);
    const week = within(screen.getByRole('list', { name: t('times.week') }));
    const days = week.getAllByRole('listitem').map((item) => item.textContent);
    // Times as the browser's language writes them (Intl): English here.
    expect(days[4]).toBe('FridayFriday night 10:00 PM–12:00 AM');
    expect(days[5]).toBe('SaturdayFriday night 12:00 AM–2:00 AM');
    expect(days[0]).toBe(`Monday${t('times.nothingThatDay')}`);
  });

  it('removes a time by its name', () => {
    const onRemove = vi.fn();
    render(() => <TimeList times={times} onRemove={onRemove} onEdit={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: t('times.remove', ['Payday']) }));
    expect(onRemove).toHaveBeenCalledWith(times[1]);
  });
});

describe('PlanEditor', () => {
  it('saves every section, one line per thing', async () => {
    const onSave = vi.fn().mockResolvedValue(undefined);
    render(() => <PlanEditor sections={PLAN_SECTIONS} items={{ reasons: ['My kids'] }} onSave={onSave} />);
    const reasons = screen.getByRole('textbox', { name: t('plan.sections.reasons') }) as HTMLTextAreaElement;
    expect(reasons.value).toBe('My kids');
    fireEvent.input(reasons, { target: { value: 'My kids\nMy health' } });
    fireEvent.input(screen.getByRole('textbox', { name: t('plan.sections.coping') }), {
      target: { value: 'A walk' },
    });
    fireEvent.click(screen.getByRole('button', { name: t('plan.save') }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(t('plan.saved')));
    expect(onSave.mock.calls[0]?.[0]).toMatchObject({ reasons: ['My kids', 'My health'], coping: ['A walk'] });
  });
});

describe('PlanEditor, examples and people', () => {
  it.each(PLAN_SECTIONS)('the empty box of %s shows an example of its own', (id) => {
    render(() => <PlanEditor sections={PLAN_SECTIONS} items={{}} onSave={vi.fn()} />);
    const boxes = PLAN_SECTIONS.map(
      (section) => screen.getByRole('textbox', { name: PLAN_SECTION_NAMES[section]() }) as HTMLTextAreaElement,
    );
    const box = boxes[PLAN_SECTIONS.indexOf(id)] as HTMLTextAreaElement;
    expect(box.placeholder).toBe(PLAN_SECTION_EXAMPLES[id]());
    expect(box.placeholder).not.toBe('');
    expect(new Set(boxes.map((each) => each.placeholder)).size, 'ten different examples').toBe(PLAN_SECTIONS.length);
  });

  it('"People I can ask for help" shows My people, with a way to reach each, and a link to My people', () => {
    const people = [
      { id: 'sam', name: 'Sam', relation: 'my sister', way: '+1 201-555-0123' },
      { id: 'alex', name: 'Alex' },
    ];
    render(() => (
      <PlanEditor sections={PLAN_SECTIONS} items={{}} people={people} peopleHref="#people" onSave={vi.fn()} />
    ));
    const list = within(screen.getByRole('list', { name: t('plan.fromPeople') }));
    expect(list.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Sam (my sister): +1 201-555-0123',
      'Alex',
    ]);
    expect(screen.getByRole('link', { name: t('plan.changePeople') }).getAttribute('href')).toBe('#people');
  });

  it('says when My people is empty, and still links to it', () => {
    render(() => <PlanEditor sections={PLAN_SECTIONS} items={{}} people={[]} peopleHref="#people" onSave={vi.fn()} />);
    expect(screen.getByText(t('plan.noPeople'))).toBeTruthy();
    expect(screen.queryByRole('list', { name: t('plan.fromPeople') })).toBeNull();
    expect(screen.getByRole('link', { name: t('plan.changePeople') })).toBeTruthy();
  });

  it('prints what is in the boxes now, with the people', () => {
    const onPrint = vi.fn();
    render(() => (
      <PlanEditor
        sections={PLAN_SECTIONS}
        items={{ reasons: ['My kids'] }}
        people={[{ id: 'sam', name: 'Sam' }]}
        onSave={vi.fn()}
        onPrint={onPrint}
      />
    ));
    fireEvent.input(screen.getByRole('textbox', { name: t('plan.sections.coping') }), {
      target: { value: 'A walk\n\nA shower' },
    });
    fireEvent.click(screen.getByRole('button', { name: t('plan.print') }));
    expect(onPrint).toHaveBeenCalledOnce();
    const sheet = document.querySelector('.plan-sheet') as HTMLElement;
    const parts = [...sheet.querySelectorAll('section')].map((part) => [
      part.querySelector('h3')?.textContent,
      [...part.querySelectorAll('li')].map((item) => item.textContent),
    ]);
    expect(parts).toContainEqual([t('plan.sections.reasons'), ['My kids']]);
    expect(parts).toContainEqual([t('plan.sections.coping'), ['A walk', 'A shower']]);
    expect(parts).toContainEqual([t('plan.sections.people'), ['Sam']]);
  });
});
