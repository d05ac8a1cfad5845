import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { DB_VERSION } from '@/utils/db/open';
import { t } from '../i18n';
import {
  GRANTED_TEST_HOSTS,
  launch,
  openExtensionPage,
  registeredMatches,
  removeDir,
  type Session,
  TestWeb,
  testBuild,
  warningFrame,
} from './harness';
import { readStore } from './steps';

/**
 * Issue #11, point 8: an update keeps everything. Steady as it was at commit f6c0fe8 (trigger
 * sites, hard times, the plan and settings; database version 2) is built from git, used through
 * its own pages, and then replaced by this build in the same browser profile, so every migration
 * since runs: every record must be there, in today's schema, and show on today's pages.
 */
const BEFORE = 'f6c0fe8a271ec5e9051c7f551c211a8baf5c0e2d';

/**
 * A fixed public key (base64 DER) for both builds' manifests. An unpacked extension's id comes
 * from its folder's path unless its manifest has a key, and its IndexedDB belongs to that id:
 * with one key, the update is the same extension, as it is for a person.
 */
const KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAxJY+DToTRILJqx7Sfhc36+IQ+46BHyyWf3fDtrtj2h2aaHA1zGVeMGQZyq6g/Co/llxmqcIk3Y+EzPw5oPWj1Bzj5fX1uxtpCbN3dkYXljw18P2lbistgIAgq/99tj8nSqBCYTNFpt15rS4Vbpfk0OqNg6/FaFKvktYRqjdaFOTXiW6czEanLZ3SVIwuvxDYY2sqqFeJvmDGti96qxwMtqsWhrz5e/LbBtrZisJMj4zV9vibKGjDgIejT5jfxphsopYvv1xfhAUK/y23kc2Co9PLWYA1DSCyC7JbHvOp/egud7gwXHPyaA1Zn6fj2Ebu2kVOHckyHj0XxeYtcfIuNwIDAQAB';

/** The id Chromium gives an extension with this key: the key's SHA-256, first 32 hex digits written a to p. */
const EXPECTED_ID = [...createHash('sha256').update(Buffer.from(KEY, 'base64')).digest('hex').slice(0, 32)]
  .map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16)))
  .join('');

/**
 * The words of Steady at f6c0fe8, as its pages show them (`git show f6c0fe8:utils/copy.ts`).
 * That commit never changes, so neither do these.
 */
const THEN = {
  sitesHeading: 'Trigger sites',
  siteInput: 'Site',
  addSite: 'Add site',
  added: (what: string) => `Added ${what}.`,
  levelLabel: (site: string) => `How firm on ${site}`,
  whenLabel: (site: string) => `When to check in on ${site}`,
  saved: 'Saved.',
  timesHeading: 'Hard times',
  timeName: 'Name',
  start: 'Starts',
  end: 'Ends',
  addTime: 'Add hard time',
  planHeading: 'My plan',
  reasons: 'My reasons for recovery',
  coping: 'Things I can do on my own',
  savePlan: 'Save my plan',
  planSaved: 'Your plan is saved.',
  settingsHeading: 'How check-ins behave',
  quietMinutes: 'After “continue”, stay quiet on that site for (minutes)',
  recordPaths: 'Keep the page’s path with each check-in (for your own review)',
  saveSettings: 'Save settings',
  popupLogUrge: 'Log an urge',
  popupLogged: 'Logged. Noticing an urge is a strong step.',
  warningLogUrge: 'Log this urge',
  warningSave: 'Save',
  warningSaved: 'Saved. Noticing it is a strong step.',
};

const REASONS = ['My daughter', 'The mornings that are mine again'];
const COPING = 'Walk around the block';

/** What the test made (folders, the profile, the web server), undone after it, last made first. */
const cleanups: Array<() => void | Promise<void>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** Runs a command; on failure, throws with what it printed. */
function run(command: string, args: string[], options: { cwd?: string; input?: Buffer } = {}): Buffer {
  try {
    return execFileSync(command, args, { ...options, maxBuffer: 256 * 1024 * 1024, stdio: 'pipe' });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`\`${command} ${args.join(' ')}\` failed:\n${stdout ?? ''}${stderr ?? ''}\n${error}`);
  }
}

