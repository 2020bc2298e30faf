import { join } from 'node:path';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { remarkCitations } from '../../../src/integrations/remark-citations';
import type { ContentGraph } from '../../../src/lib/content/graph';
import { parseMdx } from '../../../src/lib/content/mdx';

const root = '/site';
const glossary = new Map([
  ['rule-3b-16', { id: 'rule-3b-16', valid: { term: 'Rule 3b-16', short: 'The rule that says what an exchange is.' } }],
  ['ats', { id: 'ats', valid: { term: 'ATS', short: 'A venue run by a broker-dealer.' } }],
]);
const graph = { glossary, sources: new Map(), readable: [] } as unknown as ContentGraph;

/** Runs the plugin over an article body and returns each <Term>'s id and `short` prop, in order. */
function termProps(body: string) {
  const tree = parseMdx(body).tree!;
  remarkCitations({ root, graph: () => graph })(tree as Node, {
    path: join(root, 'content/articles/the-proposal/x.mdx'),
  });
  const found: { id: unknown; short: unknown }[] = [];
  visit(tree as Node, (node) => {
    const jsx = node as Node & { name?: string; attributes?: { name?: string; value?: unknown }[] };
    if (jsx.name !== 'Term') return;
    const value = (name: string) => jsx.attributes?.find((a) => a.name === name)?.value;
    found.push({ id: value('id'), short: value('short') });
  });
  return found;
}

describe('remarkCitations on <Term>', () => {
  it('gives the first <Term> of each id its short definition from the graph, and later ones none', () => {
    expect(
      termProps(
        'A <Term id="rule-3b-16">rule</Term> and an <Term id="ats">ATS</Term>.\n\nThe <Term id="rule-3b-16">rule</Term> again.',
      ),
    ).toEqual([
      { id: 'rule-3b-16', short: glossary.get('rule-3b-16')!.valid.short },
      { id: 'ats', short: glossary.get('ats')!.valid.short },
      { id: 'rule-3b-16', short: undefined },
    ]);
  });

  it('stops on an id the glossary does not have', () => {
    expect(() => termProps('A <Term id="nope">word</Term>.')).toThrow(
      'content/articles/the-proposal/x.mdx → <Term id="nope">: "nope" is not a glossary term.',
    );
  });
});
