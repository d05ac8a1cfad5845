import { readFileSync } from 'node:fs';
import { defineConfig } from 'wxt';

/**
 * The content security policy of Steady's own pages and worker: as strict as they work with. A
 * `data:` image, and a `data:` fetch, are allowed too: the nudge's icon is a `data:` image drawn
 * into the worker's code, which Chromium fetches to show the notification (refused, the nudge is
 * never shown; an end-to-end test of the nudge failed that way). Neither reaches the network.
 */
export const EXTENSION_PAGES_CSP =
  "default-src 'self'; script-src 'self'; img-src 'self' data:; connect-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'";

/**
 * Steady's Firefox add-on id, for good: a fixed GUID in braces (AMO accepts it, and it needs no
 * domain of ours). Changing it would make Firefox see another add-on, with none of the data.
 */
export const FIREFOX_ADDON_ID = '{75a9c056-8f21-401a-8ad9-862fc64c32fa}';

/**
 * What the sources zip holds: everything a reviewer's `npm ci && npm run zip` needs, and nothing
 * else (an allow-list, so nothing private or generated slips in). A file the build reads and this
 * list leaves out makes the rebuild test fail (tests/e2e/package.e2e.ts); a file tracked in git
 * that is neither here nor in SOURCES_LEFT_OUT fails it too.
 */
export const SOURCES = [
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'wxt.config.ts',
  'README.md',
  'LICENSE',
  'PRIVACY.md',
  'entrypoints/**',
  'components/**',
  'utils/**',
  'locales/**',
  'public/**',
  'assets/**',
];

/** Files in git the build never reads, left out of the sources zip on purpose (tests, CI, tools). */
export const SOURCES_LEFT_OUT = [
  '.ci/**',
  '.gitignore',
  'biome.json',
  'scripts/**',
  'STORE.md',
  'store/**',
  'tests/**',
  'vitest.config.ts',
  'vitest.e2e.config.ts',
];

/**
 * The manifest's `homepage_url`: package.json's `homepage`, once Steady has a public address of
 * its own (README, "Building for review"); none until then. Only an https address with no user
 * name in it: anything else stops the build with a message, so a typo never reaches a store.
 */
export function homepageUrl(homepage: unknown): { homepage_url?: string } {
  if (homepage === undefined) return {};
  let url: URL | undefined;
  try {
    url = typeof homepage === 'string' ? new URL(homepage) : undefined;
  } catch {
    url = undefined;
  }
  if (url?.protocol === 'https:' && !url.username && !url.password) return { homepage_url: url.href };
  throw new Error(`package.json "homepage" must be an https address (or left out), not ${JSON.stringify(homepage)}`);
}

/** package.json's `homepage` (read where the build runs: the project's folder, or a reviewer's copy of the sources). */
const HOMEPAGE = (JSON.parse(readFileSync('package.json', 'utf8')) as { homepage?: unknown }).homepage;

/** The icon sizes both browsers and both stores use: public/icon/<size>.png, drawn from assets/icon.svg by `npm run icons`. */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;
const ICONS = Object.fromEntries(ICON_SIZES.map((size) => [String(size), `icon/${size}.png`]));

/**
 * Steady's build. The manifest asks for no host at install: each trigger site's host is an
 * optional permission, requested in the click that flags it (see README, "Permissions").
 */
export default defineConfig({
  modules: ['@wxt-dev/module-solid', '@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  webExt: { disabled: true },
  // MV3 for both browsers, in dev, build and zip alike (WXT's default for Firefox is MV2, which
  // drops optional_host_permissions). The Firefox build lands in .output/firefox-mv3.
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_appName__',
    default_locale: 'en',
    description: '__MSG_manifest_description__',
    // Neutral, so nothing on screen outs the person (CONTENT.md).
    action: { default_title: '__MSG_manifest_title__', default_icon: ICONS },
    icons: ICONS,
    ...homepageUrl(HOMEPAGE),
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications', 'scripting', 'activeTab', 'contextMenus'],
    // Faster ways in (README, "Faster ways in"): the popup by keyboard, and an urge logged in one
    // keypress. Suggested keys only: the person changes them in the browser (none of Chromium's or
    // Firefox's own shortcuts uses Alt+Shift+S or Alt+Shift+U; a browser that holds one leaves the
    // command without a key rather than take it).
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_commands_open__' },
      'log-urge': { suggested_key: { default: 'Alt+Shift+U' }, description: '__MSG_commands_logUrge__' },
    },
    optional_host_permissions: ['*://*/*'],
    // Steady's pages run only their own bundled scripts, load nothing from elsewhere, embed no
    // plugin, and submit no form anywhere (README, "Permissions, and why").
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    web_accessible_resources: [
      {
        resources: ['warning.html'],
        matches: ['<all_urls>'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: FIREFOX_ADDON_ID,
              // The first version that reads data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : // The oldest Chromium the whole suite passes on (README, "How it is built").
        { minimum_chrome_version: '150' }),
  }),
  zip: { includeSources: SOURCES },
  // No modulepreload links, and no list of chunks to preload carried by every lazy import (0.5 kB
  // gzipped in the popup's first view; Vite's helper stays, for the stylesheet): a page's chunks
  // are local files, which the browser reads as it meets their imports.
  vite: () => ({ build: { modulePreload: false } }),
});
