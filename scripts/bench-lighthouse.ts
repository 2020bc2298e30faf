// `npm run bench:lighthouse [-- --runs 3 --reuse-dist]`: serves the built dist/ with astro preview and runs
// Lighthouse (mobile preset, the system Chromium, nothing fetched from the internet) on home, a section page
// and an article. Prints the four category scores per page and writes bench/lighthouse.json.
// Lighthouse is not a project dependency (with chrome-launcher it was 128 of 845 locked packages): a pinned
// version runs through npx, fetched from the npm registry on first use and cached by npm after that.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { preview } from 'astro';
import { chromiumFlags, findChromium } from './lib/browser.ts';
import { pageTypes } from './lib/site-pages.ts';
import { ensureSiteBuilt } from './lib/build-site.ts';
import { freePort } from './lib/free-port.ts';
import { environment, median, projectRoot, round, table, today, writeJson } from './lib/report.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'reuse-dist': { type: 'boolean', default: false },
    // Kinds of page from pageTypes() (scripts/lib/site-pages.ts), e.g. --pages home,ledger,redline.
    pages: { type: 'string', default: 'home,section,article' },
  },
});
const runs = Math.max(1, Number(values.runs));
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const metrics = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
] as const;
const LIGHTHOUSE = 'lighthouse@12.2.3';
const runLighthouse = (args: string[]) =>
  promisify(execFile)('npx', args, { encoding: 'utf8', env: { ...process.env, CHROME_PATH: findChromium() } });
const chromeFlags = ['--headless=new', ...chromiumFlags];

