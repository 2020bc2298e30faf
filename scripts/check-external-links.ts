// `npm run check:links`: checks every external address that content/ cites, with linkinator, and writes a Markdown
// report naming the content file that cites each dead link (and the job summary, on GitHub Actions). It needs the
// network, so `npm test` never runs it; the weekly workflow .github/workflows/links.yml does, and so can anyone.
//
// Usage:
//   npm run check:links -- [--list links.json] [--report link-check/report.md]
//                          [--concurrency 8] [--retries 2] [--timeout 30000]
//
// --list reads the links from a JSON file, [{ "file": "content/…", "urls": ["https://…"] }, …], instead of content/.
// Exits 1 when a link is dead, 2 when the check itself fails (so the workflow can tell the two apart).
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { site } from '../src/config/site.ts';
import { buildContentGraph } from '../src/lib/content/graph.ts';
import { checkExternalLinks, formatLinkReport, listExternalLinks, type LinkList } from './lib/external-links.ts';
import { projectRoot } from './lib/report.ts';

const { values } = parseArgs({
  options: {
    list: { type: 'string' },
    report: { type: 'string', default: 'link-check/report.md' },
    concurrency: { type: 'string', default: '8' },
    retries: { type: 'string', default: '2' },
    timeout: { type: 'string', default: '30000' },
  },
});

try {
  const lists: LinkList[] = values.list
    ? JSON.parse(readFileSync(values.list, 'utf8'))
    : listExternalLinks(buildContentGraph(projectRoot));
  const repository = process.env.GITHUB_REPOSITORY
    ? `https://github.com/${process.env.GITHUB_REPOSITORY}`
    : site.repoUrl;
  const checked = await checkExternalLinks(lists, {
    concurrency: Number(values.concurrency),
    retries: Number(values.retries),
    timeout: Number(values.timeout),
    userAgent: `Mozilla/5.0 (compatible; link check of ${repository})`,
  });
  const report = formatLinkReport(checked, lists);

  mkdirSync(dirname(values.report), { recursive: true });
  writeFileSync(values.report, report);
  if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, report);
  const dead = checked.filter((link) => link.verdict === 'dead').length;
  const unknown = checked.filter((link) => link.verdict === 'unknown').length;
  console.log(
    `${checked.length} external links checked: ${dead} dead, ${unknown} to check by hand (${values.report}).`,
  );
  process.exitCode = dead > 0 ? 1 : 0;
} catch (error) {
  console.error(error);
  process.exitCode = 2;
}
