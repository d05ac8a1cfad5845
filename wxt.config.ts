import { defineConfig } from 'wxt';

/**
 * Steady's build. The manifest asks for no host at install: each trigger site's host is an
 * optional permission, requested in the click that flags it (see README, "Permissions").
 */
export default defineConfig({
  modules: ['@wxt-dev/module-solid', '@wxt-dev/webextension-polyfill'],
  webExt: { disabled: true },
  manifest: ({ browser }) => ({
    name: 'Steady',
    description:
      'A quiet companion for recovery: notices the triggers you name, pauses gently, and keeps your people close. Nothing leaves your device.',
    // Neutral, so nothing on screen outs the person (CONTENT.md).
    action: { default_title: 'Steady' },
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications', 'scripting', 'activeTab'],
    optional_host_permissions: ['*://*/*'],
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
      : {}),
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
