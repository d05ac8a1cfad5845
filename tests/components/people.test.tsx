// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { PeopleSection } from '@/entrypoints/options/PeopleSection';
import { readHelp, saveCountry } from '@/utils/commands/help';
import { listPeople } from '@/utils/commands/people';
import { t } from '../i18n';

afterEach(cleanup);

/** Presses Tab until the element with this role and name has focus (as a keyboard user would). */
async function tabTo(user: ReturnType<typeof userEvent.setup>, role: string, name: string | RegExp) {
  for (let i = 0; i < 80; i++) {
    const target = screen.queryAllByRole(role as never, { name }).find((el) => el === document.activeElement);
    if (target) return target;
    await user.tab();
  }
  throw new Error(`could not reach ${role} ${name} by Tab`);
}

describe('the people editor, by keyboard alone', () => {
  it('adds two people, refuses a number that cannot be, keeps its text, then reorders and removes with undo', async () => {
    await saveCountry('US');
    const user = userEvent.setup();
    render(() => <PeopleSection />);
    await screen.findByText(t('people.empty'));
    const form = within(screen.getByRole('form', { name: t('people.addHeading') }));

    await tabTo(user, 'textbox', t('people.name'));
    await user.keyboard('Sam');
    await tabTo(user, 'textbox', t('people.ways.call'));
    await user.keyboard('555 000 0000');
    await user.keyboard('{Enter}');
    const call = form.getByRole('textbox', { name: t('people.ways.call') }) as HTMLInputElement;
    await waitFor(() => expect(call.getAttribute('aria-invalid')).toBe('true'));
    expect(call.value, 'the refused number keeps its text').toBe('555 000 0000');
    expect(document.activeElement, 'focus goes to the refused field').toBe(call);
    expect(await listPeople()).toEqual([]);

    await user.clear(call);
    await user.keyboard('201 555 0123');
    await user.keyboard('{Enter}');
    await screen.findByText(t('people.saved', ['Sam']));
    expect((await listPeople())[0]?.ways).toEqual({ call: '+12015550123' });

    await tabTo(user, 'textbox', t('people.name'));
    await user.keyboard('Ana');
    await tabTo(user, 'textbox', t('people.ways.email'));
    await user.keyboard('ana@example.org{Enter}');
    await screen.findByText(t('people.saved', ['Ana']));

    await tabTo(user, 'button', t('people.moveUp', ['Ana']));
    await user.keyboard('{Enter}');
    await screen.findByText(t('people.moved', ['Ana', '1']));
    expect((await listPeople()).map((p) => p.name)).toEqual(['Ana', 'Sam']);

    await tabTo(user, 'button', t('people.remove', ['Sam']));
    await user.keyboard('{Enter}');
    expect(document.activeElement?.textContent, 'removing asks once').toBe(t('people.confirmYes'));
    await user.keyboard('{Enter}');
    await screen.findByText(t('people.removed', ['Sam']));
    expect((await listPeople()).map((p) => p.name)).toEqual(['Ana']);
    await tabTo(user, 'button', t('people.undo'));
    await user.keyboard('{Enter}');
    await screen.findByText(t('people.restored', ['Sam']));
    expect((await listPeople()).map((p) => p.name)).toEqual(['Ana', 'Sam']);
  });
});

describe('phone numbers and the country', () => {
  it('reads a number back as it is typed, with the guess; a refused number gets the country beside it, and choosing one reads again', async () => {
    // happy-dom's navigator speaks en-US: the guess is the United States; nothing is chosen.
    const user = userEvent.setup();
    render(() => <PeopleSection />);
    await screen.findByText(t('people.empty'));
    const form = within(screen.getByRole('form', { name: t('people.addHeading') }));
    const call = form.getByRole('textbox', { name: t('people.ways.call') }) as HTMLInputElement;
    await user.type(call, '(415) 555-0132');
    const readBack = await form.findByText(t('people.readBack', ['+1 415 555 0132', 'United States']));
    expect(readBack.getAttribute('aria-live')).toBe('polite');
    expect(call.getAttribute('aria-describedby')).toContain(readBack.id);
    expect(form.queryByRole('combobox', { name: t('lines.country') }), 'no picker before a refusal').toBeNull();

    await user.clear(call);
    await user.type(call, '(000) 555-0132{Enter}');
    await form.findByText(t('problems.phoneInvalid'));
    const picker = form.getByRole('combobox', { name: t('lines.country') }) as HTMLSelectElement;
    expect(picker.value, 'nothing chosen yet').toBe('');
    await user.selectOptions(picker, 'MX');
    await waitFor(async () => expect((await readHelp()).country).toBe('MX'));
    await user.clear(call);
    await user.type(call, '55 1234 5678');
    await form.findByText(t('people.readBack', ['+52 55 1234 5678', 'Mexico']));
  });
});
