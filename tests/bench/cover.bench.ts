/**
 * `cover.before_body`: over 50 navigations to a flagged page whose very first body element
 * is a script that looks for Steady's cover, the share of navigations where it was already
 * there. 1.0 means not one frame of flagged content came before the cover.
 */

import { COVER_PROBE, launch, openExtensionPage } from '../e2e/harness';
import { sitesStatus } from '../e2e/steps';
import { t } from '../i18n';
import { requireBuild } from './browser';
import { note, reportTarget } from './harness';

const NAVIGATIONS = 50;

requireBuild();
const session = await launch();
try {
  session.web.page('/probe', COVER_PROBE);
  const options = await openExtensionPage(session, 'options.html');
  await options.getByRole('textbox', { name: t('sites.inputLabel'), exact: true }).fill('example.org');
  await options.getByRole('button', { name: t('sites.add') }).click();
  while (!((await sitesStatus(options).textContent()) ?? '').includes(t('sites.added', ['example.org']))) {
    await options.waitForTimeout(50);
  }
  const tab = await session.context.newPage();
  let covered = 0;
  for (let i = 0; i < NAVIGATIONS; i++) {
    await tab.goto(session.web.url(i % 2 ? 'example.org' : 'www.example.org', `/probe?n=${i}`));
    if ((await tab.title()) === 'covered') covered++;
  }
  note(`cover: ${covered} of ${NAVIGATIONS} navigations were covered before the body's first script ran`);
  reportTarget('cover.before_body', covered / NAVIGATIONS, 'share', '>=', 1);
} finally {
  await session.close();
  await session.web.stop();
}
