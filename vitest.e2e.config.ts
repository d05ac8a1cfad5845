import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/** End-to-end tests: the built extension in real Chromium and Firefox (both-browsers.e2e.ts runs one set in both), one file at a time. */
export default defineConfig({
  resolve: { alias: { '@': resolve(import.meta.dirname) } },
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    globalSetup: ['tests/e2e/global-setup.ts'],
  },
});
