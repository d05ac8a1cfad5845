/**
 * What Steady costs a page that is not flagged, with 1,000 sites flagged (with access to those
 * sites and to nothing else, as a person's browser holds them), measured side by side in one
 * run, in one browser and one tab, so that nothing but Steady differs between the sides:
 * Steady is switched on and off (chrome://extensions) between blocks of loads. Switching costs
 * about half a second, hence blocks rather than single loads.
 * Each round is four blocks: on, off, on, off again. Every "off" block comes just after
 * Steady was switched off and every "on" block just after it was switched on, so the two
 * "off" blocks are alike in all but time, and each round gives two ratios:
 * - `page_load.nonflagged_ratio`: the "on" blocks / the first "off" block (medians of their
 *   load times); the figure is the geometric mean over the rounds;
 * - `page_load.aa_ratio`: the second "off" block / the first: the machine's own noise, measured
 *   by the same procedure in the same rounds, printed beside it;
 * - `….standard_error` of each: how finely this run resolves it (0.02 is ±2%);
 * - `content_scripts.nonflagged`: how many of Steady's scripts ran on the non-flagged page.
 */
import type { Page, Worker } from 'playwright-core';
import { launch, openExtensionPage, registeredMatches, TestWeb, testBuild } from '../e2e/harness';
import { t } from '../i18n';
import { heavyPage, LOAD_TIME, requireBuild } from './browser';
import { geomean, median, note, report, reportTarget, round, standardError } from './harness';

const ROUNDS = 16;
/** Loads in a row in one block. */
const BLOCK = 16;
const SITES = 1000;
/** Lets the service worker finish what it does after a switch before a load is timed. */
const SETTLE_MS = 400;

requireBuild();
const web = await new TestWeb().start();
web.page('/page', heavyPage('An ordinary page'));
const siteNames = Array.from({ length: SITES }, (_, i) => `site${i}.example`);
const steady = await launch({
  web,
  extensionDir: testBuild(siteNames.flatMap((site) => [`*://${site}/*`, `*://*.${site}/*`])),
});

async function untilRegistered(worker: Worker): Promise<void> {
  const deadline = Date.now() + 120_000;
  while ((await registeredMatches({ worker })).length < SITES * 2) {
    if (Date.now() > deadline) throw new Error('the 1,000 sites were not registered in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function flagMany(): Promise<void> {
  const options = await openExtensionPage(steady, 'options.html');
  const lines = siteNames.join('\n');
  await options.getByText(t('sites.several')).click();
  await options.getByRole('textbox', { name: t('sites.severalLabel') }).fill(lines);
  await options.getByRole('button', { name: t('sites.addSeveral') }).click();
  await untilRegistered(steady.worker);
  await options.close();
}

const settings = await steady.context.newPage();
await settings.goto('chrome://extensions/');
let on = true;
/** Switches Steady on or off as a person would on chrome://extensions. */
async function setSteady(enabled: boolean): Promise<void> {
  if (on === enabled) return;
  const started = enabled ? steady.context.waitForEvent('serviceworker') : undefined;
  await settings.evaluate(
    async ([id, value]) => {
      type Api = { management: { setEnabled(id: string, enabled: boolean): Promise<void> } };
      await (globalThis as unknown as { chrome: Api }).chrome.management.setEnabled(id, value);
    },
    [steady.extensionId, enabled] as const,
  );
  if (started) await untilRegistered(await started);
  on = enabled;
  await new Promise((r) => setTimeout(r, SETTLE_MS));
}

let loads = 0;
/** A block of loads of the non-flagged page; their load times. */
async function block(page: Page): Promise<number[]> {
  const times: number[] = [];
  for (let k = 0; k < BLOCK; k++) {
    await page.goto(web.url('neutral.test', `/page?n=${loads++}`), { waitUntil: 'load' });
    times.push(await page.evaluate(LOAD_TIME));
  }
  return times;
}

try {
  await flagMany();
  note(`page_load: ${SITES} sites flagged and registered`);
  const tab = await steady.context.newPage();
  await tab.goto(web.url('neutral.test', '/page')); // warm the cache and the renderer

  // Steady's scripts that start on the non-flagged page: counted by the execution contexts
  // the page gets from the extension's origin (a content script or one of its frames).
  const cdp = await steady.context.newCDPSession(tab);
  let scripts = 0;
  cdp.on('Runtime.executionContextCreated', (event) => {
    if (String(event.context.origin).startsWith('chrome-extension://')) scripts++;
  });
  await cdp.send('Runtime.enable');

  const ratios = { on: [] as number[], aa: [] as number[] };
  const all = { on: [] as number[], off: [] as number[] };
  for (let r = 0; r < ROUNDS; r++) {
    const blocks: number[] = [];
    for (const side of [true, false, true, false]) {
      await setSteady(side);
      const times = await block(tab);
      (side ? all.on : all.off).push(...times);
      blocks.push(median(times));
    }
    const [on1, off, on2, offAgain] = blocks as [number, number, number, number];
    ratios.on.push(Math.sqrt(on1 * on2) / off);
    ratios.aa.push(offAgain / off);
  }
  await cdp.detach();

  const per = { rounds: ROUNDS, loads_per_block: BLOCK };
  const [mOn, mOff] = [median(all.on), median(all.off)];
  note(`page_load: median ms with Steady ${round(mOn, 2)}, without ${round(mOff, 2)}`);
  note(
    `page_load: per round ${ratios.on.map((x) => round(x, 3)).join(' ')}; A/A ${ratios.aa.map((x) => round(x, 3)).join(' ')}`,
  );
  reportTarget('page_load.nonflagged_ratio', geomean(ratios.on), 'x', '<=', 1.02, 3);
  report({ name: 'page_load.aa_ratio', value: round(geomean(ratios.aa), 3), unit: 'x', ...per });
  report({
    name: 'page_load.nonflagged_ratio.standard_error',
    value: round(standardError(ratios.on), 3),
    unit: 'share',
  });
  report({ name: 'page_load.aa_ratio.standard_error', value: round(standardError(ratios.aa), 3), unit: 'share' });
  report({ name: 'page_load.median_ms.with_steady', value: round(mOn, 2), unit: 'ms', ...per });
  report({ name: 'page_load.median_ms.without', value: round(mOff, 2), unit: 'ms', ...per });
  reportTarget('content_scripts.nonflagged', scripts, 'scripts', '<=', 0);
} finally {
  await steady.close();
  await web.stop();
}
