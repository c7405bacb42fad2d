import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Four suites: pure logic (fast, no build), the examples against the real SDKs, checks on
// the built site in dist/ (and real builds of broken or edited copies of it), and browser
// tests in Debian Chromium against dist/ served on 127.0.0.1.
// scripts/test.mjs builds the site and installs Chromium before running them.
//
// The browser suite runs after the others (groupOrder): its page-weight and Lighthouse
// measurements need the machine's two cores to themselves, not shared with the builds
// the build suite starts.
export default defineConfig({
  // The `~/` import alias of tsconfig.json (src/), which Astro's Vite resolves on its own.
  resolve: { alias: { '~/': fileURLToPath(new URL('./src/', import.meta.url)) } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: {
          name: 'examples',
          include: ['tests/examples/**/*.test.ts'],
          testTimeout: 60_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: the machines have two cores.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
