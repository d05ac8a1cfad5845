import { afterEach, describe, expect, it } from 'vitest';
import { t } from '../i18n';
import {
  COVER_PROBE,
  launch,
  registeredMatches,
  type Session,
  stopServiceWorker,
  testBuild,
  warningFrame,
} from './harness';
import { flagSite } from './steps';

let session: Session;

afterEach(async () => {
  await session.close();
  await session.web.stop();
});

async function expectWarning(url: string) {
  const tab = await session.context.newPage();
  await tab.goto(url);
  const frame = await warningFrame(tab);
  expect(frame, `the warning frame is on ${url}`).toBeDefined();
  await frame?.getByRole('button', { name: t('warning.leave') }).waitFor({ state: 'visible' });
  return { tab, frame };
}

describe('a flagged site', () => {
  it('flag a site, visit it, see the warning, stop the service worker, visit again, see it again', async () => {
    session = await launch();
    const options = await flagSite(session, 'example.org');
    await options.getByText(t('sites.active')).waitFor({ state: 'visible' });

    const { frame } = await expectWarning(session.web.url('news.example.org', '/story'));
    expect(await frame?.getByRole('button', { name: t('warning.continue') }).count()).toBe(1);

    await stopServiceWorker(session);
    await expectWarning(session.web.url('example.org', '/later'));
  });

  it('covers the page before its body is painted', async () => {
    session = await launch();
    session.web.page('/probe', COVER_PROBE);
    await flagSite(session, 'example.org');
    const tab = await session.context.newPage();
    for (let i = 0; i < 5; i++) {
      await tab.goto(session.web.url('example.org', `/probe?i=${i}`));
      expect(await tab.title()).toBe('covered');
    }
  });

  it('still warns after the browser restarts (the extension is installed afresh)', async () => {
    const extensionDir = testBuild();
    session = await launch({ extensionDir });
    await flagSite(session, 'example.org');
    const profile = session.profile;
    const web = session.web;
    await session.close();
    session = await launch({ extensionDir, profile, web });
    // A build loaded from the command line is installed afresh at every launch and its
    // registrations are dropped (TOOLCHAIN.md); Steady re-registers from the database on
    // install. (An installed extension keeps them: persistAcrossSessions.)
    await expect.poll(() => registeredMatches(session)).toEqual(['*://*.example.org/*', '*://example.org/*']);
    await expectWarning(session.web.url('example.org', '/after-restart'));
  });
});
