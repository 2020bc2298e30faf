import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { pages, withoutBase } from '../../src/config/routes';
import { buildContentGraph } from '../../src/lib/content/graph';
import { formatPartialDate } from '../../src/lib/dates';
import { projectRoot } from '../../scripts/lib/site-copy';
import { attr, builtPages, elements, textOf } from '../helpers/built-site';

// Every expectation here is computed from content/ through the content graph, never copied from the output.
const graph = buildContentGraph(projectRoot);
const built = new Map(builtPages().map((p) => [p.url, p]));
const sourceAt = new Map([...graph.sourceEntryUrls].map(([id, url]) => [url, id]));

/** The links into the source list inside `root`, in document order, with the source each points at. */
function sourceLinksIn(root: Root | Element) {
  const tree: Root = root.type === 'root' ? root : { type: 'root', children: [root] };
  return elements(tree, (el) => el.tagName === 'a').flatMap((a) => {
    const id = sourceAt.get(withoutBase(attr(a, 'href') ?? ''));
    return id ? [{ id, text: textOf(a).trim() }] : [];
  });
}

const listPages = [
  ...graph.timelinePages.map((p) => ({
    url: p.url,
    cited: p.ids.flatMap((id) => graph.timeline.find((e) => e.id === id)!.valid.sources),
  })),
  { url: pages.glossary, cited: [...graph.glossary.values()].flatMap((t) => t.valid.sources) },
  { url: pages.claims, cited: graph.claims.flatMap((c) => c.valid.sources) },
];

describe('short links to sources', () => {
  it.each(listPages)('on $url, name each cited source by its short title and date', ({ url, cited }) => {
    const page = built.get(url);
    expect(page, `${url} was not built`).toBeDefined();
    const links = sourceLinksIn(page!.tree);
    expect(links.map((l) => l.id)).toEqual(cited);
    for (const link of links) {
      const source = graph.sources.get(link.id)!.valid;
      expect(link.text, link.id).toContain(source.short);
      expect(link.text.endsWith(formatPartialDate(source.date)), `${link.id}: ${link.text}`).toBe(true);
    }
  });

  it('never shows two different documents side by side under the same words on a timeline entry', () => {
    let pairs = 0;
    for (const timelinePage of graph.timelinePages) {
      const page = built.get(timelinePage.url)!;
      const entries = elements(
        page.tree,
        (el) =>
          el.tagName === 'li' && elements({ type: 'root', children: [el] }, (h) => h.tagName === 'h2').length === 1,
      );
      expect(entries.length).toBe(timelinePage.ids.length);
      for (const entry of entries) {
        const links = sourceLinksIn(entry);
        for (const [a, b] of links.slice(1).map((link, i) => [links[i], link])) {
          pairs += 1;
          if (a.text === b.text) expect(b.id, `"${a.text}" on ${timelinePage.url}`).toBe(a.id);
        }
      }
    }
    expect(pairs, 'no timeline entry has two sources to compare').toBeGreaterThan(0);
  });
});
