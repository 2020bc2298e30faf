// `npm run bench:search [-- --runs 3 --articles 1000 --reuse-dist]`: on this site's build and on a generated
// corpus build, prints the Pagefind index size, the bytes a typical query fetches, and the time from keypress
// to the first rendered result in Chromium (medians over a few runs). Writes bench/search-results.json.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { preview } from 'astro';
import type { Page } from 'playwright-core';
import { launchBrowser } from './lib/browser.ts';
import { buildCorpusSite, ensureSiteBuilt } from './lib/build-site.ts';
import { gzipSize } from './lib/page-weight.ts';
import { environment, kb, median, projectRoot, round, table, today, writeJson } from './lib/report.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    articles: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    'reuse-dist': { type: 'boolean', default: false },
  },
});
const runs = Math.max(1, Number(values.runs));
const corpusSize = Number(values.articles);

/** Reader queries whose words occur in both the real content and the generated corpus. */
const queries = ['dealer rule', 'communication protocol systems', 'withdrawal', 'fair access'];
const PORTS = { site: 4397, corpus: 4396 };

const started = performance.now();
const log = (message: string) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)}s] ${message}`);

/**
 * Kinds of file in dist/pagefind: the search data (grows with content), the runtime (script, worker,
 * WebAssembly, highlighter), and Pagefind's ready-made UI bundles, which it always writes and this site never loads.
 */
const indexKinds = ['fragments', 'indexChunks', 'filters', 'meta', 'runtime', 'uiBundles'] as const;

/** Size and file count of dist/pagefind, by kind of file. */
function indexStats(dir: string) {
  const files: { path: string; size: number }[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else files.push({ path: relative(dir, path), size: stat.size });
    }
  };
  walk(dir);
  const kindOf = (path: string) =>
    path.startsWith('fragment/')
      ? 'fragments'
      : path.startsWith('index/')
        ? 'indexChunks'
        : path.startsWith('filter/')
          ? 'filters'
          : /\.pf_meta$|pagefind-entry\.json$/.test(path)
            ? 'meta'
            : /^(pagefind\.js|pagefind-worker\.js|pagefind-highlight\.js|wasm\..*)$/.test(path)
              ? 'runtime'
              : 'uiBundles';
  const byKind: Record<string, { files: number; bytes: number }> = {};
  for (const kind of indexKinds) {
    const list = files.filter((f) => kindOf(f.path) === kind);
    byKind[kind] = { files: list.length, bytes: list.reduce((s, f) => s + f.size, 0) };
  }
  return { bytes: files.reduce((s, f) => s + f.size, 0), files: files.length, byKind };
}

/** A page in a browser of its own, on a new profile: Pagefind fetches from a worker, so only a new profile is a cold cache. */
async function coldPage(): Promise<{ page: Page; close(): Promise<void> }> {
  const browser = await launchBrowser();
  const page = await browser.context.newPage();
  return { page, close: () => browser.close() };
}

/**
 * Bytes of /pagefind/ responses while /search/?q=<query> loads and shows its results, from a cold cache: as
 * files (what the browser decoded) and gzipped where that is smaller (what a compressing host would send).
 */
async function bytesForQuery(baseUrl: string, query: string) {
  const { page, close } = await coldPage();
  const bodies: Promise<Buffer>[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/pagefind/'))
      bodies.push(response.body().catch(() => Buffer.alloc(0)));
  });
  try {
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(query)}`);
    await page
      .locator('#search-page [data-search-result], #search-page [role="status"]:has-text("No results")')
      .first()
      .waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const files = await Promise.all(bodies);
    return {
      requests: files.length,
      bytes: files.reduce((sum, body) => sum + body.length, 0),
      gzipBytes: files.reduce((sum, body) => sum + Math.min(body.length, gzipSize(body)), 0),
    };
  } finally {
    await close();
  }
}

/**
 * Arms a measurement in the page: a promise that resolves when a result first appears in the dialog, with the
 * keydown times before it. Plain JavaScript in a string: tsx would wrap a function's inner helpers in __name().
 */