/**
 * Steady's Chrome build at `commit`, made from git: the commit's files (git archive, so the
 * repository's own worktrees and index are never touched), this repository's node_modules (the
 * old dependencies are a subset of today's, at the same versions), and its own `wxt build`.
 */
function buildAt(commit: string): string {
  try {
    run('git', ['cat-file', '-e', `${commit}^{commit}`]);
  } catch (error) {
    throw new Error(
      `The update test builds Steady as it was at ${commit.slice(0, 7)}, from this repository's git history, ` +
        'and cannot find that commit. Run the tests in a git clone with its full history ' +
        '(a shallow clone needs `git fetch --unshallow`).\n' +
        String(error),
    );
  }
  const dir = mkdtempSync(join(tmpdir(), `steady-${commit.slice(0, 7)}-`));
  cleanups.push(() => removeDir(dir));
  run('tar', ['-x', '-C', dir], { input: run('git', ['archive', '--format=tar', commit]) });
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  try {
    run(process.execPath, [resolve('node_modules/wxt/bin/wxt.mjs'), 'build'], { cwd: dir });
  } catch (error) {
    throw new Error(
      `Steady at ${commit.slice(0, 7)} did not build with today's node_modules. Its dependencies that differ ` +
        `from today's: ${JSON.stringify(dependenciesThatDiffer(join(dir, 'package.json'), resolve('package.json')))}\n` +
        String(error),
    );
  }
  return join(dir, '.output/chrome-mv3');
}

/** The dependencies of one package.json whose versions another lists differently (or not at all). */
function dependenciesThatDiffer(oldFile: string, newFile: string): Record<string, [string, string | undefined]> {
  const all = (file: string): Record<string, string> => {
    const json = JSON.parse(readFileSync(file, 'utf8'));
    return { ...json.dependencies, ...json.devDependencies };
  };
  const [then, now] = [all(oldFile), all(newFile)];
  return Object.fromEntries(
    Object.entries(then)
      .filter(([name, version]) => now[name] !== version)
      .map(([name, version]) => [name, [version, now[name]]]),
  );
}

/** The section of the old options page (one long page) with this heading. */
const region = (page: Page, heading: string) => page.getByRole('region', { name: heading });

