import { describe, expect, it } from 'vitest';
import { categories, categorySources } from '../../src/config/categories';
import { buildContentGraph } from '../../src/lib/content/graph';
import { projectRoot } from '../../scripts/lib/site-copy';

const graph = buildContentGraph(projectRoot);
const items = Object.values(categories).flatMap((group) => group.items);

describe('the categories diagram', () => {
  it('rests every statement on at least one source in content/sources/', () => {
    for (const item of items) {
      expect(item.sources.length, item.name).toBeGreaterThan(0);
      for (const id of item.sources) expect(graph.sources.has(id), `${item.name}: ${id}`).toBe(true);
    }
  });

  it('cites only sources that the proposal section’s articles cite for the same points', () => {
    const cited = new Set(graph.published.filter((a) => a.section === 'the-proposal').flatMap((a) => a.mdx.citations));
    expect(categorySources.filter((id) => !cited.has(id))).toEqual([]);
  });

  it('lists its sources once each, in the order the diagram first cites them', () => {
    expect(categorySources).toEqual([...new Set(items.flatMap((item) => item.sources))]);
  });
});
