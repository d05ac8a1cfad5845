import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_ADDON_ID, homepageUrl, SOURCES, SOURCES_LEFT_OUT } from '../../wxt.config';

/**
 * The packages a store reviewer gets, and the rebuild they make: no browser here. `npm run zip`
 * is run for real, in a copy of the project's files (never in the project itself: the other lane
 * of end-to-end tests is loading its .output meanwhile, and a rebuild there once took the build
 * from under a browser starting up). Then the sources zip is unpacked into a temporary folder,
 * built there with this project's installed dependencies, and its packages compared with the
 * first, file by file and byte by byte.
 */

const version: string = JSON.parse(readFileSync(resolve('package.json'), 'utf8')).version;
const WXT = resolve('node_modules/wxt/bin/wxt.mjs');

/** A long per-test limit: a hang guard for builds on two busy cores, not a speed assertion. */
const HANG_GUARD = 240_000;

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

function tempDir(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `steady-${label}-`));
  temporary.push(dir);
  return dir;
}

function run(command: string, args: string[], cwd = process.cwd()): string {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`\`${command} ${args.join(' ')}\` in ${cwd} failed:\n${stdout ?? ''}${stderr ?? ''}\n${error}`);
  }
}

function unzip(zip: string, into: string): string {
  mkdirSync(into, { recursive: true });
  try {
    execFileSync('unzip', ['-q', zip, '-d', into], { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error('The package test needs `unzip` (Debian: `apt-get install -y unzip`; .ci/run installs it).');
    }
    throw error;
  }
  return into;
}

/** Every file under `dir`, as sorted paths relative to it. */
function filesIn(dir: string): string[] {
  const found: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at)) {
      const path = join(at, entry);
      if (statSync(path).isDirectory()) walk(path);
      else found.push(relative(dir, path));
    }
  };
  walk(dir);
  return found.sort();
}

/** The files of a zip, sorted. */
const filesOfZip = (zip: string) => filesIn(unzip(zip, tempDir('zip')));

/** Whether a path matches one of our allow-list patterns: an exact path, or `dir/**` for a folder. */
const matches = (path: string, patterns: readonly string[]) =>
  patterns.some((pattern) => (pattern.endsWith('/**') ? path.startsWith(pattern.slice(0, -2)) : path === pattern));

/**
 * A copy of the project as git sees it (the files it tracks, and new ones it does not ignore, as
 * they are now), with the installed dependencies linked in and WXT's types made (as `npm ci` does).
 */
function projectCopy(): string {
  const dir = tempDir('project');
  const files = run('git', ['ls-files', '--cached', '--others', '--exclude-standard']).split('\n');
  for (const file of files.filter((file) => file && existsSync(file))) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    copyFileSync(file, join(dir, file));
  }
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  run(process.execPath, [WXT, 'prepare'], dir);
  return dir;
}

/** Where `npm run zip` ran, when, and the three zips it made. */
let project = '';
let started = 0;
const ZIPS = {
  chrome: () => join(project, `.output/steady-${version}-chrome.zip`),
  firefox: () => join(project, `.output/steady-${version}-firefox.zip`),
  sources: () => join(project, `.output/steady-${version}-sources.zip`),
};

beforeAll(() => {
  project = projectCopy();
  started = Date.now();
  run('npm', ['run', '-s', 'zip'], project);
}, HANG_GUARD);

describe('the packages for review', () => {
  it(
    '`npm run zip` gives the Chrome package, the Firefox package (MV3, its final id) and the sources zip',
    () => {
      for (const zip of Object.values(ZIPS).map((path) => path())) {
        expect(existsSync(zip), zip).toBe(true);
        expect(statSync(zip).mtimeMs, `${zip} made by this run`).toBeGreaterThanOrEqual(started - 1000);
      }
      // Each package holds exactly its build.
      expect(filesOfZip(ZIPS.chrome())).toEqual(filesIn(join(project, '.output/chrome-mv3')));
      expect(filesOfZip(ZIPS.firefox())).toEqual(filesIn(join(project, '.output/firefox-mv3')));

      const firefox = JSON.parse(readFileSync(join(unzip(ZIPS.firefox(), tempDir('ff')), 'manifest.json'), 'utf8'));
      expect(firefox.manifest_version).toBe(3);
      expect(firefox.browser_specific_settings.gecko.id).toBe(FIREFOX_ADDON_ID);
      expect(FIREFOX_ADDON_ID).toMatch(/^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/);
      // Nothing tests Firefox for Android, so the package does not claim it.
      expect(firefox.browser_specific_settings.gecko_android).toBeUndefined();
      expect(firefox.optional_host_permissions).toEqual(['*://*/*']);

      const chrome = JSON.parse(readFileSync(join(unzip(ZIPS.chrome(), tempDir('cr')), 'manifest.json'), 'utf8'));
      expect(chrome.manifest_version).toBe(3);
      expect(chrome.minimum_chrome_version).toBe('150');
      // Both name package.json's homepage (none while Steady has no public address), as the build says.
      const { homepage_url } = homepageUrl(JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')).homepage);
      expect([chrome.homepage_url, firefox.homepage_url]).toEqual([homepage_url, homepage_url]);
    },
    HANG_GUARD,
  );

  it(
    'the sources zip holds every file in git the build needs, nothing else, and each file left out is named as such',
    () => {
      const tracked = run('git', ['ls-files']).split('\n').filter(Boolean);
      const zipped = filesOfZip(ZIPS.sources());
      // Nothing private or generated (.output, .profile, node_modules, .wxt): only files in git.
      expect(zipped.filter((file) => !tracked.includes(file))).toEqual([]);
      expect(zipped).toContain('LICENSE');
      expect(zipped).toContain('package-lock.json');
      // A file added to the project is either in the sources (SOURCES) or left out on purpose
      // (SOURCES_LEFT_OUT, wxt.config.ts): a file with neither fails here.
      const unaccounted = tracked.filter((file) => !zipped.includes(file) && !matches(file, SOURCES_LEFT_OUT));
      expect(unaccounted, 'files in git neither in the sources zip nor in SOURCES_LEFT_OUT').toEqual([]);
      // And nothing is said twice.
      expect(tracked.filter((file) => matches(file, SOURCES) && matches(file, SOURCES_LEFT_OUT))).toEqual([]);
    },
    HANG_GUARD,
  );

  it(
    'the sources zip, unpacked and built with the installed dependencies, gives the same packages, byte for byte',
    () => {
      const dir = unzip(ZIPS.sources(), tempDir('sources'));
      symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
      // What `npm ci` does after installing (its postinstall), then the README's command for reviewers.
      run(process.execPath, [WXT, 'prepare'], dir);
      run('npm', ['run', '-s', 'zip'], dir);

      for (const browser of ['firefox', 'chrome'] as const) {
        const rebuilt = unzip(join(dir, `.output/steady-${version}-${browser}.zip`), tempDir('rebuilt'));
        const ours = unzip(ZIPS[browser](), tempDir('ours'));
        expect(filesIn(rebuilt), browser).toEqual(filesIn(ours));
        const differ = filesIn(ours).filter(
          (file) => !readFileSync(join(ours, file)).equals(readFileSync(join(rebuilt, file))),
        );
        expect(differ, `${browser}: files whose bytes differ in the rebuilt package`).toEqual([]);
      }
      // The sources zip made from the sources is the same list of files.
      expect(filesOfZip(join(dir, `.output/steady-${version}-sources.zip`))).toEqual(filesOfZip(ZIPS.sources()));
    },
    HANG_GUARD,
  );
});
