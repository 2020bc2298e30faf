import { describe, expect, it } from 'vitest';
import { exampleUrl, pages } from '../../src/config/routes';
import { exampleAnswerLabels, exampleResultLabels, exampleRuleLabels } from '../../src/config/explainer';
import { buildContentGraph } from '../../src/lib/content/graph';
import { projectRoot } from '../../scripts/lib/site-copy';
import { attr, builtPages, elements, textOf } from '../helpers/built-site';

// Expectations computed from content/ through the content graph.
const graph = buildContentGraph(projectRoot);
const built = new Map(builtPages().map((p) => [p.url, p]));
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

describe('would this be an exchange?', () => {
  it('lists every example, each with its own anchor and its outcome under each version of the rule', () => {
    const index = built.get(pages.examples)!;
    expect(graph.examples.length).toBeGreaterThanOrEqual(8);
    const rows = elements(index.tree, (el) => el.tagName === 'tr' && attr(el, 'id') !== undefined);
    expect(rows.map((r) => attr(r, 'id'))).toEqual(graph.examples.map((e) => e.id));
    for (const [i, row] of rows.entries()) {
      const example = graph.examples[i];
      const text = textOf(row);
      for (const outcome of example.valid.outcomes)
        expect(text, example.id).toContain(exampleResultLabels[outcome.result]);
      expect(
        elements({ type: 'root', children: [row] }, (el) => el.tagName === 'a').map((a) => attr(a, 'href')),
      ).toContain(exampleUrl(example.id));
    }
    expect(index.html).toContain('not legal advice');
  });

  it('shows every step of every example, answered and sourced, in the page itself (no JavaScript needed)', () => {
    for (const example of graph.examples) {
      const page = built.get(exampleUrl(example.id));
      expect(page, example.id).toBeDefined();
      const text = textOf({ type: 'element', tagName: 'div', properties: {}, children: page!.tree.children as never });
      for (const step of example.valid.steps) {
        expect(page!.html, `${example.id}: ${step.question}`).toContain(escape(step.question));
        expect(text).toContain(`${exampleAnswerLabels[step.answer]}.`);
      }
      for (const rule of new Set(example.valid.steps.map((s) => s.rule)))
        expect(text).toContain(exampleRuleLabels[rule]);
      const linked = elements(page!.tree, (el) => el.tagName === 'a').map((a) => attr(a, 'href')!.split('#')[1]);
      for (const source of [...example.valid.steps, ...example.valid.outcomes].flatMap((s) => s.sources))
        expect(linked).toContain(source);
      expect(page!.html).toContain('not legal advice');
    }
  });
});