const ARM_MEASUREMENT = `window.__searchTiming = new Promise((resolve) => {
  const keys = [];
  const onKey = (event) => keys.push(event.timeStamp);
  document.addEventListener('keydown', onKey, true);
  const dialog = document.getElementById('search-dialog');
  const observer = new MutationObserver(() => {
    if (!keys.length || !dialog.querySelector('[data-search-result]')) return;
    observer.disconnect();
    document.removeEventListener('keydown', onKey, true);
    resolve({ firstKey: keys[0], lastKey: keys[keys.length - 1], result: performance.now() });
  });
  observer.observe(dialog, { childList: true, subtree: true });
});
undefined; // evaluate() would otherwise wait for the promise`;
const readMeasurement = (page: Page) =>
  page.evaluate('window.__searchTiming') as Promise<{ firstKey: number; lastKey: number; result: number }>;

/**
 * Opens the dialog with "/", types `query` and times the first rendered result: cold (the first search on
 * the page, which loads Pagefind and its index) and warm (a second query, `next`, typed after clearing).
 */
async function keypressToResult(baseUrl: string, query: string, next: string) {
  const { page, close } = await coldPage();
  try {
    await page.goto(`${baseUrl}/`);
    await page.keyboard.press('/');
    const input = page.locator('#search-dialog input[type="search"]');
    await input.waitFor();
    await page.waitForFunction(() => document.activeElement?.matches('#search-dialog input[type="search"]'));
    const measure = async (text: string) => {
      await page.evaluate(ARM_MEASUREMENT);
      await page.keyboard.type(text);
      const t = await readMeasurement(page);
      return { fromLastKey: t.result - t.lastKey, fromFirstKey: t.result - t.firstKey };
    };
    const cold = await measure(query);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.locator('#search-dialog [data-search-result]').first().waitFor({ state: 'detached' });
    const warm = await measure(next);
    return { cold, warm };
  } finally {
    await close();
  }
}

const medianOf = (values: number[]) => round(median(values), 1);

async function measureSite(label: string, root: string, port: number, articles: number) {
  const index = indexStats(join(root, 'dist/pagefind'));
  log(`${label}: index ${kb(index.bytes)} KB in ${index.files} files; serving on port ${port} …`);
  const server = await preview({ root, logLevel: 'error', server: { port, host: '127.0.0.1' } });
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    const perQuery = [];
    for (const [i, query] of queries.entries()) {
      const next = queries[(i + 1) % queries.length];
      const bytes = [];
      const cold: number[] = [];
      const coldFromFirst: number[] = [];
      const warm: number[] = [];
      for (let run = 0; run < runs; run++) {
        bytes.push(await bytesForQuery(baseUrl, query));
        const t = await keypressToResult(baseUrl, query, next);
        cold.push(t.cold.fromLastKey);
        coldFromFirst.push(t.cold.fromFirstKey);
        warm.push(t.warm.fromLastKey);
      }
      perQuery.push({
        query,
        fetched: {
          requests: medianOf(bytes.map((b) => b.requests)),
          bytes: medianOf(bytes.map((b) => b.bytes)),
          gzipBytes: medianOf(bytes.map((b) => b.gzipBytes)),
        },
        keypressToFirstResultMs: {
          cold: medianOf(cold),
          coldFromFirstKey: medianOf(coldFromFirst),
          warm: { after: next, ms: medianOf(warm) },
        },
      });
      log(
        `  “${query}”: ${kb(perQuery.at(-1)!.fetched.bytes)} KB fetched (${kb(perQuery.at(-1)!.fetched.gzipBytes)} KB gzipped); first result ${perQuery.at(-1)!.keypressToFirstResultMs.cold} ms cold, ${perQuery.at(-1)!.keypressToFirstResultMs.warm.ms} ms warm`,
      );
    }
    return {
      articles,
      index,
      queries: perQuery,
      summary: {
        fetchedBytesMedian: medianOf(perQuery.map((q) => q.fetched.bytes)),
        fetchedGzipBytesMedian: medianOf(perQuery.map((q) => q.fetched.gzipBytes)),
        coldMsMedian: medianOf(perQuery.map((q) => q.keypressToFirstResultMs.cold)),
        warmMsMedian: medianOf(perQuery.map((q) => q.keypressToFirstResultMs.warm.ms)),
      },
    };
  } finally {
    await server.stop();
  }
}

