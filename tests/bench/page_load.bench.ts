/**
 * What Steady costs a page that is not flagged, with 1,000 sites flagged, measured side by
 * side in one run, in one browser and one tab, so that nothing but Steady differs between
 * the two sides: Steady is switched on and off (chrome://extensions) between loads.
 * - `page_load.nonflagged_ratio`: median load time with Steady on / median with it off,
 *   in blocks of loads that alternate between the sides (and which side goes first
 *   alternates too), so slow drift in the machine falls on both sides alike. Switching
 *   Steady costs about half a second, hence blocks rather than single loads.
 * - `page_load.aa_ratio`: the same procedure with Steady off on both sides, printed beside it
 *   so the machine's own noise is visible;
 * - `content_scripts.nonflagged`: how many of Steady's scripts ran on the non-flagged page.
 */
import type { Page, Worker } from 'playwright-core';
import { copy } from '@/utils/copy';
import { launch, openExtensionPage, TestWeb, testBuild } from '../e2e/harness';
import { heavyPage, LOAD_TIME, requireBuild } from './browser';
import { median, note, report, reportTarget, round } from './harness';

/** Blocks per side; Steady is switched between blocks, and each block is BLOCK loads in a row. */
const BLOCKS = 20;
const BLOCK = 20;
const SITES = 1000;
/** Lets the service worker finish what it does after a switch before a load is timed. */
const SETTLE_MS = 400;

requireBuild();
const web = await new TestWeb().start();
web.page('/page', heavyPage('An ordinary page'));
const steady = await launch({ web, extensionDir: testBuild(['*://*/*']) });

async function registered(worker: Worker): Promise<number> {
  return worker.evaluate(async () => {
    type Api = { scripting: { getRegisteredContentScripts(): Promise<Array<{ matches?: string[] }>> } };
    const { scripting } = (globalThis as unknown as { chrome: Api }).chrome;
    return (await scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []).length;
  });
}

async function untilRegistered(worker: Worker): Promise<void> {
  const deadline = Date.now() + 120_000;
  while ((await registered(worker)) < SITES * 2) {
    if (Date.now() > deadline) throw new Error('the 1,000 sites were not registered in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function flagMany(): Promise<void> {
  const options = await openExtensionPage(steady, 'options.html');
  const lines = Array.from({ length: SITES }, (_, i) => `site${i}.example`).join('\n');
  await options.getByText(copy.sites.several).click();
  await options.getByRole('textbox', { name: copy.sites.severalLabel }).fill(lines);
  await options.getByRole('button', { name: copy.sites.addSeveral }).click();
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

  const ab = { on: [] as number[], off: [] as number[] };
  for (let i = 0; i < BLOCKS; i++) {
    for (const side of i % 2 ? (['off', 'on'] as const) : (['on', 'off'] as const)) {
      await setSteady(side === 'on');
      ab[side].push(...(await block(tab)));
    }
  }
  await setSteady(false);
  const aa = { first: [] as number[], second: [] as number[] };
  for (let i = 0; i < BLOCKS; i++) {
    for (const side of i % 2 ? (['second', 'first'] as const) : (['first', 'second'] as const)) {
      await new Promise((r) => setTimeout(r, SETTLE_MS));
      aa[side].push(...(await block(tab)));
    }
  }
  await cdp.detach();

  const [mOn, mOff] = [median(ab.on), median(ab.off)];
  const per = { loads: BLOCKS * BLOCK, blocks: BLOCKS };
  note(`page_load: median ms with Steady ${round(mOn, 2)}, without ${round(mOff, 2)} (${BLOCKS * BLOCK} loads each)`);
  reportTarget('page_load.nonflagged_ratio', mOn / mOff, 'x', '<=', 1.02, 3);
  report({ name: 'page_load.aa_ratio', value: round(median(aa.second) / median(aa.first), 3), unit: 'x', ...per });
  report({ name: 'page_load.median_ms.with_steady', value: round(mOn, 2), unit: 'ms', ...per });
  report({ name: 'page_load.median_ms.without', value: round(mOff, 2), unit: 'ms', ...per });
  reportTarget('content_scripts.nonflagged', scripts, 'scripts', '<=', 0);
} finally {
  await steady.close();
  await web.stop();
}
