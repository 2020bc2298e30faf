import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { contentGraph } from '../../../src/integrations/content-graph';
import { remarkCitations } from '../../../src/integrations/remark-citations';
import { collectionNames } from '../../../src/lib/content/files';
import { graphSearchRecords } from '../../../src/lib/search-records';
import { projectRoot } from '../../../scripts/lib/site-copy';

// Every read of a file or a folder, by path: the graph's reader and anything else in the build that imports node:fs.
const reads = vi.hoisted(() => new Map<string, number>());
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const counted = <F extends (...args: never[]) => unknown>(name: string, fn: F) =>
    ((path: unknown, ...rest: unknown[]) => {
      reads.set(`${name} ${String(path)}`, (reads.get(`${name} ${String(path)}`) ?? 0) + 1);
      return (fn as unknown as (...args: unknown[]) => unknown)(path, ...rest);
    }) as unknown as F;
  const readFileSync = counted('file', real.readFileSync);
  const readdirSync = counted('folder', real.readdirSync);
  return { ...real, readFileSync, readdirSync, default: { ...real, readFileSync, readdirSync } };
});

/** Runs the integration's setup hook the way `astro build` does. */
function setUp(command: 'build' | 'dev' = 'build') {
  const integration = contentGraph();
  const plugins: unknown[] = [];
  const hook = integration.hooks['astro:config:setup'] as (options: unknown) => void;
  hook({
    config: { root: pathToFileURL(`${projectRoot}/`) },
    command,
    logger: { warn: () => {} },
    updateConfig: (config: { vite: { plugins: unknown[] } }) => plugins.push(...config.vite.plugins),
  });
  return { integration, plugins };
}

describe('the content-graph integration', () => {
  beforeEach(() => reads.clear());

  it('reads each file in content/ once for the checker, the remark plugin and the search index together', async () => {
    const { integration } = setUp();
    const graph = integration.graph();
    // What the rest of the build asks of it: every article through the remark plugin, then the search records.
    const plugin = remarkCitations({ root: projectRoot, graph: integration.graph });
    const { parseMdx } = await import('../../../src/lib/content/mdx');
    for (const article of graph.readable) {
      const tree = parseMdx(article.body).tree!;
      plugin(tree as never, { path: join(projectRoot, article.file) });
    }
    expect(graphSearchRecords(integration.graph()).length).toBe(
      graph.glossary.size + graph.timeline.length + graph.claims.length,
    );

    const contentReads = [...reads].filter(([key]) => key.includes('/content/'));
    const files = contentReads.filter(([key]) => key.startsWith('file '));
    expect(files.length).toBe(graph.entries.length);
    expect(contentReads.filter(([, count]) => count !== 1)).toEqual([]);
    // One listing per collection folder, by the graph's reader; nothing else lists content/.
    expect(contentReads.filter(([key]) => key.startsWith('folder ')).map(([key]) => key.split('/content/')[1])).toEqual(
      [...collectionNames],
    );
  });

  it('hands the pages what they need of the graph as a virtual module', () => {
    const { integration, plugins } = setUp();
    const plugin = plugins[0] as {
      resolveId: (id: string) => string | undefined;
      load: (id: string) => string | undefined;
    };
    const id = plugin.resolveId('virtual:content-graph')!;
    const module = JSON.parse(
      plugin
        .load(id)!
        .replace(/^export default /, '')
        .replace(/;$/, ''),
    );
    const graph = integration.graph();
    expect(Object.keys(module.citations)).toEqual(graph.readable.map((a) => a.id));
    expect(module.sourcePages.flatMap((p: { sources: { id: string }[] }) => p.sources.map((s) => s.id)).sort()).toEqual(
      [...graph.sources.keys()].sort(),
    );
  });

  it('refuses to hand out a graph before it has been read', () => {
    expect(() => contentGraph().graph()).toThrow('astro:config:setup');
  });
});
