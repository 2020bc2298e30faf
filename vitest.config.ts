import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Plain Vitest, not Astro's getViteConfig: tests import only src/lib and src/schemas (no astro:* modules),
// and getViteConfig starts Astro's content layer, which under Vitest 4 fails on teardown.
export default defineConfig({
  // The modules Astro provides at build time, so code that imports them can be unit-tested with vi.mock.
  resolve: {
    alias: {
      'astro:content': fileURLToPath(new URL('./tests/mocks/astro-content.ts', import.meta.url)),
      'virtual:content-graph': fileURLToPath(new URL('./tests/mocks/content-graph.ts', import.meta.url)),
    },
  },
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
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/helpers/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
