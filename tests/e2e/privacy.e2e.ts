import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_PAGES_CSP } from '../../wxt.config';
import { t } from '../i18n';
import { FIREFOX_BUILD } from './firefox';
import { BUILD_DIR, launch, openExtensionPage, warningFrame } from './harness';
import { flagSite } from './steps';

const BROAD = ['tabs', 'webNavigation', 'history', '<all_urls>', '*://*/*', 'http://*/*', 'https://*/*'];

describe('the production manifest', () => {
  it.each([
    ['Chrome', BUILD_DIR],
    ['Firefox', FIREFOX_BUILD.dir],
  ])('%s: asks for no host at install, has no static content script and no broad permission', (_name, dir) => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts ?? []).toEqual([]);
    for (const permission of BROAD) expect(manifest.permissions).not.toContain(permission);
    expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
    expect(manifest.action.default_title).toBe('Steady');
    expect(manifest.content_security_policy, 'an explicit policy for Steady’s own pages').toEqual({
      extension_pages: EXTENSION_PAGES_CSP,
    });
    if (dir === BUILD_DIR)
      expect(manifest.minimum_chrome_version, 'the oldest Chromium the suite passes on').toBe('150');
  });
});

// The browser's own calls to Google's services, made without any extension too (TOOLCHAIN.md;
// seen here: accounts.google.com, update.googleapis.com). Left out of the proxy's count so a
// newer Chromium calling one more of them does not fail this test; a call to any of them from
// Steady would still be caught by the request events below.
const BROWSER_OWN =
  /^(CONNECT )?(https?:\/\/)?([a-z0-9-]+\.)*(google\.com|googleapis\.com|gstatic\.com|gvt1\.com)(:443)?(\/|$)/;

describe('network', () => {
  it('Steady makes no request of its own', async () => {
    const session = await launch();
    const extensionRequests: string[] = [];
    session.context.on('request', (request) => {
      const url = request.url();
      if (
        !url.startsWith('chrome-extension://') &&
        (request.serviceWorker() || request.frame()?.url().startsWith('chrome-extension://'))
      ) {
        extensionRequests.push(url);
      }
    });
    try {
      await flagSite(session, 'example.org');
      const visited = [session.web.url('example.org', '/flagged'), session.web.url('neutral.test', '/plain')];
      const tab = await session.context.newPage();
      for (const url of visited) await tab.goto(url);
      await tab.goto(visited[0] as string);
      const frame = await warningFrame(tab);
      await frame?.getByRole('button', { name: t('warning.continue') }).click();
      const popup = await openExtensionPage(session, 'popup.html');
      await popup.getByRole('button', { name: t('popup.logUrge') }).click();
      await popup.getByText(t('popup.logged')).waitFor();
      await tab.waitForTimeout(500);

      const expected = new Set(visited.flatMap((url) => [url, new URL('/favicon.ico', url).href]));
      const unexpected = session.web.requests
        .map((r) => (r.method === 'CONNECT' ? `CONNECT ${r.url}` : r.url))
        .filter((url) => !expected.has(url) && !BROWSER_OWN.test(url));
      expect(unexpected).toEqual([]);
      expect(extensionRequests).toEqual([]);

      // Control: the server's record does see the pages the person visited.
      for (const url of visited) expect(session.web.requests.map((r) => r.url)).toContain(url);
      // And Steady could not make a request if it tried: its own policy (default-src 'self') refuses
      // one from its worker (the worker's fetch reached this server before the policy was set).
      const tried = await session.worker.evaluate(() =>
        fetch('http://probe.test/control').then(
          () => 'fetched',
          (error: unknown) => `refused: ${String(error)}`,
        ),
      );
      expect(tried).toMatch(/^refused/);
    } finally {
      await session.close();
      await session.web.stop();
    }
  });
});
