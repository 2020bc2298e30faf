import { join, relative } from 'node:path';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { numberCitations } from '../lib/citations';
import type { ContentGraph } from '../lib/content/graph';

interface JsxNode extends Node {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
}

const isJsx = (node: Node): node is JsxNode => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
const idOf = (node: JsxNode) => String(node.attributes.find((a) => a.name === 'id')?.value);

/**
 * Gives each <Cite id="…"/> its number, the position of its source in the article's citation list in the content
 * graph (the order the text first cites each source, so [1] is the first reference a reader meets); gives the first
 * <Term> for each id in an article the term's short definition from the graph (`short`, which Term.astro opens in
 * place; a later one stays a plain link, so each definition is on the page once); and stops the build on a <Cite>
 * or <Term> id the graph does not know: the checker has already said so with its fix; this guards what is compiled.
 */
export function remarkCitations(options: { root: string; graph: () => ContentGraph }) {
  const articlesDir = join(options.root, 'content/articles');
  return (tree: Node, file: { path: string }) => {
    const graph = options.graph();
    const where = relative(options.root, file.path);
    const articleId = relative(articlesDir, file.path)
      .split('\\')
      .join('/')
      .replace(/\.mdx?$/, '');
    const numbers = numberCitations(graph.readable.find((a) => a.id === articleId)?.mdx.citations ?? []);
    const termsSeen = new Set<string>();
    visit(tree, (node) => {
      if (!isJsx(node)) return;
      const id = idOf(node);
      if (node.name === 'Cite') {
        const n = numbers.get(id);
        if (!graph.sources.has(id) || n === undefined)
          throw new Error(
            `${where} → <Cite id="${id}">: "${id}" is not a source. Add content/sources/${id}.yaml or fix the id.`,
          );
        node.attributes.push({ type: 'mdxJsxAttribute', name: 'n', value: String(n) });
      } else if (node.name === 'Term') {
        const term = graph.glossary.get(id);
        if (!term)
          throw new Error(
            `${where} → <Term id="${id}">: "${id}" is not a glossary term. Use the file name of an entry in content/glossary/ or add content/glossary/${id}.yaml.`,
          );
        if (!termsSeen.has(id))
          node.attributes.push({ type: 'mdxJsxAttribute', name: 'short', value: term.valid.short });
        termsSeen.add(id);
      }
    });
  };
}
