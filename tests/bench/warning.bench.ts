/**
 * How soon the warning is there on a flagged page, next to how soon the same page paints on a
 * host that is not flagged, measured side by side in one run, in one browser.
 *
 * Each round makes three visits, each in a fresh tab, in a rotating order:
 * - cold: Steady's service worker is stopped just before (as the browser does after ~30 s
 *   idle), so the warning's question to the background waits for the worker to start;
 * - warm: the worker is running (the cold visit of the round just woke it);
 * - base: the same page on a host that is not flagged (nothing of Steady's runs there).
 * Each round does this for two pages: `heavyPage` (about 100 kB; it paints in about 150–350 ms on
 * the shared 2-core machine, depending on its load) and `lightPage` (about 20 kB, painting in
 * about 110–160 ms), where the warning frame's own start is most of what it costs. No page of
 * Steady's stays open, so with the worker stopped the extension's process is gone too, as in a
 * person's browser: a cold visit pays for both.
 *
 * A warning visit's time runs from the top page's navigation start (its performance.timeOrigin)
 * to the warning frame's first contentful paint with its exits usable: the frame's
 * `first-contentful-paint` entry, or, if the "Leave this site" button came into the frame only
 * after that paint, the next animation frame after it came. The frame is found by its content
 * (that button), not by its address. A base visit's time is the page's own first contentful
 * paint. Results:
 * - `warning.ready_ratio`: median cold time / median base time (target ≤ 1.3);
 * - `warning.ready_ratio.warm`: median warm time / median base time (same target);
 * - `….standard_error`: the standard error of the geometric mean of the per-round ratios (the
 *   visits of one round are seconds apart, so drift of the machine cancels), as a share;
 * - `warning.ready_ms.cold`, `warning.ready_ms.warm`, `warning.baseline_fcp_ms`: the medians,
 *   with the quartiles and the number of visits;
 * - the same for the light page, named `warning.ready_ratio.light`, `warning.ready_ratio.light.warm`,
 *   `warning.ready_ms.light.cold`, … (same target).
 */
import type { Frame, Page } from 'playwright-core';
import { launch, openExtensionPage, stopServiceWorker } from '../e2e/harness';
import { sitesStatus } from '../e2e/steps';
import { t } from '../i18n';
import { heavyPage, lightPage, requireBuild } from './browser';
import { median, note, report, reportTarget, round, standardError } from './harness';

/** Measured rounds (one visit of each kind per round), after the warm-up rounds. */
const ROUNDS = 20;
const WARMUP_ROUNDS = 2;
/** A pause before every visit, so the previous tab's teardown and the worker's stop settle. */
const SETTLE_MS = 300;
/** How long a visit may take to show the warning before the run gives up: a failure, not a measure. */
const GIVE_UP_MS = 30_000;
const FLAGGED = 'example.org';
const NOT_FLAGGED = 'neutral.test';
const TARGET = 1.3;

type Kind = 'cold' | 'warm' | 'base';
/** The orders of a round's visits, taken in turn; warm always after cold, which woke the worker. */
const ORDERS: readonly (readonly Kind[])[] = [
  ['cold', 'warm', 'base'],
  ['cold', 'base', 'warm'],
  ['base', 'cold', 'warm'],
];

/**
 * Runs in every frame before its own scripts (an init script): in a child frame, notes when a
 * button named `label` first comes into the document, and the next animation frame after that.
 */
