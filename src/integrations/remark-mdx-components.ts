import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { numberCitations, orderCitations } from '../lib/citations';

interface JsxNode extends Node {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
}

interface AstroFile {
  path: string;
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

const isJsx = (node: Node): node is JsxNode =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

const idOf = (node: JsxNode) => node.attributes.find((a) => a.name === 'id')?.value;

/**
 * Numbers <Cite id="…"/> in reading order and checks <Cite> and <Term> ids at build time, so an
 * unknown id stops the build with a message naming the file and the id. The ordered list of cited
 * ids is handed to the page as `remarkPluginFrontmatter.citations`.
 */
export function remarkMdxComponents(options: { root: string }) {
  const glossaryDir = join(options.root, 'content/glossary');
  return (tree: Node, file: AstroFile) => {
    const frontmatter = file.data.astro?.frontmatter ?? {};
    const declared = Array.isArray(frontmatter.sources) ? frontmatter.sources.map(String) : [];
    const where = relative(options.root, file.path);
    const glossaryIds = new Set(
      readdirSync(glossaryDir).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')),
    );

    const cites: JsxNode[] = [];
    visit(tree, (node) => {
      if (!isJsx(node)) return;
      const id = idOf(node);
      if (node.name === 'Cite') {
        if (typeof id !== 'string' || !declared.includes(id)) {
          throw new Error(
            `${where} → <Cite id="${String(id)}">: "${String(id)}" is not in this article's frontmatter \`sources\` list. ` +
              `Add it there (with a file content/sources/${String(id)}.yaml if the document is new) or fix the id.`,
          );
        }
        cites.push(node);
      } else if (node.name === 'Term' && (typeof id !== 'string' || !glossaryIds.has(id))) {
        throw new Error(
          `${where} → <Term id="${String(id)}">: "${String(id)}" is not a glossary term. ` +
            `Use the file name of an entry in content/glossary/ or add content/glossary/${String(id)}.yaml.`,
        );
      }
    });

    const citedInOrder = cites.map((node) => idOf(node) as string);
    const numbers = numberCitations(citedInOrder, declared);
    for (const node of cites) {
      node.attributes.push({ type: 'mdxJsxAttribute', name: 'n', value: String(numbers.get(idOf(node) as string)) });
    }
    frontmatter.citations = orderCitations(citedInOrder, declared);
  };
}
