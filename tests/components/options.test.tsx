// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SiteBatchForm, SiteForm } from '@/components/SiteForm';
import { SiteList } from '@/components/SiteList';
import { App } from '@/entrypoints/options/App';
import type { TriggerSite } from '@/utils/db/schema';
import { sitesRepo } from '@/utils/db/sites';
import { installFakePermissionsAndScripting } from '../fakes';
import { t } from '../i18n';

const stamp = { createdAt: 1, updatedAt: 1 };
const sites: TriggerSite[] = [
  { id: 'a', host: 'example.org', scope: 'site', level: 'gentle', when: 'always', ...stamp },
  {
    id: 'b',
    host: 'reddit.com',
    scope: 'site',
    path: '/r/opiates',
    level: 'gentle',
    when: 'always',
    ...stamp,
  },
];

afterEach(cleanup);

describe('SiteForm', () => {
  it('shows why an input is not a site, beside the field, and passes nothing on', async () => {
    const onAdd = vi.fn();
    render(() => <SiteForm onAdd={onAdd} />);
    const field = screen.getByRole('textbox', { name: t('sites.inputLabel') });
    fireEvent.input(field, { target: { value: 'exa mple.org' } });
    fireEvent.click(screen.getByRole('button', { name: t('sites.add') }));
    expect(onAdd).not.toHaveBeenCalled();
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('A site name cannot have spaces in it.'));
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect((field as HTMLInputElement).value).toBe('exa mple.org');
  });

  it('asks which reading of a pasted address the person means', async () => {
    const onAdd = vi.fn().mockResolvedValue(undefined);
    render(() => <SiteForm onAdd={onAdd} />);
    fireEvent.input(screen.getByRole('textbox', { name: t('sites.inputLabel') }), {
      target: { value: 'https://old.reddit.com/r/opiates/' },
    });
    const group = screen.getByRole('group', { name: t('sites.whichDoYouMean') });
    const radios = screen.getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((r) => r.labels?.[0]?.textContent)).toEqual([
      t('sites.choiceWhole', ['reddit.com']),
      t('sites.choicePath', ['reddit.com/r/opiates']),
      t('sites.choiceHost', ['old.reddit.com']),
    ]);
    expect(group).toBeTruthy();
    expect(radios[0]?.checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: t('sites.choicePath', ['reddit.com/r/opiates']) }));
    fireEvent.click(screen.getByRole('button', { name: t('sites.add') }));
    expect(onAdd).toHaveBeenCalledWith([{ host: 'reddit.com', scope: 'site', path: '/r/opiates' }]);
    await waitFor(() => expect(screen.queryByRole('group')).toBeNull());
  });

  it('clears the field once the site is added', async () => {
    render(() => <SiteForm onAdd={() => Promise.resolve(undefined)} />);
    const field = screen.getByRole('textbox', { name: t('sites.inputLabel') }) as HTMLInputElement;
    fireEvent.input(field, { target: { value: 'example.org' } });
    fireEvent.submit(field.form as HTMLFormElement);
    await waitFor(() => expect(field.value).toBe(''));
    expect(screen.getByRole('alert').textContent).toBe('');
  });
});

describe('SiteBatchForm', () => {
  it('adds the good lines and keeps each bad line with its reason', async () => {
    const onAdd = vi.fn().mockResolvedValue(undefined);
    render(() => <SiteBatchForm onAdd={onAdd} />);
    const box = screen.getByRole('textbox', { name: t('sites.severalLabel') }) as HTMLTextAreaElement;
    fireEvent.input(box, {
      target: { value: 'example.org\ncom\n\nreddit.com/r/opiates\njavascript:alert(1)\nexample.org' },
    });
    fireEvent.click(screen.getByRole('button', { name: t('sites.addSeveral') }));
    expect(onAdd).toHaveBeenCalledWith([
      { host: 'example.org', scope: 'site' },
      { host: 'reddit.com', scope: 'site', path: '/r/opiates' },
    ]);
    const problems = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^com: .*many sites share/);
    expect(problems[1]).toMatch(/^javascript:alert\(1\): .*http or https/);
    expect(box.value).toBe('com\njavascript:alert(1)');
  });
});

