import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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

/** Every HTML page of a build (by default the site's own dist/), parsed. */
export function builtPages(from = dist): BuiltPage[] {
  return htmlFiles(from).map((file) => {
    const path = `/${relative(from, file).split('\\').join('/')}`;
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

/** Attributes that make the browser request an address: links, stylesheets, scripts, images, forms. */
const addressOf = (el: Element): string | undefined =>
  el.tagName === 'a' || el.tagName === 'link'
    ? attr(el, 'href')
    : el.tagName === 'script' || el.tagName === 'img'
      ? attr(el, 'src')
      : el.tagName === 'form'
        ? attr(el, 'action')
        : undefined;

/**
 * Checks every address on every page of a build published under `base` ('/' or e.g. '/exchange-rule/'): each
 * internal one must sit under the base path and name a page or file of the build, and its #anchor an id on that
 * page. Returns what is broken, one line each, and the external links it saw.
 */
export function checkAddresses(pages: BuiltPage[], options: { dist: string; base: string }) {
  const { base } = options;
  const byUrl = new Map(pages.map((p) => [p.url, p]));
  const ids = new Map(
    pages.map((p) => [
      p.url,
      new Set(elements(p.tree, (el) => attr(el, 'id') !== undefined).map((el) => attr(el, 'id')!)),
    ]),
  );
  const broken: string[] = [];
  const external = new Set<string>();
  for (const page of pages) {
    const pageUrl = `http://site${base}${page.url.slice(1)}`;
    for (const el of elements(page.tree, (e) => addressOf(e) !== undefined)) {
      const href = addressOf(el)!;
      const url = new URL(href, pageUrl);
      if (url.host !== 'site') {
        if (el.tagName === 'a') external.add(url.href);
        if (url.protocol !== 'https:' && el.tagName === 'a')
          broken.push(`${page.url}: external link is not https: ${href}`);
        if (attr(el, 'target') === '_blank' && !/noopener/.test(attr(el, 'rel') ?? ''))
          broken.push(`${page.url}: target=_blank without rel=noopener: ${href}`);
        continue;
      }
      if (!url.pathname.startsWith(base)) {
        broken.push(`${page.url}: ${href} → outside the base path ${base}`);
        continue;
      }
      const path = `/${url.pathname.slice(base.length)}`;
      const target = byUrl.get(path);
      if (!target && !existsSync(join(options.dist, decodeURIComponent(path)))) {
        broken.push(`${page.url}: ${href} → no such page`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && target && !ids.get(target.url)?.has(anchor))
        broken.push(`${page.url}: ${href} → no #${anchor} on ${target.url}`);
    }
  }
  return { broken, external };
}
