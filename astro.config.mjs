// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwind from '@astrojs/tailwind';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { site } from './src/config/site';
import { contentCheck } from './src/integrations/content-check';
import { pagefindIndex } from './src/integrations/pagefind';
import { remarkMdxComponents } from './src/integrations/remark-mdx-components';
import { searchRecordsFromContent } from './src/integrations/search-records-from-content';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  integrations: [
    contentCheck(),
    mdx({ remarkPlugins: [[remarkMdxComponents, { root }]] }),
    tailwind({ applyBaseStyles: false }),
    sitemap({ filter: (page) => !page.includes('/404') }),
    // Last, so it indexes the finished HTML.
    pagefindIndex({ records: searchRecordsFromContent }),
  ],
  // Stylesheets stay files, never inline <style>, so the CSP can forbid inline styles.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Used by both `astro dev` and `astro preview` (npm start).
  server: { port: 4321, host: '127.0.0.1' },
});