const sites = [];
await ensureSiteBuilt(projectRoot, values['reuse-dist'], 'dist/pagefind', log);
const siteArticles = readdirSync(join(projectRoot, 'content/articles')).reduce(
  (n, section) =>
    n + readdirSync(join(projectRoot, 'content/articles', section)).filter((f) => f.endsWith('.mdx')).length,
  0,
);
sites.push({ content: 'this site', ...(await measureSite('This site', projectRoot, PORTS.site, siteArticles)) });

log(`Corpus of ${corpusSize} articles …`);
const corpus = await buildCorpusSite(corpusSize, Number(values.seed), log);
try {
  log(`Built in ${corpus.build.seconds}s.`);
  sites.push({
    content: `corpus of ${corpusSize}`,
    ...(await measureSite(`Corpus of ${corpusSize}`, corpus.dir, PORTS.corpus, corpusSize)),
  });
} finally {
  corpus.remove();
}

console.log(`\nPagefind index (dist/pagefind)\n`);
console.log(
  table([
    [
      'Content',
      'Articles',
      'Files',
      'Total KB',
      'Fragments KB',
      'Index chunks KB',
      'Filters KB',
      'Meta KB',
      'Runtime KB',
      'Unused UI bundles KB',
    ],
    ...sites.map((s) => [
      s.content,
      String(s.articles),
      String(s.index.files),
      kb(s.index.bytes),
      ...indexKinds.map((k) => kb(s.index.byKind[k].bytes)),
    ]),
  ]),
);
console.log(
  `\nPer query (medians of ${runs} runs; cold = first search in a new browser profile, timed from the last keypress; warm = the next query typed after it)\n`,
);
console.log(
  table([
    ['Content / query', 'Requests', 'Fetched KB', 'Gzipped KB', 'Cold ms', 'Cold ms from 1st key', 'Warm ms'],
    ...sites.flatMap((s) =>
      s.queries.map((q) => [
        `${s.content}: ${q.query}`,
        String(q.fetched.requests),
        kb(q.fetched.bytes),
        kb(q.fetched.gzipBytes),
        String(q.keypressToFirstResultMs.cold),
        String(q.keypressToFirstResultMs.coldFromFirstKey),
        String(q.keypressToFirstResultMs.warm.ms),
      ]),
    ),
  ]),
);
console.log(`\nSummary (median over queries)\n`);
console.log(
  table([
    ['Content', 'Index KB', 'Fetched per query KB', 'gzipped KB', 'Keypress → first result, cold ms', 'warm ms'],
    ...sites.map((s) => [
      s.content,
      kb(s.index.bytes),
      kb(s.summary.fetchedBytesMedian),
      kb(s.summary.fetchedGzipBytesMedian),
      String(s.summary.coldMsMedian),
      String(s.summary.warmMsMedian),
    ]),
  ]),
);

writeJson(join(projectRoot, 'bench/search-results.json'), {
  date: today(),
  environment: environment(['astro', 'pagefind', 'playwright-core']),
  method: {
    runs,
    queries,
    fetched:
      'sum of /pagefind/ response bodies while /search/?q=<query> loads and renders its results, in a new browser profile (cold cache); gzipBytes gzips each response (level 6) where that makes it smaller',
    timing:
      'home page, "/" opens the dialog, the query is typed with Playwright; performance.now() when a MutationObserver first sees [data-search-result] minus the last keydown timeStamp (includes the UI’s 150 ms debounce)',
  },
  sites,
});
log('Wrote bench/search-results.json.');
