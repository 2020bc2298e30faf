import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

export type ParsedBody = { tree: Root; error?: undefined } | { tree?: undefined; error: string; line?: number };

/** Parses an article body as MDX (the way the build will), reporting a syntax error with its line. */
export function parseMdx(body: string): ParsedBody {
  try {
    return { tree: parser.parse(body) as Root };
  } catch (error) {
    const e = error as { reason?: string; message?: string; line?: number };
    return { error: e.reason ?? e.message ?? String(error), line: e.line };
  }
}

interface JsxNode extends Node {
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
}

const lineOf = (node: Node) => node.position?.start.line;

/** Ids of <Cite>/<Term> elements in reading order (code blocks and prose are never mistaken for them). */
export function componentIdsIn(tree: Root, component: 'Cite' | 'Term'): string[] {
  const ids: string[] = [];
  visit(tree as Node, (node: Node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (node as JsxNode).name === component) {
      const id = (node as JsxNode).attributes.find((a) => a.name === 'id')?.value;
      if (typeof id === 'string') ids.push(id);
    }
  });
  return ids;
}

/** Heading anchors as Astro generates them (github-slugger over the heading text, in order). */
export function headingSlugs(tree: Root): string[] {
  const slugger = new GithubSlugger();
  const slugs: string[] = [];
  visit(tree as Node, 'heading', (node: Node) => {
    slugs.push(slugger.slug(toString(node)));
  });
  return slugs;
}

/** Every link, link definition and image address, with its line. */
export function linksIn(tree: Root): { url: string; line?: number; image: boolean }[] {
  const links: { url: string; line?: number; image: boolean }[] = [];
  visit(tree as Node, (node: Node) => {
    if (node.type === 'link' || node.type === 'definition' || node.type === 'image') {
      links.push({ url: (node as Node & { url: string }).url, line: lineOf(node), image: node.type === 'image' });
    }
  });
  return links;
}

/** Words a reader sees: the text of each paragraph, heading and table cell (link targets and tags excluded). */
export function countWords(tree: Root): number {
  let words = 0;
  visit(tree as Node, (node: Node) => {
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return;
    words += toString(node).split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
    return 'skip';
  });
  return words;
}
