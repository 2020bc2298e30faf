// `npx tsx scripts/weight-summary.ts --base origin/main`: the first-view weight of the built pages that the
// changes since `base` touch, as a Markdown table against the budget; appended to the GitHub job summary when run
// there. Needs a built dist/ (npm test leaves one).
import { execFileSync } from 'node:child_process';
import { appendFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildContentGraph } from '../src/lib/content/graph.ts';
import { pagesForChangedFiles } from './lib/changed-pages.ts';
import { budgets, measurePage } from './lib/page-weight.ts';
import { kb, projectRoot } from './lib/report.ts';

const { values } = parseArgs({ options: { base: { type: 'string', default: 'origin/main' } } });
const changed = execFileSync('git', ['diff', '--name-only', `${values.base}...HEAD`], {
  cwd: projectRoot,
  encoding: 'utf8',
})
  .split('\n')
  .filter(Boolean);
const dist = join(projectRoot, 'dist');
const touched = pagesForChangedFiles(changed, buildContentGraph(projectRoot));

/** Every page of the build, as site paths. */
const allPages = () =>
  readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name === 'index.html')
    .map(
      (d) =>
        `/${join(d.parentPath, d.name)
          .slice(dist.length + 1)
          .replace(/index\.html$/, '')}`,
    )
    .filter((url) => !url.startsWith('/_astro/') && !url.startsWith('/pagefind/'));

const cache = new Map();
const measured = (touched.all ? allPages() : touched.pages).map((url) => measurePage(dist, url, cache));
// When the site's code changed, every page may have; the heaviest ten are the ones to look at.
const rows = touched.all ? measured.sort((a, b) => b.firstView.gzip - a.firstView.gzip).slice(0, 10) : measured;
const table = [
  `### Page weight: ${touched.all ? 'the ten heaviest pages (the site’s code changed)' : `${rows.length} page(s) this change touches`}`,
  '',
  `| Page | First view (gzip) | Budget ${kb(budgets.firstViewGzip)} KB | JavaScript before search |`,
  '| --- | ---: | --- | ---: |',
  ...rows.map((p) => `| \`${p.path}\` | ${kb(p.firstView.gzip)} KB | ${p.status.firstView} | ${kb(p.js.gzip)} KB |`),
  '',
].join('\n');
console.log(rows.length ? table : 'No built page is touched by these changes.');
if (process.env.GITHUB_STEP_SUMMARY && rows.length) appendFileSync(process.env.GITHUB_STEP_SUMMARY, `${table}\n`);
