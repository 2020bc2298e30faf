import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { pages, sectionUrl, withBase } from '../../src/config/routes';
import { buildContentGraph } from '../../src/lib/content/graph';
import { redline } from '../../src/lib/redline';
import { projectRoot } from '../../scripts/lib/site-copy';
import { attr, builtPages, elements, textOf } from '../helpers/built-site';

// Expectations computed from content/rule-text/ through the content graph and the redline's own diff.
const graph = buildContentGraph(projectRoot);
const built = new Map(builtPages().map((p) => [p.url, p]));
const page = built.get(pages.ruleRedline)!;
const root = (el: Element) => ({ type: 'root' as const, children: [el] });
const collapse = (text: string) => text.replace(/\s+/g, ' ');
/** The words of a <del> or <ins> without the visually hidden "[deleted: …]" wrapping. */
const marked = (el: Element) =>
  collapse(
    el.children
      .filter((c) => !(c.type === 'element' && attr(c, 'className')?.includes('sr-only')))
      .map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? textOf(c) : ''))
      .join(''),
  );

describe('Rule 3b-16 then and proposed', () => {
  it('is listed on the proposal section page', () => {
    const section = built.get(sectionUrl('the-proposal'))!;
    const hrefs = elements(section.tree, (el) => el.tagName === 'a').map((a) => attr(a, 'href'));
    expect(hrefs).toContain(withBase(pages.ruleRedline));
  });

  it('shows every paragraph in force word for word, with its source and what is not reproduced', () => {
    expect(graph.ruleText.length).toBeGreaterThanOrEqual(5);
    const sections = elements(page.tree, (el) => el.tagName === 'section');
    expect(sections.map((s) => attr(s, 'ariaLabelledBy'))).toEqual(graph.ruleText.map((p) => p.id));
    for (const [i, paragraph] of graph.ruleText.entries()) {
      const text = textOf(sections[i]);
      const { current, proposed, explainedAt } = paragraph.valid;
      expect(elements(root(sections[i]), (el) => el.tagName === 'h2').map((h) => attr(h, 'id'))).toEqual([
        paragraph.id,
      ]);
      if (current) {
        const quoted = elements(root(sections[i]), (el) => el.tagName === 'blockquote').map(textOf);
        expect(quoted[0].trim(), paragraph.id).toBe(collapse(current.text));
        if (current.missing) expect(text).toContain(collapse(current.missing));
      }
      expect(text).toContain(collapse(proposed.missing));
      const hrefs = elements(root(sections[i]), (el) => el.tagName === 'a').map((a) => attr(a, 'href'));
      for (const url of explainedAt) expect(hrefs, paragraph.id).toContain(withBase(url));
      const sourceIds = [...(current?.sources ?? []), ...proposed.quotes.flatMap((q) => q.sources)];
      for (const id of sourceIds)
        expect(
          hrefs.some((h) => h?.endsWith(`#${id}`)),
          `${paragraph.id} cites ${id}`,
        ).toBe(true);
    }
  });

  it('marks each quoted change with <del> and <ins>, announced to screen readers, and nothing else', () => {
    const quotes = graph.ruleText.flatMap((p) => p.valid.proposed.quotes);
    const parts = quotes.flatMap((q) => redline(q.replaces, q.text));
    const dels = elements(page.tree, (el) => el.tagName === 'del' && !!el.children.length);
    const inss = elements(page.tree, (el) => el.tagName === 'ins' && !!el.children.length);
    // The legend holds one sample of each.
    expect(dels.slice(1).map(marked)).toEqual(parts.filter((p) => p.kind === 'deleted').map((p) => collapse(p.text)));
    expect(inss.slice(1).map(marked)).toEqual(parts.filter((p) => p.kind === 'inserted').map((p) => collapse(p.text)));
    for (const el of [...dels.slice(1), ...inss.slice(1)])
      expect(textOf(el)).toMatch(el.tagName === 'del' ? /^\[deleted: .*\]$/ : /^\[inserted: .*\]$/);
    expect(textOf(elements(page.tree, (el) => attr(el, 'id') === 'how-to-read')[0])).toContain('struck-through');
  });
});
