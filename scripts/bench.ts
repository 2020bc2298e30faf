// `npm run bench [-- --sizes 250,1000 --seed 1]`: builds this site cold and times it, prints the first-view
// weight of home, each section page, every article and the other pages against the budgets of issue 6, then
// builds generated corpora of the given sizes in throw-away copies to show how build time and page weight grow.
// Writes bench/results.json.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { feeds, fixedPages, pages as routes, sectionUrl, sourcePageUrl } from '../src/config/routes.ts';
import { sectionIds } from '../src/config/site.ts';
import { buildContentGraph } from '../src/lib/content/graph.ts';
import { buildCorpusSite, buildSite, withRetries, type BuildResult } from './lib/build-site.ts';
import { budgets, firstViewAimGzip, measurePage, spread, type Bytes, type PageWeight } from './lib/page-weight.ts';
import { environment, kb, projectRoot, round, table, today, writeJson } from './lib/report.ts';

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '250,1000' }, seed: { type: 'string', default: '1' } },
});
const sizes = values.sizes
  .split(',')
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
const seed = Number(values.seed);

const firstSourcePages = [sourcePageUrl('primary', 1), sourcePageUrl('secondary', 1)];
/** Pages that are neither home, a section nor an article (the feeds are not pages). */
const otherPages = [
  ...fixedPages.filter((p) => p !== routes.home && !feeds.includes(p) && !sectionIds.some((s) => sectionUrl(s) === p)),
  ...firstSourcePages,
  '/404.html',
];
const listPages = [
  routes.home,
  ...sectionIds.map(sectionUrl),
  routes.glossary,
  routes.timeline,
  routes.sources,
  ...firstSourcePages,
  routes.claims,
];

/** Every file under a folder, as paths relative to it with forward slashes. */
const filesUnder = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split('\\').join('/'));

/** Every HTML page in a dist/, as site paths. */
function htmlPages(dist: string): string[] {
  return filesUnder(dist)
    .filter((rel) => rel.endsWith('.html') && !rel.startsWith('_astro/') && !rel.startsWith('pagefind/'))
    .map((rel) => `/${rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel}`)
    .sort();
}

/** Published article URLs of a site in reading order. */
const articlePaths = (root: string) => buildContentGraph(root).published.map((a) => a.url);

const dirBytes = (dir: string) => filesUnder(dir).reduce((sum, rel) => sum + statSync(join(dir, rel)).size, 0);

const pageRow = (p: PageWeight) => [
  p.path,
  kb(p.html.raw),
  kb(p.html.gzip),
  kb(p.css.raw),
  kb(p.css.gzip),
  kb(p.js.raw),
  kb(p.js.gzip),
  kb(p.firstView.gzip),
  p.status.firstView,
  p.status.js,
];
const header = [
  'Page (KB = 1,000 bytes)',
  'HTML',
  'HTML gz',
  'CSS',
  'CSS gz',
  'JS',
  'JS gz',
  'First view gz',
  `≤ ${kb(budgets.firstViewGzip)}`,
  `JS ≤ ${kb(budgets.jsBeforeSearchGzip)}`,
];

/** A page's figures for the JSON file, without the asset list (recorded once per build). */
const pageFigures = (p: PageWeight) => ({
  path: p.path,
  html: p.html,
  css: p.css,
  js: p.js,
  firstView: p.firstView,
  status: p.status,
});

const buildFigures = (b: BuildResult) => ({ seconds: b.seconds, phases: b.phases });

function assetTable(pages: PageWeight[], cache: Map<string, Bytes>) {
  const used = [...new Set(pages.flatMap((p) => p.assets))].sort();
  return Object.fromEntries(used.map((url) => [url, cache.get(url) ?? { raw: 0, gzip: 0 }]));
}

function overBudget(pages: PageWeight[]) {
  return {
    firstView: pages.filter((p) => p.status.firstView === 'OVER').map((p) => p.path),
    js: pages.filter((p) => p.status.js === 'OVER').map((p) => p.path),
  };
}

