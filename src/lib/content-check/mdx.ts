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

/** Components authors may use; each takes exactly these attributes. */
export const allowedComponents: Record<string, string[]> = { Cite: ['id'], Term: ['id'] };

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface JsxNode extends Node {
  name: string | null;
  attributes: JsxAttribute[];
}
interface LinkNode extends Node {
  url: string;
  alt?: string | null;
}

/** One thing in the body that would run code, inject markup, or otherwise break the page. */
export interface BodyFinding {
  line?: number;
  kind:
    | 'esm'
    | 'expression'
    | 'script'
    | 'iframe'
    | 'element'
    | 'handler'
    | 'attribute'
    | 'attribute-expression'
    | 'javascript-url'
    | 'http-url'
    | 'missing-alt';
  detail: string;
}

const lineOf = (node: Node) => node.position?.start.line;

/** Scans a parsed body for everything an author may not put in an article. */
export function unsafeContent(tree: Root): BodyFinding[] {
  const findings: BodyFinding[] = [];
  visit(tree as Node, (node: Node) => {
    const line = lineOf(node);
    switch (node.type) {
      case 'mdxjsEsm':
        findings.push({ line, kind: 'esm', detail: String((node as Node & { value: string }).value).split('\n')[0] });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        findings.push({ line, kind: 'expression', detail: `{${(node as Node & { value: string }).value}}` });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const element = node as JsxNode;
        const name = element.name ?? '(fragment)';
        const allowed = allowedComponents[name];
        if (!allowed) {
          const kind = /^script$/i.test(name) ? 'script' : /^iframe$/i.test(name) ? 'iframe' : 'element';
          findings.push({ line, kind, detail: `<${name}>` });
        }
        for (const attribute of element.attributes) {
          const attrName = attribute.name ?? '{…}';
          if (/^on/i.test(attrName)) findings.push({ line, kind: 'handler', detail: `${attrName}=` });
          else if (attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && typeof attribute.value === 'object')) {
            findings.push({ line, kind: 'attribute-expression', detail: `<${name} ${attrName}={…}>` });
          } else if (allowed && !allowed.includes(attrName)) {
            findings.push({ line, kind: 'attribute', detail: `<${name} ${attrName}>` });
          }
          if (typeof attribute.value === 'string' && /^\s*javascript:/i.test(attribute.value)) {
            findings.push({ line, kind: 'javascript-url', detail: attribute.value });
          }
        }
        break;
      }
      case 'link':
      case 'image':
      case 'definition': {
        const { url, alt } = node as LinkNode;
        if (/^\s*javascript:/i.test(url)) findings.push({ line, kind: 'javascript-url', detail: url });
        else if (/^http:\/\//i.test(url)) findings.push({ line, kind: 'http-url', detail: url });
        if (node.type === 'image' && !alt?.trim()) findings.push({ line, kind: 'missing-alt', detail: url });
        break;
      }
    }
  });
  return findings;
}

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

/** Internal links (root-relative or same-page) with their line numbers. */
export function internalLinks(tree: Root): { url: string; line?: number }[] {
  const links: { url: string; line?: number }[] = [];
  visit(tree as Node, (node: Node) => {
    if (node.type !== 'link' && node.type !== 'definition') return;
    const { url } = node as LinkNode;
    if (!/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('//')) links.push({ url, line: lineOf(node) });
  });
  return links;
}
