import type { AstroIntegration } from 'astro';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Options {
  /** The module, from the project root: `src/scripts/cite-copy.ts`. */
  source: string;
  /** Its chunk's name in _astro/ (`cite-copy` → `_astro/cite-copy.<hash>.js`). */
  chunk: string;
  /** The fixed site path written next to it, which re-exports it: `/cite-entry.js`. */
  entry: string;
}

/**
 * A browser module that no page loads, only a script that imports it on demand: the build emits it as its own
 * hashed chunk and writes a one-line `entry` that re-exports it. The loader imports that fixed address, so it
 * needs none of Vite's preload helper (about 0.8 KB gzip, more than the budget allows before interaction), the
 * way /search-entry.js serves the search UI (search-entry.ts).
 */
export function lazyEntry({ source, chunk, entry }: Options): AstroIntegration {
  let root = '';
  return {
    name: `lazy-entry:${entry}`,
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:setup': ({ target, updateConfig }) => {
        if (target !== 'client') return;
        updateConfig({
          plugins: [
            {
              name: `lazy-entry:${chunk}`,
              buildStart() {
                this.emitFile({ type: 'chunk', id: join(root, source), name: chunk });
              },
            },
          ],
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const pattern = new RegExp(`^${chunk}\\.[\\w-]+\\.js$`);
        const chunks = readdirSync(join(site, '_astro')).filter((f) => pattern.test(f));
        if (chunks.length !== 1)
          throw new Error(`Expected one ${chunk} chunk in _astro/, found ${chunks.length}: ${chunks.join(', ')}`);
        writeFileSync(join(site, entry.replace(/^\//, '')), `export * from './_astro/${chunks[0]}';\n`);
        logger.info(`${entry} → _astro/${chunks[0]}`);
      },
    },
  };
}
