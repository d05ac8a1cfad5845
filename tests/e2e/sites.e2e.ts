import { beforeEach, describe, expect, it } from 'vitest';
import { t } from '../i18n';
import { registeredMatches, type Session, warningFrame } from './harness';
import { endQuietTimes, flagSite, freshSessionEachTest, sitesStatus } from './steps';

const current = freshSessionEachTest();
let session: Session;
beforeEach(() => {
  session = current();
});

/** Counts the extension's script contexts that start in a page (content scripts, our frames). */
async function extensionContextsOn(url: string): Promise<number> {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  let count = 0;
  cdp.on('Runtime.executionContextCreated', (event) => {
    if (String(event.context.origin).startsWith('chrome-extension://')) count++;
  });
  await cdp.send('Runtime.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  await cdp.detach();
  await page.close();
  return count;
}

describe('trigger sites', () => {
  it('runs nothing of Steady on a site that is not flagged', async () => {
    await flagSite(session, 'example.org');
    expect(await registeredMatches(session)).toEqual(['*://*.example.org/*', '*://example.org/*']);
    expect(await extensionContextsOn(session.web.url('notexample.org', '/'))).toBe(0);
    expect(await extensionContextsOn(session.web.url('example.org.evil.test', '/'))).toBe(0);
    // The same measure sees Steady where a site is flagged.
    expect(await extensionContextsOn(session.web.url('example.org', '/'))).toBeGreaterThan(0);
  });

  it('removing a site removes its registration and its warning', async () => {
    const options = await flagSite(session, 'example.org');
    await options.getByRole('button', { name: t('sites.remove', ['example.org']) }).click();
    await expect.poll(() => sitesStatus(options).textContent()).toBe(t('sites.removed', ['example.org']));
    await expect.poll(() => registeredMatches(session)).toEqual([]);
    const tab = await session.context.newPage();
    await tab.goto(session.web.url('example.org', '/'));
    expect(await warningFrame(tab, 1000)).toBeUndefined();
    await tab.getByRole('heading', { name: 'Test page /' }).waitFor({ state: 'visible' });
  });

  it('keeps a site without access, marked, with a way to allow it, and warns nowhere', async () => {
    // example.net is not granted in the test build, and the browser's prompt cannot be answered here.
    const options = await flagSite(session, 'example.net');
    await options.getByText(t('sites.needsPermission')).waitFor({ state: 'visible' });
    await options.getByRole('button', { name: t('sites.grant', ['example.net']) }).waitFor({ state: 'visible' });
    expect(await registeredMatches(session)).toEqual([]);
    const tab = await session.context.newPage();
    await tab.goto(session.web.url('example.net', '/'));
    expect(await warningFrame(tab, 1000)).toBeUndefined();
  });

  it('continue quiets the site; leave goes back', async () => {
    await flagSite(session, 'example.org');
    const tab = await session.context.newPage();
    await tab.goto(session.web.url('calm.test', '/start'));
    await tab.goto(session.web.url('example.org', '/a'));
    let frame = await warningFrame(tab);
    await frame?.getByRole('button', { name: t('warning.leave') }).click();
    await expect.poll(() => tab.url()).toBe(session.web.url('calm.test', '/start'));

    await tab.goto(session.web.url('example.org', '/b'));
    frame = await warningFrame(tab);
    await frame?.getByRole('button', { name: t('warning.continue') }).click();
    await expect.poll(() => tab.frames().some((f) => f.url().includes('/warning.html'))).toBe(false);
    await tab.getByRole('heading', { name: 'Test page /b' }).waitFor({ state: 'visible' });

    await tab.goto(session.web.url('www.example.org', '/c'));
    expect(await warningFrame(tab, 1000), 'quiet for the rest of the quiet time').toBeUndefined();

    // When the quiet time is over, the warning returns.
    await endQuietTimes(session);
    await tab.goto(session.web.url('example.org', '/d'));
    expect(await warningFrame(tab), 'the warning returns after the quiet time').toBeDefined();
  });
});
