import { defineConfig } from 'vitest/config';

// Plain Vitest, not Astro's getViteConfig: tests import only src/lib and src/schemas (no astro:* modules),
// and getViteConfig starts Astro's content layer, which under Vitest 4 fails on teardown.
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
        },
      },
      {
        // Builds the real site once, serves it, and drives it in Chromium.
        extends: true,
        test: {
          name: 'site',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
