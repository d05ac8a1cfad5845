import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copy } from '@/utils/copy';
import { launch, openExtensionPage, type Session, stopServiceWorker, warningFrame } from './harness';

let session: Session;

beforeEach(async () => {
  session = await launch();
});

afterEach(async () => {
  await session.close();
  await session.web.stop();
});

async function flag(site: string) {
  const options = await openExtensionPage(session, 'options.html');
  await options.getByRole('textbox', { name: copy.sites.inputLabel }).fill(site);
  await options.getByRole('button', { name: copy.sites.add }).click();
  await expect.poll(() => options.getByRole('status').textContent()).toContain(copy.sites.added(site));
  return options;
}

describe('a flagged site', () => {
  it('shows the warning, also after the service worker was stopped', async () => {
    const options = await flag('example.org');
    await expect.poll(() => options.getByText(copy.sites.active).count()).toBe(1);

    const tab = await session.context.newPage();
    await tab.goto(session.web.url('news.example.org', '/story'));
    const frame = await warningFrame(tab);
    expect(frame, 'the warning frame is on the page').toBeDefined();
    await expect.poll(() => frame?.getByRole('button', { name: copy.warning.leave }).count()).toBe(1);
    expect(await frame?.getByRole('button', { name: copy.warning.continue }).count()).toBe(1);

    await stopServiceWorker(session);
    const again = await session.context.newPage();
    await again.goto(session.web.url('example.org', '/later'));
    const frameAgain = await warningFrame(again);
    expect(frameAgain, 'the warning frame is on the page after the worker stopped').toBeDefined();
    await expect.poll(() => frameAgain?.getByRole('button', { name: copy.warning.leave }).count()).toBe(1);
  });
});
