import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { glossaryEntryUrl, termDefinitionId, withBase } from '../../src/config/routes';
import { buildContentGraph } from '../../src/lib/content/graph';
import { componentIdsIn } from '../../src/lib/content/mdx';
import { projectRoot } from '../../scripts/lib/site-copy';
import { attr, builtPages, dist, elements, textOf } from '../helpers/built-site';

// Expectations come from content/ through the content graph: which terms each article links, and their definitions.
const graph = buildContentGraph(projectRoot);
const built = new Map(builtPages().map((p) => [p.url, p]));
/** hast names some attributes in camelCase (popoverTarget), others as written: accept either. */
const prop = (el: Element, name: string, camel: string) => attr(el, camel) ?? attr(el, name);

describe('glossary terms in articles', () => {
  it.each(graph.published.map((a) => [a.url, a] as const))(
    '%s opens each linked term’s short definition, once per term, outside search snippets',
    (url, article) => {
      const page = built.get(url);
      expect(page, `${url} was not built`).toBeDefined();
      const tree = page!.tree;
      const ids = [...new Set(componentIdsIn(article.mdx.tree!, 'Term'))];
      const buttons = elements(
        tree,
        (el) => el.tagName === 'button' && prop(el, 'popovertarget', 'popoverTarget') !== undefined,
      );
      expect(buttons.map((b) => prop(b, 'popovertarget', 'popoverTarget'))).toEqual(ids.map(termDefinitionId));
      for (const id of ids) {
        const popovers = elements(tree, (el) => el.properties?.id === termDefinitionId(id));
        expect(popovers, id).toHaveLength(1);
        const [popover] = popovers;
        expect(prop(popover, 'popover', 'popover'), id).toBeDefined();
        const links = elements({ type: 'root', children: [popover] }, (el) => el.tagName === 'a');
        expect(links.map((a) => attr(a, 'href'))).toEqual([withBase(glossaryEntryUrl(id))]);
        expect(textOf(popover)).toBe(`${graph.glossary.get(id)!.valid.short} ${textOf(links[0])}`);
      }
    },
  );

  it('leaves the definitions out of the articles’ search text (they belong to the glossary’s records)', () => {
    // Pagefind's fragments: one gzip file a page, "pagefind_dcd" then JSON with the page's url and indexed text.
    const folder = join(dist, 'pagefind/fragment');
    const indexed = new Map(
      readdirSync(folder).map((file) => {
        const json = gunzipSync(readFileSync(join(folder, file)))
          .toString('utf8')
          .replace(/^pagefind_dcd/, '');
        const fragment = JSON.parse(json) as { url: string; content: string };
        return [fragment.url, fragment.content] as const;
      }),
    );
    const leaks = graph.published.flatMap((article) =>
      [...new Set(componentIdsIn(article.mdx.tree!, 'Term'))]
        .map((id) => graph.glossary.get(id)!.valid.short)
        .filter((short) => indexed.get(article.url)?.includes(short))
        .map((short) => `${article.url}: “${short}”`),
    );
    expect(graph.published.every((a) => indexed.has(a.url))).toBe(true);
    expect(leaks).toEqual([]);
  });
});
