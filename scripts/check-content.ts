// `npm run check`: reports every problem in content/ at once, grouped by file, and exits 1 if there are any.
import { checkContent, formatReport } from '../src/lib/content-check/index.ts';

const problems = checkContent(process.cwd());
if (problems.length === 0) {
  console.log('Content check passed: no problems in content/.');
} else {
  console.error(formatReport(problems));
  process.exitCode = 1;
}
