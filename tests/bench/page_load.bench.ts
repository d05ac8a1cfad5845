/**
 * What Steady costs a page that is not flagged, with 1,000 sites flagged, measured side by
 * side in one run:
 * - `page_load.nonflagged_ratio`: median load time with Steady / median without, loads
 *   alternated between the two browsers;
 * - `page_load.aa_ratio`: the same measurement between two browsers that both lack Steady,
 *   printed beside it so the machine's own noise is visible;
 * - `content_scripts.nonflagged`: how many of Steady's scripts ran on the non-flagged page.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { copy } from '@/utils/copy';
import { launch, launchPlain, openExtensionPage, TestWeb, testBuild } from '../e2e/harness';
import { registeredMatches } from '../e2e/steps';
import { heavyPage, LOAD_TIME, requireBuild } from './browser';
import { median, note, report, reportTarget, round } from './harness';

const LOADS = 60;
const SITES = 1000;

requireBuild();
const web = await new TestWeb().start();
web.page('/page', heavyPage('An ordinary page'));
const steady = await launch({ web, extensionDir: testBuild(['*://*/*']) });
const plainA = await launchPlain(web);
const plainB = await launchPlain(web);

async function flagMany(): Promise<void> {
  const options = await openExtensionPage(steady, 'options.html');
  const lines = Array.from({ length: SITES }, (_, i) => `site${i}.example`).join('\n');
  await options.getByText(copy.sites.several).click();
  await options.getByRole('textbox', { name: copy.sites.severalLabel }).fill(lines);
  await options.getByRole('button', { name: copy.sites.addSeveral }).click();
  const deadline = Date.now() + 120_000;
  while ((await registeredMatches(steady)).length < SITES * 2) {
    if (Date.now() > deadline) throw new Error('the 1,000 sites were not registered in time');
    await options.waitForTimeout(250);
  }
  await options.close();
}

async function tabIn(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(web.url('neutral.test', '/page')); // warm the cache and the renderer
  return page;
}

async function loadTime(page: Page, i: number): Promise<number> {
  await page.goto(web.url('neutral.test', `/page?n=${i}`), { waitUntil: 'load' });
  return page.evaluate(LOAD_TIME);
}

try {
  await flagMany();
  note(`page_load: ${SITES} sites flagged and registered`);
  const withSteady = await tabIn(steady.context);
  const withoutA = await tabIn(plainA);
  const withoutB = await tabIn(plainB);

  // Steady's scripts that start on the non-flagged page: counted by the execution contexts
  // the page gets from the extension's origin (a content script or one of its frames).
  const cdp = await steady.context.newCDPSession(withSteady);
  let scripts = 0;
  cdp.on('Runtime.executionContextCreated', (event) => {
    if (String(event.context.origin).startsWith('chrome-extension://')) scripts++;
  });
  await cdp.send('Runtime.enable');

  const times = { steady: [] as number[], a: [] as number[], b: [] as number[] };
  for (let i = 0; i < LOADS; i++) {
    // Alternate, and rotate who goes first, so drift in the machine falls on every side.
    const order = [
      ['steady', withSteady],
      ['a', withoutA],
      ['b', withoutB],
    ] as const;
    for (let k = 0; k < order.length; k++) {
      const [side, page] = order[(i + k) % order.length] as (typeof order)[number];
      times[side].push(await loadTime(page, i));
    }
  }
  await cdp.detach();

  const [mSteady, mA, mB] = [median(times.steady), median(times.a), median(times.b)];
  note(
    `page_load: median ms with Steady ${round(mSteady, 2)}, without ${round(mA, 2)} and ${round(mB, 2)} (${LOADS} loads each)`,
  );
  reportTarget('page_load.nonflagged_ratio', mSteady / mA, 'x', '<=', 1.02, 3);
  report({ name: 'page_load.aa_ratio', value: round(mB / mA, 3), unit: 'x', loads: LOADS });
  report({ name: 'page_load.median_ms.with_steady', value: round(mSteady, 2), unit: 'ms', loads: LOADS });
  report({ name: 'page_load.median_ms.without', value: round(mA, 2), unit: 'ms', loads: LOADS });
  reportTarget('content_scripts.nonflagged', scripts, 'scripts', '<=', 0);
} finally {
  await steady.close();
  await plainA.close();
  await plainB.close();
  await web.stop();
}
