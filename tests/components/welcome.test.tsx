// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WelcomeSection } from '@/entrypoints/options/WelcomeSection';
import { readHelp, saveCountry } from '@/utils/commands/help';
import { readPlan } from '@/utils/commands/plan';
import { t } from '../i18n';

afterEach(cleanup);

describe('the welcome', () => {
  it('saves the person’s reasons with a button that says so ("Save my reasons", not the whole plan’s)', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ ok: true }));
    render(() => <WelcomeSection onDone={() => undefined} />);
    // Skip the steps before the reasons, however many there are.
    // (The country step says Next: the browser's guess is preselected there.)
    for (let step = 0; step < 5 && !screen.queryByRole('heading', { name: t('welcome.reasonsHeading') }); step++) {
      fireEvent.click(
        await screen.findByRole('button', { name: new RegExp(`^(${t('welcome.skip')}|${t('welcome.next')})$`) }),
      );
    }
    const save = await screen.findByRole('button', { name: t('welcome.reasonsSave') });
    expect(screen.queryByRole('button', { name: t('plan.save') })).toBeNull();
    fireEvent.input(screen.getByRole('textbox', { name: t('plan.sections.reasons') }), {
      target: { value: 'My kids' },
    });
    fireEvent.click(save);
    await screen.findByText(t('welcome.reasonsSaved'));
    await waitFor(async () => expect(await readPlan('reasons')).toEqual({ reasons: ['My kids'] }));
  });
});

// happy-dom's navigator speaks en-US: the guess is the United States.
describe('the welcome’s country step', () => {
  it('preselects the guess, marked as one; moving on with it saves it, and in the US no lines step follows', async () => {
    const user = userEvent.setup();
    render(() => <WelcomeSection onDone={() => {}} />);
    const picker = (await screen.findByRole('combobox', { name: t('lines.country') })) as HTMLSelectElement;
    await waitFor(() => expect(picker.value).toBe('US'));
    expect(screen.getByText(t('welcome.countryGuessed'))).toBeTruthy();
    expect(screen.getByText(t('welcome.step', ['1', '4']))).toBeTruthy();
    expect((await readHelp()).country, 'a guess is not saved by itself').toBeUndefined();

    await user.click(screen.getByRole('button', { name: t('welcome.next') }));
    await screen.findByRole('heading', { name: t('welcome.peopleHeading') });
    expect((await readHelp()).country).toBe('US');
    expect(screen.getByText(t('welcome.step', ['2', '4']))).toBeTruthy();
  });

  it('“Not chosen” is respected: the step is skipped and nothing is saved', async () => {
    const user = userEvent.setup();
    render(() => <WelcomeSection onDone={() => {}} />);
    const picker = (await screen.findByRole('combobox', { name: t('lines.country') })) as HTMLSelectElement;
    await waitFor(() => expect(picker.value).toBe('US'));
    await user.selectOptions(picker, '');
    expect(screen.queryByText(t('welcome.countryGuessed'))).toBeNull();
    await user.click(screen.getByRole('button', { name: t('welcome.skip') }));
    await screen.findByRole('heading', { name: t('welcome.peopleHeading') });
    expect((await readHelp()).country).toBeUndefined();
  });

  it('a country chosen before is not marked as a guess; outside the US the next step asks for the person’s own lines', async () => {
    await saveCountry('ES');
    const user = userEvent.setup();
    render(() => <WelcomeSection onDone={() => {}} />);
    // The welcome opens at the first step with nothing in it: the lines.
    await screen.findByRole('heading', { name: t('welcome.linesHeading') });
    expect(screen.getByText(t('welcome.step', ['2', '5']))).toBeTruthy();
    expect(
      screen.getByRole('link', { name: t('crisis.lineLabel', [t('crisis.emergencyIn', ['Spain']), '112']) }),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: t('welcome.back') }));
    // (happy-dom loses a re-created select's selection, so its value is not checked here; in
    // Chromium it shows Spain.)
    await screen.findByRole('combobox', { name: t('lines.country') });
    expect(screen.queryByText(t('welcome.countryGuessed'))).toBeNull();
  });
});
