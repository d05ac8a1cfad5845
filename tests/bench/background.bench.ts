/**
 * The background's wake-up, in real Chromium with a filled profile (1,000 sites with their hosts
 * granted where the test build grants them, 50 people, 10,000 urges):
 * - `background.wake_ms`: the median time for a stopped worker (as the browser stops it after
 *   about 30 s idle) to answer "enforcement changed", what every command sends after a write;
 *   the worker starts, does its start-up work, then re-derives once for the message;
 * - `background.warm_ms`: the same answer from a running worker (one re-derive alone);
 * - `background.wake_ratio`: wake / warm (target ≤ 2: a wake-up re-derives nothing of its own,
 *   utils/background/wake.ts, so it costs the worker's start and one re-derive, not two).
 *
 * One extension page stays open and sends the messages; the worker is stopped over CDP before
 * each wake visit, and warm visits follow wake visits in alternating order.
 */
import type { Page } from 'playwright-core';
import { launch, openExtensionPage, stopServiceWorker } from '../e2e/harness';
import { settingsRecord } from '../e2e/steps';
import { requireBuild, writeStores } from './browser';
import { median, note, report, reportTarget, round, seeded } from './harness';

const ROUNDS = 20;
const WARMUP = 2;
const SITES = 1_000;
const PEOPLE = 50;
const URGES = 10_000;

/** Sends "enforcement changed" from the page and times the answer, in ms. */
function askOnce(page: Page): Promise<number> {
  return page.evaluate(async () => {
    type Api = { runtime: { sendMessage(message: object): Promise<unknown> } };
    const { runtime } = (globalThis as unknown as { chrome: Api }).chrome;
    const start = performance.now();
    await runtime.sendMessage({ type: 'enforcement-changed' });
    return performance.now() - start;
  });
}

requireBuild();
const session = await launch();
try {
  const page = await openExtensionPage(session, 'options.html#help');
  const now = Date.now();
  const stamp = { createdAt: now, updatedAt: now };
  const random = seeded(7);
  await writeStores(page, {
    sites: Array.from({ length: SITES }, (_, i) => ({
      id: `s${i}`,
      host: i % 100 === 0 ? `h${i}.localhost` : `site${i}.example`,
      scope: 'site',
      level: 'gentle',
      when: 'always',
      ...stamp,
    })),
    contacts: Array.from({ length: PEOPLE }, (_, i) => ({
      id: `c${i}`,
      name: `Person ${i}`,
      ways: { call: `+1201555${String(1000 + i).padStart(4, '0')}` },
      order: i,
      ...stamp,
    })),
    urges: Array.from({ length: URGES }, (_, i) => ({
      id: `u${i}`,
      at: now - Math.floor(random.next() * 365 * 86_400_000),
      strength: random.int(0, 10),
      ...stamp,
    })),
    settings: [settingsRecord(now)],
  });
  note(`filled: ${SITES} sites, ${PEOPLE} people, ${URGES} urges`);
  await askOnce(page);
  const wake: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < WARMUP + ROUNDS; i++) {
    await stopServiceWorker(session);
    const woke = await askOnce(page);
    const running = await askOnce(page);
    if (i < WARMUP) continue;
    wake.push(woke);
    warm.push(running);
  }
  note(`background: wake ${round(median(wake))} ms, warm ${round(median(warm))} ms over ${ROUNDS} rounds`);
  report({ name: 'background.wake_ms', value: round(median(wake)), unit: 'ms', visits: ROUNDS });
  report({ name: 'background.warm_ms', value: round(median(warm)), unit: 'ms', visits: ROUNDS });
  reportTarget('background.wake_ratio', median(wake) / median(warm), 'ratio', '<=', 2);
} finally {
  await session.close();
  await session.web.stop();
}