/** Adds data through the old build's own pages, as a person would. */
async function useTheOldSteady(session: Session) {
  const options = await openExtensionPage(session, 'options.html');

  // Two trigger sites: one the test build may reach (active), one it may not (needs permission).
  const sites = region(options, THEN.sitesHeading);
  for (const site of ['example.org', 'example.net']) {
    await sites.getByRole('textbox', { name: THEN.siteInput, exact: true }).fill(site);
    await sites.getByRole('button', { name: THEN.addSite }).click();
    await sites
      .getByRole('status')
      .filter({ hasText: THEN.added(site) })
      .waitFor();
  }
  // Each change is stored (and the list shown again) before the next.
  const change = async (label: string, value: string, stored: string[]) => {
    await sites.getByRole('combobox', { name: label }).selectOption(value);
    await expect
      .poll(async () => (await readStore(session, 'sites')).map((s) => `${s.host} ${s.level} ${s.when}`).sort())
      .toEqual(stored);
    await expect.poll(() => sites.getByRole('combobox', { name: label }).inputValue()).toBe(value);
  };
  await change(THEN.levelLabel('example.org'), 'pause', ['example.net gentle always', 'example.org pause always']);
  await change(THEN.levelLabel('example.net'), 'firm', ['example.net firm always', 'example.org pause always']);
  await change(THEN.whenLabel('example.net'), 'hard-times', [
    'example.net firm hard-times',
    'example.org pause always',
  ]);

  // A hard time that runs past midnight.
  const times = region(options, THEN.timesHeading);
  await times.getByRole('textbox', { name: THEN.timeName, exact: true }).fill('Friday night');
  await times.getByRole('checkbox', { name: 'Friday' }).check();
  await times.getByLabel(THEN.start, { exact: true }).fill('21:00');
  await times.getByLabel(THEN.end, { exact: true }).fill('02:00');
  await times.getByRole('button', { name: THEN.addTime }).click();
  await times
    .getByRole('status')
    .filter({ hasText: THEN.added('Friday night') })
    .waitFor();

  // The plan, in the person's own words.
  const plan = region(options, THEN.planHeading);
  await plan.getByRole('textbox', { name: THEN.reasons }).fill(REASONS.join('\n'));
  await plan.getByRole('textbox', { name: THEN.coping }).fill(COPING);
  await plan.getByRole('button', { name: THEN.savePlan }).click();
  await plan.getByText(THEN.planSaved).waitFor();

  // Settings changed from their defaults.
  const settings = region(options, THEN.settingsHeading);
  await settings.getByLabel(THEN.quietMinutes).fill('45');
  await settings.getByRole('checkbox', { name: THEN.recordPaths }).check();
  await settings.getByRole('button', { name: THEN.saveSettings }).click();
  await settings.getByRole('status').filter({ hasText: THEN.saved }).waitFor();

  // An urge logged in one click from the popup…
  const popup = await openExtensionPage(session, 'popup.html');
  await popup.getByRole('button', { name: THEN.popupLogUrge }).click();
  await popup.getByRole('status').filter({ hasText: THEN.popupLogged }).waitFor();
  await popup.close();

  // …and one from the check-in on the flagged site, with its strength (then `intensity`) and the site as its `trigger`.
  const tab = await session.context.newPage();
  await tab.goto(session.web.url('example.org', '/feed'));
  const frame = await oldWarningFrame(tab);
  await frame.getByRole('button', { name: THEN.warningLogUrge }).click();
  await frame.getByRole('radio', { name: '7', exact: true }).check();
  await frame.getByRole('button', { name: THEN.warningSave, exact: true }).click();
  await frame.getByText(THEN.warningSaved).waitFor();
  await tab.close();
  await options.close();
}

/** The old check-in's frame (then overlay.html). */
async function oldWarningFrame(page: Page) {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const frame = page.frames().find((f) => f.url().includes('/overlay.html'));
    if (frame) return frame;
    await page.waitForTimeout(25);
  }
  throw new Error(`no check-in from the old build on ${page.url()}`);
}

/** The stores of database version 2, the old build's. */
const STORES = ['sites', 'times', 'urges', 'events', 'contacts', 'plan', 'checkins', 'lapses', 'settings'] as const;
type Stored = Record<(typeof STORES)[number], Array<Record<string, unknown>>>;

/** Every record of every version-2 store, each store sorted by id. */
async function everyStore(session: Session): Promise<Stored> {
  const stores: Partial<Stored> = {};
  for (const store of STORES) {
    stores[store] = (await readStore(session, store)).sort((a, b) => String(a.id).localeCompare(String(b.id)));
  }
  return stores as Stored;
}

/** Steady's databases in the profile, by name, with their versions (read without opening any). */
async function databaseVersions(session: Session) {
  const page = await openExtensionPage(session, 'popup.html');
  try {
    return await page.evaluate(async () =>
      Object.fromEntries((await indexedDB.databases()).map((d) => [d.name ?? '', d.version ?? 0])),
    );
  } finally {
    await page.close();
  }
}

/**
 * Forgets the service workers the profile has registered, and nothing else (IndexedDB and
 * extension storage live elsewhere in the profile). Chromium keeps an extension's registered
 * worker in the profile, and for an extension loaded from the command line it starts that stored
 * worker again at the next launch even when the folder now holds another build with the same id
 * (seen on Chromium 150 and 156, with or without a higher manifest version): the old background
 * would keep running beside today's pages. A real update replaces the worker; forgetting the
 * stored one makes the browser register today's from today's files, as an update does.
 */
