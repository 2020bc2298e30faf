import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkGraph, formatReport } from '../lib/content-check';
import { buildContentGraph, type ContentGraph } from '../lib/content/graph';
import { graphModule } from '../lib/content/graph-module';

const VIRTUAL_ID = 'virtual:content-graph';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/**
 * Reads content/ once, into the content graph, before Astro loads any content, and checks it. A build stops on
 * the first problem report (so nothing half-broken is published); the dev server prints the report, keeps going,
 * and reads the graph again whenever a file under content/ changes.
 *
 * The graph is handed on, never read again: `graph()` to the remark plugin and the search index (same process),
 * and `virtual:content-graph` (what pages need of it, as JSON) to the pages.
 */
export function contentGraph(): AstroIntegration & { graph: () => ContentGraph } {
  let current: ContentGraph | undefined;
  return {
    name: 'content-graph',
    graph: () => {
      if (!current) throw new Error('The content graph is read at astro:config:setup; nothing may ask for it earlier.');
      return current;
    },
    hooks: {
      'astro:config:setup': ({ config, command, logger, updateConfig }) => {
        if (command === 'preview') return; // serves an existing build; nothing is read from content/
        const root = fileURLToPath(config.root);
        const read = () => {
          current = buildContentGraph(root);
          const problems = checkGraph(current);
          if (problems.length === 0) return;
          const report = formatReport(problems);
          if (command === 'build') throw new Error(`Content check failed — ${report}`);
          logger.warn(report);
        };
        read();
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'content-graph',
                resolveId: (id: string) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
                load: (id: string) =>
                  id === RESOLVED_ID ? `export default ${JSON.stringify(graphModule(current!))};` : undefined,
                configureServer(server) {
                  server.watcher.on('all', (_event, path) => {
                    if (!path.startsWith(`${root}content/`)) return;
                    read();
                    const module = server.moduleGraph.getModuleById(RESOLVED_ID);
                    if (module) server.moduleGraph.invalidateModule(module);
                  });
                },
              },
            ],
          },
        });
      },
    },
  };
}
