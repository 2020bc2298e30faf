// `npm run bench:tests`: runs each step of `npm test` on its own, times it, prints the figures and records them
// under `tests` in bench/results.json (the rest of that file is left as `npm run bench` wrote it).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { environment, projectRoot, round, table, today, writeJson } from './lib/report.ts';

const steps: { name: string; command: string[] }[] = [
  { name: 'format check (prettier)', command: ['npm', 'run', '--silent', 'format:check'] },
  { name: 'type check (astro check)', command: ['npx', 'astro', 'check'] },
  { name: 'vitest project "unit"', command: ['npx', 'vitest', 'run', '--project', 'unit'] },
  { name: 'vitest project "site"', command: ['npx', 'vitest', 'run', '--project', 'site'] },
];

const results = steps.map(({ name, command }) => {
  process.stdout.write(`${name} … `);
  const started = performance.now();
  const run = spawnSync(command[0], command.slice(1), {
    cwd: projectRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const seconds = round((performance.now() - started) / 1000, 1);
  console.log(`${seconds}s${run.status === 0 ? '' : ' (FAILED)'}`);
  if (run.status !== 0) console.error(`${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`);
  return { name, seconds, passed: run.status === 0 };
});
const total = round(
  results.reduce((sum, r) => sum + r.seconds, 0),
  1,
);

console.log(
  `\n${table([['Step of npm test', 'Seconds'], ...results.map((r) => [r.name, String(r.seconds)]), ['total', String(total)]])}`,
);

const file = join(projectRoot, 'bench/results.json');
const existing = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
writeJson(file, {
  ...existing,
  tests: { date: today(), environment: environment(['astro', 'vitest']), steps: results, totalSeconds: total },
});
if (results.some((r) => !r.passed)) process.exitCode = 1;