function forgetServiceWorkers(profile: string) {
  removeDir(join(profile, 'Default', 'Service Worker'));
}

/** A record without some of its fields. */
function without(record: Record<string, unknown> | undefined, ...fields: string[]) {
  const copy = { ...record };
  for (const field of fields) delete copy[field];
  return copy;
}

describe('an update', () => {
  it('keeps everything a person stored with Steady at f6c0fe8 (database version 2), upgraded to today’s schema', async () => {
    const withKey = (manifest: Record<string, unknown>) => {
      manifest.key = KEY;
    };
    const oldDir = testBuild(GRANTED_TEST_HOSTS, { dir: buildAt(BEFORE), command: `wxt build at ${BEFORE}` }, withKey);
    const newDir = testBuild(GRANTED_TEST_HOSTS, undefined, withKey);
    cleanups.push(
      () => removeDir(oldDir),
      () => removeDir(newDir),
    );
    const web = await new TestWeb().start();
    cleanups.push(() => web.stop());

    // The old Steady, in a fresh profile.
    const before = await launch({ web, extensionDir: oldDir });
    const profile = before.profile;
    cleanups.push(() => removeDir(profile));
    expect(before.extensionId).toBe(EXPECTED_ID);
    try {
      await useTheOldSteady(before);
    } catch (error) {
      await before.close();
      throw error;
    }
    const then = await everyStore(before);
    const thenVersions = await databaseVersions(before);
    await before.close();

    expect(thenVersions).toEqual({ steady: 2 });
    expect(then.sites.map((s) => [s.host, s.status])).toEqual(
      expect.arrayContaining([
        ['example.org', 'active'],
        ['example.net', 'needs-permission'],
      ]),
    );
    const thenUrges = then.urges;
    const fromPopup = thenUrges.find((u) => u.trigger === undefined);
    const fromWarning = thenUrges.find((u) => u.trigger !== undefined);
    expect(thenUrges).toHaveLength(2);
    expect(Object.keys(fromPopup ?? {}).sort()).toEqual(['at', 'createdAt', 'id', 'updatedAt']);
    expect(fromWarning).toMatchObject({ intensity: 7, trigger: 'example.org' });
    expect(then.plan.length).toBeGreaterThan(0);
    expect(then.settings).toEqual([expect.objectContaining({ quietMinutes: 45, recordPaths: true })]);
    expect(then.events.length).toBeGreaterThan(0);

    // Today's Steady, in the same profile: the same extension, updated.
    forgetServiceWorkers(profile);
    const after = await launch({ web, profile, extensionDir: newDir });
    try {
      expect(after.extensionId).toBe(before.extensionId);
      // Today's background is the one running: it registers today's guard (the old one's file was
      // content-scripts/guard.js) for the flagged site the build may reach.
      await expect
        .poll(() =>
          after.worker.evaluate(async () => {
            type Api = { scripting: { getRegisteredContentScripts(): Promise<Array<{ js?: string[] }>> } };
            const { scripting } = (globalThis as unknown as { chrome: Api }).chrome;
            return (await scripting.getRegisteredContentScripts()).map((script) => script.js);
          }),
        )
        .toEqual([['guard.js']]);
      expect(await registeredMatches(after)).toEqual(['*://*.example.org/*', '*://example.org/*']);

      // Today's Steady opens the database (its worker at once, its pages as they open), which
      // upgrades it. The sites are on today's options page.
      const options = await openExtensionPage(after, 'options.html#sites');
      const list = options.getByRole('list', { name: t('sites.heading') });
      await list.getByText('example.org', { exact: true }).waitFor();
      await list.getByText('example.net', { exact: true }).waitFor();
      expect(await options.getByRole('combobox', { name: t('sites.levelLabel', ['example.org']) }).inputValue()).toBe(
        'pause',
      );
      expect(await options.getByRole('combobox', { name: t('sites.levelLabel', ['example.net']) }).inputValue()).toBe(
        'firm',
      );
      expect(await options.getByRole('combobox', { name: t('sites.whenLabel', ['example.net']) }).inputValue()).toBe(
        'hard-times',
      );
      await list.getByText(t('sites.active')).waitFor();
      await list.getByText(t('sites.needsPermission')).waitFor();

      // Every record, store by store.
      expect(await databaseVersions(after)).toEqual({ steady: DB_VERSION });
      const now = await everyStore(after);
      // Version 3: a site's access is the browser's fact, no longer a stored status.
      expect(now.sites).toEqual(then.sites.map((site) => without(site, 'status')));
      expect(now.times).toEqual(then.times);
      expect(now.times[0]).toMatchObject({ label: 'Friday night', rule: { kind: 'weekly', days: [5] } });
      expect(now.plan).toEqual(then.plan);
      expect(now.plan.find((section) => section.id === 'reasons')?.items).toEqual(REASONS);
      expect(now.settings).toEqual(then.settings);
      expect(now.events).toEqual(then.events);
      // Version 5: an urge's `intensity` is its `strength`, its one `trigger` a list of `triggers`.
      expect(now.urges).toEqual(
        thenUrges.map((urge) =>
          urge === fromWarning
            ? { ...without(urge, 'intensity', 'trigger'), strength: 7, triggers: ['example.org'] }
            : urge,
        ),
      );
      for (const store of ['contacts', 'checkins', 'lapses'] as const) expect(now[store]).toEqual([]);
      // Version 4's new stores are there (reading a missing store throws), empty.
      expect(await readStore(after, 'lines')).toEqual([]);
      expect(await readStore(after, 'reachOuts')).toEqual([]);

      // Today's pages show it all.
      await options.goto(`chrome-extension://${after.extensionId}/options.html#times`);
      await options
        .getByRole('list', { name: t('times.heading') })
        .getByText('Friday night', { exact: true })
        .waitFor();

      await options.goto(`chrome-extension://${after.extensionId}/options.html#plan`);
      const reasons = options.getByRole('textbox', { name: t('plan.sections.reasons') });
      await expect.poll(() => reasons.inputValue()).toBe(REASONS.join('\n'));

      await options.goto(`chrome-extension://${after.extensionId}/options.html#settings`);
      const quiet = options.getByLabel(t('settings.quietMinutes'));
      await expect.poll(() => quiet.inputValue()).toBe('45');
      expect(await options.getByRole('checkbox', { name: t('settings.recordPaths') }).isChecked()).toBe(true);

      await options.goto(`chrome-extension://${after.extensionId}/options.html#history`);
      const history = options.getByRole('list', { name: t('history.heading') });
      await history.getByText(t('history.strength', ['7'])).waitFor();
      await history.getByText('example.org', { exact: true }).waitFor();
      // The warnings of version 2 are in the history too; the urges alone are the two.
      await history
        .getByText(t('history.warning.title', ['example.org', '']).trim(), { exact: false })
        .first()
        .waitFor();
      await options.getByRole('radio', { name: t('history.filter.kinds.urge') }).check();
      await expect.poll(() => history.getByRole('listitem').count()).toBe(2);

      const popup = await openExtensionPage(after, 'popup.html');
      await popup.getByText(COPING, { exact: true }).waitFor();
      const reason = popup
        .getByRole('definition')
        .filter({ hasText: /^(My daughter|The mornings that are mine again)$/ });
      await reason.waitFor();

      // The flagged site still checks in, with the person's own words.
      const tab = await after.context.newPage();
      await tab.goto(web.url('example.org', '/after-update'));
      const frame = await warningFrame(tab);
      if (!frame) throw new Error('no check-in on the flagged site after the update');
      await frame.getByText(/^(My daughter|The mornings that are mine again)$/).waitFor();

      // Not a first day: no welcome opened by itself.
      expect(after.context.pages().map((page) => page.url())).not.toContainEqual(expect.stringContaining('#welcome'));
    } finally {
      await after.close();
    }
  }, 180_000);
});