const started = performance.now();
const log = (message: string) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)}s] ${message}`);

await ensureSiteBuilt(projectRoot, values['reuse-dist'], 'dist/index.html', log);

const types = pageTypes();
const pages = Object.fromEntries(
  values.pages.split(',').map((kind) => {
    if (!types[kind]) throw new Error(`--pages: no page kind "${kind}"; choose from ${Object.keys(types).join(', ')}`);
    return [kind, types[kind]];
  }),
);
const PORT = await freePort();
const server = await preview({ root: projectRoot, logLevel: 'error', server: { port: PORT, host: '127.0.0.1' } });
const results: Record<string, unknown>[] = [];
try {
  for (const [kind, path] of Object.entries(pages)) {
    const url = `http://127.0.0.1:${PORT}${path}`;
    const perRun: {
      scores: Record<string, number>;
      metrics: Record<string, number>;
      failing: Record<string, Record<string, number>>;
      warnings: string[];
      benchmarkIndex: number;
    }[] = [];
    for (let run = 1; run <= runs; run++) {
      // The CLI starts a fresh browser (and profile) for every run, so no run inherits another's cache.
      const out = mkdtempSync(join(tmpdir(), 'lighthouse-'));
      try {
        const report = join(out, 'report.json');
        const args = [
          '--yes',
          LIGHTHOUSE,
          url,
          '--output=json',
          `--output-path=${report}`,
          '--quiet',
          `--only-categories=${categories.join(',')}`,
          `--chrome-flags=${chromeFlags.join(' ')}`,
        ];
        // Asynchronously: the preview server answering Lighthouse runs in this process, and a synchronous spawn
        // would block it, so Lighthouse waited for a page that never came.
        await runLighthouse(args).catch((error: { stderr?: string }) => {
          throw new Error(`npx ${LIGHTHOUSE} failed for ${url}:\n${String(error.stderr ?? error).slice(-2000)}`);
        });
        const lhr = JSON.parse(readFileSync(report, 'utf8')) as LighthouseResult;
        if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`);
        const failing = Object.fromEntries(
          categories.map((c) => [
            c,
            Object.fromEntries(
              lhr.categories[c].auditRefs
                .filter((ref) => ref.weight > 0)
                .map((ref) => lhr.audits[ref.id])
                .filter((a) => a.score !== null && a.score < 1)
                .map((a) => [a.id, a.score as number]),
            ),
          ]),
        );
        perRun.push({
          scores: Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c].score ?? 0) * 100)])),
          metrics: Object.fromEntries(
            metrics.map((m) => [m, round(lhr.audits[m].numericValue ?? 0, m === 'cumulative-layout-shift' ? 3 : 0)]),
          ),
          failing,
          warnings: lhr.runWarnings,
          benchmarkIndex: lhr.environment.benchmarkIndex,
        });
        log(`${kind} ${path} run ${run}: ${categories.map((c) => `${c} ${perRun.at(-1)!.scores[c]}`).join(', ')}`);
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    }
    results.push({
      page: kind,
      path,
      scores: Object.fromEntries(categories.map((c) => [c, median(perRun.map((r) => r.scores[c]))])),
      metrics: Object.fromEntries(metrics.map((m) => [m, median(perRun.map((r) => r.metrics[m]))])),
      // Scored audits that cost points in any run, with their worst score, so a score under 100 can be traced.
      failingAudits: Object.fromEntries(
        categories.map((c) => {
          const worst: Record<string, number> = {};
          for (const [id, score] of perRun.flatMap((r) => Object.entries(r.failing[c])))
            worst[id] = Math.min(worst[id] ?? 1, score);
          return [c, Object.fromEntries(Object.entries(worst).sort(([a], [b]) => a.localeCompare(b)))];
        }),
      ),
      runWarnings: [...new Set(perRun.flatMap((r) => r.warnings))],
      benchmarkIndex: median(perRun.map((r) => r.benchmarkIndex)),
      runs: perRun.map((r) => r.scores),
    });
  }
} finally {
  await server.stop();
}

/** The parts of Lighthouse's JSON report read here. */
interface LighthouseResult {
  runtimeError?: { message: string };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { id: string; score: number | null; numericValue?: number }>;
  runWarnings: string[];
  environment: { benchmarkIndex: number };
}

type PageResult = {
  page: string;
  path: string;
  scores: Record<string, number>;
  metrics: Record<string, number>;
  failingAudits: Record<string, Record<string, number>>;
  runWarnings: string[];
  runs: Record<string, number>[];
};
const rows = results as PageResult[];
console.log(`\n${LIGHTHOUSE}, mobile preset (simulated throttling), median of ${runs} run${runs === 1 ? '' : 's'}\n`);
console.log(
  table([
    ['Page', 'Performance', 'Accessibility', 'Best practices', 'SEO'],
    ...rows.map((r) => [`${r.page} ${r.path}`, ...categories.map((c) => String(r.scores[c]))]),
  ]),
);
console.log(
  `\n${table([['Page', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'Speed index ms'], ...rows.map((r) => [r.page, ...metrics.map((m) => String(r.metrics[m]))])])}`,
);
for (const r of rows) {
  const lost = categories
    .filter((c) => Object.keys(r.failingAudits[c]).length)
    .map(
      (c) =>
        `${c}: ${Object.entries(r.failingAudits[c])
          .map(([id, score]) => `${id} (worst ${score})`)
          .join(', ')}`,
    );
  if (lost.length)
    console.log(
      `\n${r.page} (runs: ${r.runs.map((run) => run.performance).join(', ')} performance): points lost in ${lost.join('; ')}`,
    );
  if (r.runWarnings.length) console.log(`${r.page}: Lighthouse warned: ${r.runWarnings.join(' | ')}`);
}

writeJson(join(projectRoot, 'bench/lighthouse.json'), {
  date: today(),
  environment: { ...environment(['astro']), lighthouse: LIGHTHOUSE },
  method: {
    preset: 'mobile (Lighthouse default config)',
    runs,
    chromeFlags,
    server: `astro preview on 127.0.0.1:${PORT}`,
  },
  pages: results,
});
log('Wrote bench/lighthouse.json.');
