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
 * Steady's build. The manifest asks for no host at install: each trigger site's host is an
 * optional permission, requested in the click that flags it (see README, "Permissions").
 */
export default defineConfig({
  modules: ['@wxt-dev/module-solid', '@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  webExt: { disabled: true },
  manifest: ({ browser }) => ({
    name: '__MSG_appName__',
    default_locale: 'en',
    description: '__MSG_manifest_description__',
    // Neutral, so nothing on screen outs the person (CONTENT.md).
    action: { default_title: '__MSG_manifest_title__' },
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications', 'scripting', 'activeTab'],
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
              id: 'steady@steady.local',
              // The first version that reads data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : // The oldest Chromium the whole suite passes on (README, "How it is built").
        { minimum_chrome_version: '150' }),
  }),
  zip: {
    includeSources: [
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'biome.json',
      'README.md',
      'entrypoints/**',
      'components/**',
      'utils/**',
      'public/**',
    ],
  },
});
