/**
 * The popup for the hard moment, opened with a year of history against an empty profile, side by
 * side in one run, in real Chromium:
 * - `popup.render_ratio_100k`: the median time to the popup's first useful render (the reach-out
 *   control and the "Log an urge" button in the document and painted) with 100,000 urges, 2,000
 *   lapses, 2,000 check-ins, 1,000 sites and 50 people, divided by the same with an empty
 *   database. Target ≤ 1.3: the popup must not read the history to open.
 * - `popup.js_gzip_kb`: the popup's JavaScript (its script and every module it imports statically), gzipped
 *   (target ≤ 30 kB: the first view's, since the rest loads after it).
 *
 * Two browsers, each with its own profile (one filled, one empty), open the popup in turn,
 * ROUNDS times each, in alternating order, so drift of the machine falls on both. The popup is
 * opened as the toolbar opens it: its page, 400 × 600, in a new tab. Time runs from the page's
 * navigation start to the first animation frame after both controls are there.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUILD_DIR, launch, openExtensionPage, type Session } from '../e2e/harness';
import { settingsRecord } from '../e2e/steps';
import { openPopup, requireBuild, writeStores } from './browser';
import { median, note, report, reportTarget, round, seeded, standardError } from './harness';

const ROUNDS = 20;
const WARMUP = 2;
const URGES = 100_000;
const LAPSES = 2_000;
const CHECKINS = 2_000;
const SITES = 1_000;
const PEOPLE = 50;

/** A chunk's static imports and re-exports (`import{…}from"./x.js"`, `import"./x.js"`), never its lazy `import("./x.js")`. */
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[^"'();]*?from\s*)?["']([^"']+\.js)["']/g;

/**
 * The popup's first view's JavaScript, gzipped, in kB: the script popup.html loads, any module it
 * preloads, and every module they import statically, followed to the end (what must be there
 * before the first view can run); modules imported lazily are left out.
 */
function popupJsGzipKb(): number {
  const html = readFileSync(join(BUILD_DIR, 'popup.html'), 'utf8');
  const files = new Set<string>();
  const follow = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const code = readFileSync(join(BUILD_DIR, file), 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) follow(posix.join(posix.dirname(file), m[1] as string));
  };
  for (const m of html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)) follow(m[1] as string);
  const bytes = [...files].reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(BUILD_DIR, file)), { level: 9 }).length,
    0,
  );
  note(`popup JavaScript: ${[...files].join(', ')}`);
  return bytes / 1024;
}

/** Fills a profile's database from one of Steady's pages, in a few large transactions. */
async function fill(session: Session) {
  const page = await openExtensionPage(session, 'options.html#help');
  const random = seeded(42);
  const now = Date.now();
  const year = 365 * 86_400_000;
  const stamp = { createdAt: now, updatedAt: now };
  const urges = Array.from({ length: URGES }, (_, i) => ({
    id: `u${i}`,
    at: now - Math.floor(random.next() * year),
    strength: random.int(0, 10),
    triggers: [random.pick(['lonely', 'tired', 'payday', 'Friday'])],
    ...stamp,
  }));
  const lapses = Array.from({ length: LAPSES }, (_, i) => ({
    id: `l${i}`,
    at: now - Math.floor(random.next() * year),
    ...stamp,
  }));
  const checkins = Array.from({ length: CHECKINS }, (_, i) => {
    const day = new Date(now - i * 86_400_000);
    return { id: day.toISOString().slice(0, 10), mood: random.int(1, 5), ...stamp };
  });
  const sites = Array.from({ length: SITES }, (_, i) => ({
    id: `s${i}`,
    host: `site${i}.example`,
    scope: 'site',
    level: 'gentle',
    when: 'always',
    ...stamp,
  }));
  const people = Array.from({ length: PEOPLE }, (_, i) => ({
    id: `c${i}`,
    name: `Person ${i}`,
    ways: { call: `+1201555${String(1000 + i).padStart(4, '0')}` },
    order: i,
    ...stamp,
  }));
  const settings = [settingsRecord(now, { showDays: true, counterStart: now - year, recoveryStart: now - year })];
  await writeStores(page, { urges, lapses, checkins, sites, contacts: people, settings });
  await page.close();
}

requireBuild();
reportTarget('popup.js_gzip_kb', popupJsGzipKb(), 'kB', '<=', 30, 1);

const filled = await launch();
const empty = await launch();
try {
  note(
    `filling one profile: ${URGES} urges, ${LAPSES} lapses, ${CHECKINS} check-ins, ${SITES} sites, ${PEOPLE} people`,
  );
  await fill(filled);
  const times = { filled: [] as number[], empty: [] as number[] };
  const ratios: number[] = [];
  for (let round_ = 0; round_ < WARMUP + ROUNDS; round_++) {
    const order = round_ % 2 === 0 ? (['filled', 'empty'] as const) : (['empty', 'filled'] as const);
    const got: Record<string, number> = {};
    for (const kind of order) got[kind] = await openPopup(kind === 'filled' ? filled : empty);
    if (round_ < WARMUP) continue;
    times.filled.push(got.filled as number);
    times.empty.push(got.empty as number);
    ratios.push((got.filled as number) / (got.empty as number));
  }
  const ratio = median(times.filled) / median(times.empty);
  note(`popup: filled ${round(median(times.filled))} ms, empty ${round(median(times.empty))} ms over ${ROUNDS} rounds`);
  reportTarget('popup.render_ratio_100k', ratio, 'ratio', '<=', 1.3);
  report({ name: 'popup.render_ratio_100k.standard_error', value: round(standardError(ratios), 3), unit: 'share' });
  report({ name: 'popup.render_ms.filled', value: round(median(times.filled)), unit: 'ms', visits: ROUNDS });
  report({ name: 'popup.render_ms.empty', value: round(median(times.empty)), unit: 'ms', visits: ROUNDS });
} finally {
  for (const session of [filled, empty]) {
    await session.close();
    await session.web.stop();
  }
}