const started = performance.now();
const log = (message: string) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)}s] ${message}`);

// 1. This site.
log('Building this site from a clean dist/ …');
const siteBuild = await withRetries('site build', () =>
  buildSite(projectRoot, join(projectRoot, 'bench/tmp/astro-cache')),
);
log(`Built in ${siteBuild.seconds}s.`);
const dist = join(projectRoot, 'dist');
const cache = new Map<string, Bytes>();
const allSitePages = htmlPages(dist);
const articles = articlePaths(projectRoot).filter((p) => allSitePages.includes(p));
const main = ['/', ...sectionIds.map((s) => `/${s}/`), ...articles].map((p) => measurePage(dist, p, cache));
const others = otherPages.filter((p) => allSitePages.includes(p)).map((p) => measurePage(dist, p, cache));
const unlisted = allSitePages.filter((p) => !main.some((m) => m.path === p) && !others.some((o) => o.path === p));
const sitePages = [...main, ...others, ...unlisted.map((p) => measurePage(dist, p, cache))];

console.log(
  `\nFirst view of this site (HTML + the CSS and JS it loads before interaction; gzip level 6, each file on its own)\n`,
);
console.log(table([header, ...main.map(pageRow)]));
console.log(`\nOther pages (the JS budget does not apply to /search/, where search is open on arrival)\n`);
console.log(table([header, ...sitePages.slice(main.length).map(pageRow)]));
const siteOver = overBudget(sitePages);
const overAim = sitePages.filter((p) => p.firstView.gzip > firstViewAimGzip);
console.log(
  `\n${sitePages.length} pages: ${siteOver.firstView.length} over the first-view budget, ${siteOver.js.length} over the JavaScript budget.` +
    `\n${overAim.length} above the ${kb(firstViewAimGzip)} KB one-round-trip aim${overAim.length ? `: ${overAim.map((p) => `${p.path} ${kb(p.firstView.gzip)}`).join(', ')}` : ''}.` +
    `\nAssets: ${Object.entries(assetTable(sitePages, cache))
      .map(([url, b]) => `${url} ${kb(b.raw)} KB (${kb(b.gzip)} gz)`)
      .join('; ')}`,
);

// 2. Generated corpora.
const corpora = [];
for (const size of sizes) {
  log(`Corpus of ${size} articles (seed ${seed}) …`);
  const corpus = await buildCorpusSite(size, seed, log);
  try {
    log(`Built in ${corpus.build.seconds}s; measuring …`);
    const cdist = join(corpus.dir, 'dist');
    const ccache = new Map<string, Bytes>();
    const pages = htmlPages(cdist).map((p) => measurePage(cdist, p, ccache));
    const articleSet = new Set(articlePaths(corpus.dir));
    const articlePages = pages.filter((p) => articleSet.has(p.path));
    const stat = (list: PageWeight[], pick: (p: PageWeight) => number) => spread(list.map(pick));
    corpora.push({
      articles: size,
      seed,
      contentFiles: corpus.files,
      pages: pages.length,
      build: buildFigures(corpus.build),
      secondsPerArticle: round(corpus.build.seconds / size, 3),
      distBytes: dirBytes(cdist),
      pagefindBytes: dirBytes(join(cdist, 'pagefind')),
      articlePages: {
        htmlRaw: stat(articlePages, (p) => p.html.raw),
        htmlGzip: stat(articlePages, (p) => p.html.gzip),
        firstViewGzip: stat(articlePages, (p) => p.firstView.gzip),
      },
      allPages: { firstViewGzip: stat(pages, (p) => p.firstView.gzip) },
      listPages: listPages
        .map((path) => pages.find((p) => p.path === path))
        .filter((p): p is PageWeight => Boolean(p))
        .map(pageFigures),
      overBudget: overBudget(pages),
      assets: assetTable(pages, ccache),
    });
  } finally {
    corpus.remove();
  }
}

const growth = [
  {
    content: 'this site',
    articles: articles.length,
    pages: sitePages.length,
    buildSeconds: siteBuild.seconds,
    secondsPerArticle: round(siteBuild.seconds / Math.max(1, articles.length), 3),
  },
  ...corpora.map((c) => ({
    content: `corpus of ${c.articles}`,
    articles: c.articles,
    pages: c.pages,
    buildSeconds: c.build.seconds,
    secondsPerArticle: c.secondsPerArticle,
  })),
].map((point, i, all) => ({
  ...point,
  // Between two corpora (same generator, same kind of article), the cost of each added article: flat when growth is linear.
  marginalSecondsPerArticle:
    i < 2 ? null : round((point.buildSeconds - all[i - 1].buildSeconds) / (point.articles - all[i - 1].articles), 3),
}));

for (const c of corpora) {
  const s = (x: { min: number; median: number; max: number }) => `${kb(x.min)} / ${kb(x.median)} / ${kb(x.max)}`;
  console.log(
    `\nCorpus of ${c.articles} articles: ${c.pages} pages built in ${c.build.seconds}s (${JSON.stringify(c.build.phases)}), dist ${kb(c.distBytes)} KB, pagefind ${kb(c.pagefindBytes)} KB`,
  );
  console.log(
    table([
      ['Article pages, KB (min / median / max)', ''],
      ['HTML raw', s(c.articlePages.htmlRaw)],
      ['HTML gzip', s(c.articlePages.htmlGzip)],
      ['First view gzip', s(c.articlePages.firstViewGzip)],
      ['First view gzip, all pages', s(c.allPages.firstViewGzip)],
    ]),
  );
  console.log(`\n${table([header, ...c.listPages.map((p) => pageRow({ ...p, assets: [] }))])}`);
  const names = (paths: string[]) =>
    paths.length ? `: ${paths.slice(0, 8).join(', ')}${paths.length > 8 ? ', …' : ''}` : '';
  console.log(`Over budget on first view: ${c.overBudget.firstView.length} pages${names(c.overBudget.firstView)}.`);
  console.log(`Over budget on JavaScript: ${c.overBudget.js.length} pages${names(c.overBudget.js)}.`);
}
console.log(
  `\nGrowth (between corpora, a marginal cost per article close to the cost per article means build time grows linearly)\n`,
);
console.log(
  table([
    ['Content', 'Articles', 'Pages', 'Build s', 's / article', 'Marginal s / article'],
    ...growth.map((g) => [
      g.content,
      String(g.articles),
      String(g.pages),
      g.buildSeconds.toFixed(2),
      g.secondsPerArticle.toFixed(3),
      g.marginalSecondsPerArticle?.toFixed(3) ?? '—',
    ]),
  ]),
);

const results = {
  date: today(),
  environment: environment(),
  method: {
    firstView:
      'HTML + <link rel=stylesheet> + <script src> and modulepreload, following static imports; not import() chunks or /pagefind/',
    gzip: 'zlib level 6, each file on its own',
    kilobyte: 1000,
    build: 'astro build in a child process from a clean dist/ and an empty cacheDir (cold)',
  },
  budgets: { firstViewGzipBytes: budgets.firstViewGzip, jsBeforeSearchGzipBytes: budgets.jsBeforeSearchGzip },
  site: {
    articles: articles.length,
    pages: sitePages.length,
    build: buildFigures(siteBuild),
    overBudget: siteOver,
    aboveAim: { firstViewGzipBytes: firstViewAimGzip, pages: overAim.map((p) => p.path) },
    assets: assetTable(sitePages, cache),
    measured: sitePages.map(pageFigures),
  },
  corpora,
  growth,
};
// `tests` is written by `npm run bench:tests`; keep it.
const resultsFile = join(projectRoot, 'bench/results.json');
const previous = existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as { tests?: unknown }) : {};
writeJson(resultsFile, { ...results, ...(previous.tests ? { tests: previous.tests } : {}) });
log(`Wrote bench/results.json.`);
