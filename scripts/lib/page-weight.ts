/**
 * First-view page weight, measured from a built dist/: the HTML plus every stylesheet and script the page
 * loads before any interaction. Dynamically imported chunks (the search UI) and /pagefind/ are excluded,
 * since they load only when the reader opens search. Each file is gzipped on its own, as a server sends it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { median } from './report.ts';

/** Budgets from issue 6, in bytes (1 KB = 1,000 bytes, as Chrome DevTools counts kB). */
export const budgets = {
  firstViewGzip: 15_500,
  jsBeforeSearchGzip: 1_000,
} as const;

/**
 * What a page should aim for, below the budget: about what the first round trip of a new connection carries
 * (ten TCP segments, ~14.6 KB, less the response headers). Reported by `npm run bench`, never enforced by a test.
 */
export const firstViewAimGzip = 14_300;

/** Pages where search is already open on arrival, so the JavaScript budget does not apply. */
export const searchPages = ['/search/'];

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  path: string;
  html: Bytes;
  css: Bytes;
  js: Bytes;
  firstView: Bytes;
  /** URLs of the stylesheets and scripts counted, in load order. */
  assets: string[];
  status: { firstView: 'OK' | 'OVER'; js: 'OK' | 'OVER' | 'n/a' };
}

export const gzipSize = (data: Buffer | string) => gzipSync(data, { level: 6 }).length;

const attr = (tag: string, name: string) =>
  new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);

/** Stylesheets and scripts an HTML page requests by itself, in document order. */
export function htmlAssets(html: string): { css: string[]; js: string[] } {
  const css: string[] = [];
  const js: string[] = [];
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const [tag] of withoutComments.matchAll(/<(?:link|script)\b[^>]*>/gi)) {
    if (/^<link/i.test(tag)) {
      const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
      const href = attr(tag, 'href');
      if (!href) continue;
      if (rel.includes('stylesheet')) css.push(href);
      else if (rel.includes('modulepreload')) js.push(href);
    } else {
      const src = attr(tag, 'src');
      if (src) js.push(src);
    }
  }
  const counted = (url: string) => !/^[a-z]+:|^\/\//i.test(url) && !url.startsWith('/pagefind/');
  return { css: css.filter(counted), js: js.filter(counted) };
}

/** Modules a script imports statically (`import … from "./x.js"`, `import "./x.js"`, `export … from`), not `import()`. */
export function staticImports(code: string): string[] {
  const found: string[] = [];
  for (const match of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g))
    found.push(match[1]);
  return found;
}

/** Path of an asset URL inside dist/. */
function fileFor(dist: string, url: string): string {
  return join(dist, decodeURIComponent(url.split(/[?#]/)[0]));
}

/** Measures one page (path like "/the-proposal/" or "/404.html") of a built site. */
export function measurePage(dist: string, path: string, cache = new Map<string, Bytes>()): PageWeight {
  const htmlFile = path.endsWith('.html') ? join(dist, path) : join(dist, path, 'index.html');
  const html = readFileSync(htmlFile);
  const sizeOf = (url: string): Bytes => {
    const cached = cache.get(url);
    if (cached) return cached;
    const file = fileFor(dist, url);
    const data = existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
    const bytes = { raw: data.length, gzip: data.length ? gzipSize(data) : 0 };
    cache.set(url, bytes);
    return bytes;
  };

  const { css, js } = htmlAssets(html.toString('utf8'));
  // Follow static imports: a module script runs only once its imports have loaded.
  const scripts: string[] = [];
  const queue = [...js];
  while (queue.length) {
    const url = queue.shift()!;
    if (scripts.includes(url)) continue;
    scripts.push(url);
    const file = fileFor(dist, url);
    if (!existsSync(file)) continue;
    for (const imported of staticImports(readFileSync(file, 'utf8'))) {
      if (!/^\.{0,2}\//.test(imported)) continue;
      const resolved = imported.startsWith('/') ? imported : posix.join(posix.dirname(url), imported);
      if (!resolved.startsWith('/pagefind/')) queue.push(resolved);
    }
  }

  const sum = (urls: string[]): Bytes =>
    urls.map(sizeOf).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
  const htmlBytes = { raw: html.length, gzip: gzipSize(html) };
  const cssBytes = sum([...new Set(css)]);
  const jsBytes = sum(scripts);
  const firstView = {
    raw: htmlBytes.raw + cssBytes.raw + jsBytes.raw,
    gzip: htmlBytes.gzip + cssBytes.gzip + jsBytes.gzip,
  };
  return {
    path,
    html: htmlBytes,
    css: cssBytes,
    js: jsBytes,
    firstView,
    assets: [...new Set(css), ...scripts],
    status: {
      firstView: firstView.gzip <= budgets.firstViewGzip ? 'OK' : 'OVER',
      js: searchPages.includes(path) ? 'n/a' : jsBytes.gzip <= budgets.jsBeforeSearchGzip ? 'OK' : 'OVER',
    },
  };
}

/** min / median / max of a list of numbers (median of an even list: the mean of the middle two, rounded). */
export function spread(values: readonly number[]): { min: number; median: number; max: number } {
  if (!values.length) return { min: 0, median: 0, max: 0 };
  return { min: Math.min(...values), median: Math.round(median(values)), max: Math.max(...values) };
}
