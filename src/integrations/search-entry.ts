import type { AstroIntegration } from 'astro';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The search UI is bundled into its own hashed chunk, named by this function. */
export const searchUiChunk = (id: string) => (/\/src\/scripts\/search-ui\.ts$/.test(id) ? 'search-ui' : undefined);

/**
 * Writes /search-entry.js, which imports the hashed search-UI chunk. The page loader imports that fixed
 * address, so it needs no bundler helper and stays within its 1 KB budget, while the chunk itself keeps a
 * content hash and can be cached for ever.
 */
export function searchEntry(): AstroIntegration {
  return {
    name: 'search-entry',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const chunks = readdirSync(join(site, '_astro')).filter((f) => /^search-ui\.[\w-]+\.js$/.test(f));
        if (chunks.length !== 1)
          throw new Error(`Expected one search-ui chunk in _astro/, found ${chunks.length}: ${chunks.join(', ')}`);
        writeFileSync(join(site, 'search-entry.js'), `import './_astro/${chunks[0]}';\n`);
        logger.info(`search-entry.js → _astro/${chunks[0]}`);
      },
    },
  };
}
