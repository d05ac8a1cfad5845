// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PrivateWindows } from '@/components/PrivateWindows';
import { SitesSection } from '@/entrypoints/options/SitesSection';
import { WelcomeSection } from '@/entrypoints/options/WelcomeSection';
import { installFakePermissionsAndScripting } from '../fakes';
import { t, words } from '../i18n';

/** The browser's answer to "may Steady run in private windows?", or a browser that does not say. */
function privateWindowsAllowed(answer: boolean | 'throws'): void {
  (fakeBrowser.extension as unknown as Record<string, unknown>).isAllowedIncognitoAccess = () =>
    answer === 'throws' ? Promise.reject(new Error('not supported')) : Promise.resolve(answer);
}

afterEach(cleanup);

describe('private windows, in the Sites section', () => {
  it.each([
    [true, 'privateWindows.on', 'privateWindows.off'],
    [false, 'privateWindows.off', 'privateWindows.on'],
  ] as const)('allowed = %s: says so plainly, and how to change it', async (allowed, says, notSays) => {
    installFakePermissionsAndScripting();
    privateWindowsAllowed(allowed);
    render(() => <SitesSection />);
    const part = await screen.findByRole('region', { name: t('privateWindows.heading') });
    expect(part.textContent).toContain(t(says));
    expect(part.textContent).not.toContain(t(notSays));
    // The Chrome build names Chrome's switch.
    expect(part.textContent).toContain(t('privateWindows.howChrome'));
    expect(part.textContent).toContain('chrome://extensions');
  });

  it('asks the browser again when the person comes back to the page (after changing it there)', async () => {
    installFakePermissionsAndScripting();
    privateWindowsAllowed(false);
    render(() => <SitesSection />);
    await screen.findByText(t('privateWindows.off'));
    privateWindowsAllowed(true);
    fireEvent(document, new Event('visibilitychange'));
    await screen.findByText(t('privateWindows.on'));
  });

  it('says it does not know when the browser does not say', async () => {
    installFakePermissionsAndScripting();
    privateWindowsAllowed('throws');
    render(() => <SitesSection />);
    await screen.findByText(t('privateWindows.unknown'));
  });
});

describe('private windows, in the first steps', () => {
  it.each([
    [true, 'privateWindows.on'],
    [false, 'privateWindows.off'],
  ] as const)('allowed = %s: the trigger-site step says it', async (allowed, says) => {
    installFakePermissionsAndScripting();
    privateWindowsAllowed(allowed);
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ ok: true }));
    render(() => <WelcomeSection onDone={() => undefined} />);
    // Step by step, each step shown before the next click (a step whose part loads late is never skipped past).
    for (let step = 1; step < 6; step++) {
      await screen.findByText(new RegExp(`^${t('welcome.step', [String(step), '\\d+'])}$`));
      if (screen.queryByRole('heading', { name: t('welcome.triggerHeading') })) break;
      fireEvent.click(
        await screen.findByRole('button', { name: new RegExp(`^(${t('welcome.skip')}|${t('welcome.next')})$`) }),
      );
    }
    const part = await screen.findByRole('region', { name: t('privateWindows.heading') });
    expect(part.textContent).toContain(t(says));
    expect(part.textContent).toContain(t('privateWindows.howChrome'));
  });
});

describe('PrivateWindows', () => {
  it('names Firefox’s own setting in the Firefox build', () => {
    render(() => <PrivateWindows allowed={false} firefox />);
    const part = screen.getByRole('region', { name: t('privateWindows.heading') });
    expect(part.textContent).toContain(t('privateWindows.howFirefox'));
    expect(part.textContent).toContain('about:addons');
    expect(part.textContent).not.toContain('chrome://extensions');
  });

  it.each(['en', 'es'] as const)('never asks the person to turn it on: both ways are named (%s)', (locale) => {
    const how = [words(locale, 'privateWindows.howChrome'), words(locale, 'privateWindows.howFirefox')];
    expect(how[0]).toMatch(locale === 'en' ? /on or off/ : /activa o desactiva/);
    expect(how[1]).toMatch(locale === 'en' ? /Allow or Don’t Allow/ : /Permitir o No permitir/);
  });
});
