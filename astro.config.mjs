// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwind from '@astrojs/tailwind';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { site } from './src/config/site';
import { contentGraph } from './src/integrations/content-graph';
import { pagefindIndex } from './src/integrations/pagefind';
import { remarkBaseLinks } from './src/integrations/remark-base-links';
import { remarkCitations } from './src/integrations/remark-citations';
import { searchEntry, searchUiChunk } from './src/integrations/search-entry';
import { graphSearchRecords } from './src/lib/search-records';

const root = fileURLToPath(new URL('.', import.meta.url));
// content/ is read once, here, and the graph handed to everything below that needs it.
const content = contentGraph();

export default defineConfig({
  site: site.url,
  // '/' at a domain's root; '/<repo>/' for a GitHub Pages project, from SITE_URL (src/config/site.ts).
  base: site.base,
  trailingSlash: 'always',
  // Per project folder, not inside the shared node_modules: test and benchmark copies of the site link
  // node_modules and must not read each other's content store.
  cacheDir: './.cache/astro',
  integrations: [
    content,
    mdx({ remarkPlugins: [[remarkCitations, { root, graph: content.graph }], remarkBaseLinks] }),
    tailwind({ applyBaseStyles: false }),
    sitemap({ filter: (page) => !page.includes('/404') }),
    searchEntry(),
    // The copy buttons of "Cite this page", loaded when the reader opens it.
    // Last, so it indexes the finished HTML.
    pagefindIndex({ records: () => graphSearchRecords(content.graph()) }),
  ],
  // Stylesheets stay files, never inline <style>, so the CSP can forbid inline styles.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    build: {
      // Never inline scripts (or assets): the CSP allows scripts from this origin only.
      assetsInlineLimit: 0,
      rollupOptions: { output: { manualChunks: searchUiChunk } },
    },
  },
  // Used by both `astro dev` and `astro preview` (npm start).
  server: { port: 4321, host: '127.0.0.1' },
});
