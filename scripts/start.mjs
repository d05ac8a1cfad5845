#!/usr/bin/env node
/**
 * `npm start`: builds Steady and opens it in a Chromium-family browser with a profile of its
 * own (.profile/). The browser is found automatically, or named by STEADY_BROWSER. Where the
 * browser refuses extensions from the command line (Google Chrome since version 137), it
 * prints the few clicks that load the build by hand.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const build = resolve(root, '.output/chrome-mv3');

const CANDIDATES = [
  'chromium',
  'chromium-browser',
  '/usr/bin/chromium',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'brave-browser',
  '/Applications/Brave Browser.app/Contents/MacOS/Brave Browser',
  'microsoft-edge',
  'google-chrome',
  'google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

function findOnPath(name) {
  if (name.startsWith('/')) return existsSync(name) ? name : undefined;
  const found = spawnSync('sh', ['-c', `command -v "${name}"`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

function byHand(browser) {
  console.log(`
Steady is built in ${build}
${browser ? `${basename(browser)} does not load extensions from the command line, so load it by hand:` : 'Load it into your browser by hand:'}
  1. Open chrome://extensions (edge://extensions in Edge).
  2. Turn on "Developer mode" (top right).
  3. Click "Load unpacked" and choose the folder above.
  4. Click the puzzle icon in the toolbar and pin Steady.
Firefox: run \`npm run build:firefox\`, open about:debugging#/runtime/this-firefox, click
"Load Temporary Add-on…" and choose .output/firefox-mv3/manifest.json.`);
}

const built = spawnSync(resolve(root, 'node_modules/.bin/wxt'), ['build'], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const named = process.env.STEADY_BROWSER;
const browser = named ? findOnPath(named) : CANDIDATES.map(findOnPath).find(Boolean);
if (named && !browser) {
  console.error(`STEADY_BROWSER is set to ${named}, but no such browser was found.`);
  byHand();
  process.exit(1);
}
// Branded Google Chrome (137+) ignores --load-extension; Chromium, Brave and Edge honour it.
if (!browser || /google[- ]chrome/i.test(browser)) {
  byHand(browser);
  process.exit(0);
}

console.log(`Opening ${browser} with Steady loaded (profile: .profile/). Click Steady's icon in the toolbar.`);
const child = spawn(
  browser,
  [
    `--user-data-dir=${resolve(root, '.profile')}`,
    `--load-extension=${build}`,
    '--no-first-run',
    '--no-default-browser-check',
    'chrome://extensions',
  ],
  { stdio: 'ignore', detached: true },
);
child.on('error', (error) => {
  console.error(`Could not start ${browser}: ${error.message}`);
  byHand(browser);
  process.exitCode = 1;
});
child.unref();
