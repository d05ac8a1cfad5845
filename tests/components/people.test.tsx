// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { PeopleSection } from '@/entrypoints/options/PeopleSection';
import { saveCountry } from '@/utils/commands/help';
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
