// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { WelcomeSection } from '@/entrypoints/options/WelcomeSection';
import { readHelp, saveCountry } from '@/utils/commands/help';
import { t } from '../i18n';

afterEach(cleanup);

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