function watchForExit(label: string): void {
  if (window.top === window) return;
  const marks = window as unknown as { __exitAt?: number; __exitFrameAt?: number };
  const present = () => Array.from(document.querySelectorAll('button')).some((b) => b.textContent?.trim() === label);
  const observer = new MutationObserver(() => {
    if (marks.__exitAt !== undefined || !present()) return;
    marks.__exitAt = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      marks.__exitFrameAt = performance.now();
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** What a frame knows of its own timing, read after the fact. */
interface FrameTiming {
  origin: number;
  fcp: number | undefined;
  exitAt: number | undefined;
  exitFrameAt: number | undefined;
}

const READ_TIMING = `(() => {
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  return { origin: performance.timeOrigin, fcp: fcp ? fcp.startTime : undefined,
    exitAt: globalThis.__exitAt, exitFrameAt: globalThis.__exitFrameAt };
})()`;

/** Milliseconds from a frame's time origin to its first contentful paint with the exit there, once known. */
function readyIn(timing: FrameTiming): number | undefined {
  const { fcp, exitAt, exitFrameAt } = timing;
  if (fcp === undefined || exitAt === undefined) return undefined;
  return exitAt <= fcp ? fcp : exitFrameAt;
}

requireBuild();
const session = await launch();
session.web.page('/page', heavyPage('An ordinary page'));
session.web.page('/light', lightPage('A light page'));

/** The two pages measured: where each is served and the suffix of its figures' names. */
const PAGES = [
  { path: '/page', suffix: '' },
  { path: '/light', suffix: '.light' },
] as const;
await session.context.addInitScript(watchForExit, t('warning.leave'));

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** The page's own first contentful paint, in ms from its navigation start. */
async function pageFcp(tab: Page): Promise<number> {
  const deadline = Date.now() + GIVE_UP_MS;
  for (;;) {
    const { fcp } = (await tab.evaluate(READ_TIMING)) as FrameTiming;
    if (fcp !== undefined) return fcp;
    if (Date.now() > deadline) throw new Error(`no first contentful paint on ${tab.url()}`);
    await sleep(50);
  }
}

/** The warning's frame (the one with the exit button) and its timing, once its exits are painted. */
async function warningReady(tab: Page): Promise<{ frame: Frame; timing: FrameTiming; ready: number }> {
  const deadline = Date.now() + GIVE_UP_MS;
  for (;;) {
    for (const frame of tab.frames()) {
      if (frame === tab.mainFrame()) continue;
      const timing = (await frame.evaluate(READ_TIMING).catch(() => undefined)) as FrameTiming | undefined;
      const ready = timing && readyIn(timing);
      if (timing && ready !== undefined) return { frame, timing, ready };
    }
    if (Date.now() > deadline) throw new Error(`no warning with "${t('warning.leave')}" on ${tab.url()}`);
    await sleep(50);
  }
}

let visits = 0;
/** One visit of a kind to a page, in a fresh tab: its time in ms from the top page's navigation start. */
async function visit(kind: Kind, path: string): Promise<number> {
  if (kind === 'cold') await stopServiceWorker(session);
  await sleep(SETTLE_MS);
  const tab = await session.context.newPage();
  try {
    await tab.goto(session.web.url(kind === 'base' ? NOT_FLAGGED : FLAGGED, `${path}?n=${visits++}`));
    if (kind === 'base') return await pageFcp(tab);
    const top = (await tab.evaluate(READ_TIMING)) as FrameTiming;
    const { frame, timing, ready } = await warningReady(tab);
    // The exit was found by the init script's reading of the DOM; the browser's own reading agrees.
    if ((await frame.getByRole('button', { name: t('warning.leave') }).count()) === 0) {
      throw new Error(`the warning frame has no button named "${t('warning.leave')}"`);
    }
    return timing.origin + ready - top.origin;
  } finally {
    await tab.close();
  }
}

try {
  const options = await openExtensionPage(session, 'options.html');
  await options.getByRole('textbox', { name: t('sites.inputLabel'), exact: true }).fill(FLAGGED);
  await options.getByRole('button', { name: t('sites.add') }).click();
  while (!((await sitesStatus(options).textContent()) ?? '').includes(t('sites.added', [FLAGGED]))) {
    await options.waitForTimeout(50);
  }
  // No page of Steady's stays open: it would keep the extension's process alive between visits.
  await options.close();

  const measured = PAGES.map((page) => ({
    ...page,
    times: { cold: [], warm: [], base: [] } as Record<Kind, number[]>,
    ratios: { cold: [] as number[], warm: [] as number[] },
  }));
  for (let r = 0; r < WARMUP_ROUNDS + ROUNDS; r++) {
    for (const { path, suffix, times, ratios } of measured) {
      const got: Partial<Record<Kind, number>> = {};
      for (const kind of ORDERS[r % ORDERS.length] as readonly Kind[]) got[kind] = await visit(kind, path);
      const { cold, warm, base } = got as Record<Kind, number>;
      if (r < WARMUP_ROUNDS) continue;
      times.cold.push(cold);
      times.warm.push(warm);
      times.base.push(base);
      ratios.cold.push(cold / base);
      ratios.warm.push(warm / base);
      note(
        `warning${suffix}: round ${r - WARMUP_ROUNDS + 1}/${ROUNDS}: cold ${round(cold)} ms, warm ${round(warm)} ms, base ${round(base)} ms`,
      );
    }
  }

  const spread = (values: readonly number[]) => ({
    p25: round(quantile(values, 0.25)),
    p75: round(quantile(values, 0.75)),
    n: values.length,
  });
  for (const { suffix, times, ratios } of measured) {
    const base = median(times.base);
    reportTarget(`warning.ready_ratio${suffix}`, median(times.cold) / base, 'x', '<=', TARGET, 3);
    report({
      name: `warning.ready_ratio${suffix}.standard_error`,
      value: round(standardError(ratios.cold), 3),
      unit: 'share',
    });
    reportTarget(`warning.ready_ratio${suffix}.warm`, median(times.warm) / base, 'x', '<=', TARGET, 3);
    report({
      name: `warning.ready_ratio${suffix}.warm.standard_error`,
      value: round(standardError(ratios.warm), 3),
      unit: 'share',
    });
    report({
      name: `warning.ready_ms${suffix}.cold`,
      value: round(median(times.cold)),
      unit: 'ms',
      ...spread(times.cold),
    });
    report({
      name: `warning.ready_ms${suffix}.warm`,
      value: round(median(times.warm)),
      unit: 'ms',
      ...spread(times.warm),
    });
    report({ name: `warning.baseline_fcp_ms${suffix}`, value: round(base), unit: 'ms', ...spread(times.base) });
  }
} finally {
  await session.close();
  await session.web.stop();
}

/** The `q` quantile of some numbers, interpolated between the nearest ranks. */
function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return (sorted[low] as number) + ((sorted[high] as number) - (sorted[low] as number)) * (at - low);
}