describe('SiteList', () => {
  it('names each site’s controls, and offers access only where it is missing', () => {
    const onRemove = vi.fn();
    const onGrant = vi.fn();
    const onChange = vi.fn();
    render(() => (
      <SiteList
        sites={sites}
        access={{ a: true, b: false }}
        onRemove={onRemove}
        onGrant={onGrant}
        onChange={onChange}
      />
    ));
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: t('sites.grant', ['example.org']) })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: t('sites.grant', ['reddit.com/r/opiates']) }));
    expect(onGrant).toHaveBeenCalledWith(sites[1]);
    fireEvent.click(screen.getByRole('button', { name: t('sites.remove', ['example.org']) }));
    expect(onRemove).toHaveBeenCalledWith(sites[0]);
    const level = screen.getByRole('combobox', { name: t('sites.levelLabel', ['reddit.com/r/opiates']) });
    fireEvent.change(level, { target: { value: 'firm' } });
    expect(onChange).toHaveBeenCalledWith(sites[1], { level: 'firm' });
    const when = screen.getByRole('combobox', { name: t('sites.whenLabel', ['example.org']) });
    fireEvent.change(when, { target: { value: 'hard-times' } });
    expect(onChange).toHaveBeenCalledWith(sites[0], { when: 'hard-times' });
  });

  it('says so when there are no sites', () => {
    render(() => <SiteList sites={[]} access={{}} onRemove={vi.fn()} onGrant={vi.fn()} onChange={vi.fn()} />);
    expect(screen.getByText(t('sites.empty'))).toBeTruthy();
  });
});

/** The sites section's own live region and the single-site form's error, found as a person would. */
const sitesRegion = () => within(screen.getByRole('region', { name: t('sites.heading') }));
const pageStatus = () => sitesRegion().getByRole('status');
const siteError = () =>
  within(screen.getByRole('textbox', { name: t('sites.inputLabel') }).closest('form') as HTMLElement).getByRole(
    'alert',
  );

describe('the options page', () => {
  it('flags a site, asking for its host in the same click, and lists it', async () => {
    const ext = installFakePermissionsAndScripting();
    const request = vi.spyOn(fakeBrowser.permissions, 'request');
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ ok: true }));
    render(() => <App />);
    await screen.findByRole('textbox', { name: t('sites.inputLabel') });
    fireEvent.input(screen.getByRole('textbox', { name: t('sites.inputLabel') }), {
      target: { value: 'https://www.Example.org/some/page' },
    });
    fireEvent.click(screen.getByRole('button', { name: t('sites.add') }));
    expect(request).toHaveBeenCalledWith({ origins: ['*://example.org/*', '*://*.example.org/*'] });
    await waitFor(() => expect(pageStatus().textContent).toBe(t('sites.added', ['example.org'])));
    expect(await screen.findByRole('button', { name: t('sites.remove', ['example.org']) })).toBeTruthy();
    expect((await sitesRepo().list()).map((s) => s.host)).toEqual(['example.org']);
    expect(ext.granted.has('*://example.org/*')).toBe(true);
  });

  it.each([
    ['', 'Type a site'],
    ['javascript:alert(1)', 'http or https'],
    ['com', 'many sites share'],
  ])('refuses %j with a message and stores nothing', async (input, words) => {
    installFakePermissionsAndScripting();
    const request = vi.spyOn(fakeBrowser.permissions, 'request');
    render(() => <App />);
    await screen.findByRole('textbox', { name: t('sites.inputLabel') });
    fireEvent.input(screen.getByRole('textbox', { name: t('sites.inputLabel') }), { target: { value: input } });
    fireEvent.click(screen.getByRole('button', { name: t('sites.add') }));
    await waitFor(() => expect(siteError().textContent).toContain(words));
    expect(request).not.toHaveBeenCalled();
    expect(await sitesRepo().list()).toEqual([]);
  });

  it('keeps a site whose access was refused, with a way to allow it later', async () => {
    installFakePermissionsAndScripting();
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false as never);
    render(() => <App />);
    await screen.findByRole('textbox', { name: t('sites.inputLabel') });
    fireEvent.input(screen.getByRole('textbox', { name: t('sites.inputLabel') }), { target: { value: 'example.net' } });
    fireEvent.click(screen.getByRole('button', { name: t('sites.add') }));
    await waitFor(() => expect(pageStatus().textContent).toBe(t('sites.addedNoAccess', ['example.net'])));
    expect(await screen.findByRole('button', { name: t('sites.grant', ['example.net']) })).toBeTruthy();
    expect(screen.getByText(t('sites.needsPermission'))).toBeTruthy();
    expect((await sitesRepo().list()).map((site) => site.host)).toEqual(['example.net']);
  });
});
