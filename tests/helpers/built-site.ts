import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { projectRoot } from '../../scripts/lib/site-copy';

export const dist = join(projectRoot, 'dist');

export interface BuiltPage {
  /** The URL path, e.g. /the-proposal/slug/ or /404.html */
  url: string;
  file: string;
  html: string;
  tree: Root;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'pagefind' || name === '_astro') return [];
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** Every HTML page of the build, parsed. */
export function builtPages(): BuiltPage[] {
  return htmlFiles(dist).map((file) => {
    const path = `/${relative(dist, file).split('\\').join('/')}`;
    const url = path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
    const html = readFileSync(file, 'utf8');
    return { url, file, html, tree: fromHtml(html) };
  });
}

/** All elements of a page matching a predicate, in document order. */
export function elements(tree: Root, test: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (test(node)) found.push(node);
  });
  return found;
}

export const byTag = (tag: string) => (el: Element) => el.tagName === tag;
export const attr = (el: Element, name: string): string | undefined => {
  const value = el.properties?.[name];
  return Array.isArray(value) ? value.join(' ') : value === undefined || value === null ? undefined : String(value);
};

/** The text of an element, as a reader sees it (whitespace collapsed). */
export function textOf(node: Element): string {
  const parts: string[] = [];
  visit(node, 'text', (text: { value: string }) => {
    parts.push(text.value);
  });
  return parts.join('').replace(/\s+/g, ' ');
}
