// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/popup/App';
import { contactsRepo } from '@/utils/db/contacts';
import { planRepo } from '@/utils/db/plan';
import { sitesRepo } from '@/utils/db/sites';
import { urgesRepo } from '@/utils/db/urges';
import { installFakePermissionsAndScripting } from '../fakes';
import { t } from '../i18n';

afterEach(cleanup);

async function openOn(url: string) {
  // The tab the popup opened on; activeTab lets Steady read its address then.
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 1, index: 0, url, active: true }] as never);
  fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ ok: true }));
  render(() => <App />);
}

describe('the popup', () => {
  it('logs an urge in one click', async () => {
    await openOn('https://news.example.org/today');
    fireEvent.click(screen.getByRole('button', { name: t('popup.logUrge') }));
    await screen.findByRole('heading', { name: t('urge.heading') });
    expect(screen.getByText(t('popup.logged'))).toBeTruthy();
    expect(await urgesRepo().list()).toHaveLength(1);
  });

  it('flags the site that is open, asking for it in the same click', async () => {
    installFakePermissionsAndScripting();
    const request = vi.spyOn(fakeBrowser.permissions, 'request');
    await openOn('https://www.example.org/some/page');
    fireEvent.click(await screen.findByRole('button', { name: t('popup.flagThis', ['example.org']) }));
    expect(request).toHaveBeenCalledWith({ origins: ['*://example.org/*', '*://*.example.org/*'] });
    await screen.findByText(t('popup.flagged', ['example.org']));
    expect((await sitesRepo().list()).map((s) => s.host)).toEqual(['example.org']);
  });

  it('says so when the open site is already flagged', async () => {
    await sitesRepo().add({ host: 'example.org', scope: 'site' });
    await openOn('https://example.org/');
    expect(await screen.findByText(t('popup.flagged', ['example.org']))).toBeTruthy();
    expect(screen.queryByRole('button', { name: t('popup.flagThis', ['example.org']) })).toBeNull();
  });

  it('offers nothing to flag on a page that is not a web site', async () => {
    await openOn('chrome://settings/');
    await screen.findByRole('button', { name: t('popup.logUrge') });
    expect(screen.queryByRole('button', { name: /Check in with me on/ })).toBeNull();
  });

  it('shows the next step of the plan and reaches the first support person', async () => {
    await planRepo().setItems('coping', ['Take a walk']);
    await planRepo().setItems('reasons', ['My kids']);
    await contactsRepo().put({ name: 'Sam', ways: { call: '+15555550100' }, order: 0 });
    await openOn('https://example.org/');
    expect(await screen.findByText('Take a walk')).toBeTruthy();
    expect(screen.getByText('My kids')).toBeTruthy();
    const link = await screen.findByRole('link', { name: t('reach.button', ['Sam']) });
    expect(link.getAttribute('href')).toBe('tel:+15555550100');
    expect(screen.getByRole('link', { name: /988 Suicide & Crisis Lifeline/ })).toBeTruthy();
  });
});
