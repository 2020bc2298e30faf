import type { AstroIntegration } from 'astro';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../lib/search-records';

interface Options {
  /** Records that are not pages (glossary terms, timeline events), asked for once the site is built. */
  records?: () => SearchRecord[];
}

/** Indexes the built site with Pagefind at the end of every build, so the index is never stale. */
export function pagefindIndex({ records }: Options = {}): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({
          forceLanguage: 'en',
          // A term's definition opened in place (Term.astro) belongs to the glossary's record, not the article's text.
          excludeSelectors: ['[popover]'],
        });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          if (added.page_count === 0) throw new Error('Pagefind found no pages with data-pagefind-body to index.');
          const extra = records?.() ?? [];
          for (const record of extra) {
            const response = await index.addCustomRecord(record);
            if (response.errors.length)
              throw new Error(`Pagefind could not index ${record.url}: ${response.errors.join('; ')}`);
          }
          const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
          if (written.errors.length)
            throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          // Pagefind always writes its ready-made UIs; this site has its own, so they would only be dead weight.
          for (const file of readdirSync(join(site, 'pagefind')).filter((f) =>
            /^pagefind-(component-|modular-)?ui\.(js|css)$/.test(f),
          )) {
            rmSync(join(site, 'pagefind', file));
          }
          logger.info(`indexed ${added.page_count} pages and ${extra.length} glossary, timeline and claim entries`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
