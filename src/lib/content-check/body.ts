import type { Root } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { ContentGraph, ReadableArticle } from '../content/graph';
import { fieldProblem } from './fields';
import { show, type Problem } from './problem';

/** Components authors may use; each takes exactly these attributes. */
export const allowedComponents: Record<string, string[]> = { Cite: ['id'], Term: ['id'] };

interface JsxNode extends Node {
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
}

/** One thing in the body that would run code, inject markup, or otherwise break the page. */
export interface BodyFinding {
  line?: number;
  kind: keyof typeof unsafeRules;
  detail: string;
}

const unsafeRules = {
  esm: {
    message: 'import and export statements are not allowed in articles',
    fix: 'delete the line; <Cite> and <Term> work without importing anything',
  },
  expression: {
    message: 'JavaScript expressions in curly braces are not allowed',
    fix: 'write the text plainly; to show a literal brace, escape it as \\{',
  },
  script: { message: '<script> is not allowed: articles cannot run code', fix: 'remove the element' },
  iframe: {
    message: '<iframe> is not allowed: articles cannot embed other pages',
    fix: 'link to the page instead, e.g. [the SEC release](https://www.sec.gov/…)',
  },
  element: {
    message: 'only the <Cite> and <Term> components may be used; HTML tags and other components are not allowed',
    fix: 'use Markdown instead: **bold**, [a link](/the-proposal/), ## A heading, - a list item',
  },
  handler: { message: 'event-handler attributes (on…=) are not allowed', fix: 'remove the attribute' },
  attribute: { message: '<Cite> and <Term> take only an id attribute', fix: 'remove the other attribute' },
  'attribute-expression': {
    message: 'attribute values must be plain text in quotes',
    fix: 'write the value in quotes, e.g. id="fr-2022-proposal"',
  },
  'missing-alt': {
    message: 'images need alt text',
    fix: 'describe the image between the brackets: ![A chart of …](…)',
  },
} as const;

/** Scans a parsed body for everything an author may not put in an article. */
export function unsafeContent(tree: Root): BodyFinding[] {
  const findings: BodyFinding[] = [];
  visit(tree as Node, (node: Node) => {
    const line = node.position?.start.line;
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
          else if (
            attribute.type !== 'mdxJsxAttribute' ||
            (attribute.value !== null && typeof attribute.value === 'object')
          ) {
            findings.push({ line, kind: 'attribute-expression', detail: `<${name} ${attrName}={…}>` });
          } else if (allowed && !allowed.includes(attrName)) {
            findings.push({ line, kind: 'attribute', detail: `<${name} ${attrName}>` });
          }
        }
        break;
      }
      case 'image': {
        const { url, alt } = node as Node & { url: string; alt?: string | null };
        if (!alt?.trim()) findings.push({ line, kind: 'missing-alt', detail: url });
        break;
      }
    }
  });
  return findings;
}

/** `line 17` of the file, or `body` when the parser gave no position. */
export const bodyField = (line?: number) => (line ? `line ${line}` : 'body');

/** The template's "Replace this…" text must not survive into a published article. */
const PLACEHOLDER = /Replace this/;

function placeholderProblems(article: ReadableArticle): Problem[] {
  const fix = 'write your own text in place of the template’s placeholder';
  const problems: Problem[] = [];
  for (const [field, value] of Object.entries((article.data ?? {}) as Record<string, unknown>)) {
    const values = Array.isArray(value) ? value : [value];
    values.forEach((v, i) => {
      if (typeof v === 'string' && PLACEHOLDER.test(v)) {
        problems.push(
          fieldProblem(article, Array.isArray(value) ? [field, i] : [field], {
            message: 'still holds template text',
            found: show(v),
            fix,
          }),
        );
      }
    });
  }
  article.body.split('\n').forEach((line, i) => {
    if (PLACEHOLDER.test(line))
      problems.push({
        file: article.file,
        field: bodyField(i + 1),
        line: i + 1,
        message: 'still holds template text',
        found: show(line.trim().slice(0, 80)),
        fix,
      });
  });
  return problems;
}

/** Article bodies: they parse as MDX, hold only Markdown, <Cite> and <Term>, and no template text. */
export function bodyRules(graph: ContentGraph): Problem[] {
  return graph.readable.flatMap((article): Problem[] => {
    const { tree, error } = article.mdx;
    if (!tree) {
      const line = error?.line;
      const fix =
        'check for an unclosed <Cite>/<Term> tag, a stray < or { (write "less than", or escape it as \\{), or an HTML comment (not allowed in MDX)';
      return [
        {
          file: article.file,
          field: bodyField(line),
          line,
          message: 'could not be read as MDX',
          found: show(error?.message),
          fix,
        },
      ];
    }
    const unsafe = unsafeContent(tree).map(({ line, kind, detail }) => ({
      file: article.file,
      field: bodyField(line),
      line,
      ...unsafeRules[kind],
      found: show(detail),
    }));
    return [...unsafe, ...placeholderProblems(article)];
  });
}
