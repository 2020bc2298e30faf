// `npm run check`: reports every problem in content/ at once, grouped by file, and exits 1 if there are any.
// On GitHub Actions it also prints each problem as an annotation on its file and line, and writes the report to
// the job summary.
import { appendFileSync } from 'node:fs';
import { checkContent, formatAnnotation, formatReport } from '../src/lib/content-check/index.ts';

const problems = checkContent(process.cwd());
if (problems.length === 0) {
  console.log('Content check passed: no problems in content/.');
} else {
  const report = formatReport(problems);
  console.error(report);
  if (process.env.GITHUB_ACTIONS === 'true') {
    for (const problem of problems) console.log(formatAnnotation(problem));
    const summary = process.env.GITHUB_STEP_SUMMARY;
    if (summary) appendFileSync(summary, `## Content check\n\n\`\`\`text\n${report}\n\`\`\`\n`);
  }
  process.exitCode = 1;
}
