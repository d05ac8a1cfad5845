// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WelcomeSection } from '@/entrypoints/options/WelcomeSection';
import { readPlan } from '@/utils/commands/plan';
import { t } from '../i18n';

afterEach(cleanup);

describe('the welcome', () => {
  it('saves the person’s reasons with a button that says so ("Save my reasons", not the whole plan’s)', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ ok: true }));
    render(() => <WelcomeSection onDone={() => undefined} />);
    // Skip the steps before the reasons, however many there are.
    for (let step = 0; step < 5 && !screen.queryByRole('heading', { name: t('welcome.reasonsHeading') }); step++) {
      fireEvent.click(await screen.findByRole('button', { name: t('welcome.skip') }));
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
