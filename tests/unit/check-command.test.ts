import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/site-copy';

const made: string[] = [];
afterEach(() => {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
});

/** Runs `npm run check`'s script in a folder whose content/ is the valid fixture plus the named broken cases. */
function runCheck(cases: string[], env: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'check-command-'));
  made.push(dir);
  cpSync(join(projectRoot, 'tests/fixtures/valid-content'), join(dir, 'content'), { recursive: true });
  for (const name of cases)
    cpSync(join(projectRoot, 'tests/fixtures/broken-content', name, 'files'), join(dir, 'content'), {
      recursive: true,
    });
  return spawnSync(
    process.execPath,
    [join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), join(projectRoot, 'scripts/check-content.ts')],
    {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, GITHUB_ACTIONS: '', ...env },
    },
  );
}

describe('npm run check', () => {
  it('exits 0 and says so when nothing is wrong', () => {
    const result = runCheck([]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Content check passed');
  });

  it('exits 1 and prints every problem, grouped by file, with its fix', () => {
    const result = runCheck(['misspelt-key', 'bad-enum']);
    expect(result.stdout).not.toContain('::error');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^4 problems in 2 files:/);
    expect(result.stderr).toContain('\ncontent/articles/the-proposal/fixture-article.mdx\n  - ');
    expect(result.stderr).toContain(
      '  - content/articles/the-proposal/fixture-article.mdx → `descripton`: is not a known field. Fix: check the spelling',
    );
    expect(result.stderr).toContain(
      'content/sources/fixture-news.yaml → `url`: expected an https:// URL. Found: "http://example.com/news". Fix:',
    );
  });

  it('on GitHub Actions, also annotates each problem on its file and line and writes the job summary', () => {
    const summary = join(mkdtempSync(join(tmpdir(), 'summary-')), 'summary.md');
    made.push(join(summary, '..'));
    writeFileSync(summary, '');
    const result = runCheck(['bad-enum', 'date-february-30-quoted'], {
      GITHUB_ACTIONS: 'true',
      GITHUB_STEP_SUMMARY: summary,
    });
    expect(result.status).toBe(1);
    const annotations = result.stdout.split('\n').filter((line) => line.startsWith('::error '));
    expect(annotations).toHaveLength(3);
    // The line of the field as the fixture file has it, computed from the file rather than typed here.
    const file = 'content/articles/the-proposal/fixture-article.mdx';
    const fixture = readFileSync(
      join(
        projectRoot,
        'tests/fixtures/broken-content/date-february-30-quoted/files/articles/the-proposal/fixture-article.mdx',
      ),
      'utf8',
    );
    const line = fixture.split('\n').findIndex((l) => l.startsWith('published:')) + 1;
    expect(annotations).toContain(
      `::error file=${file},line=${line},title=published::is not a real calendar day written YYYY-MM-DD. Found: "2025-02-30". Fix: write a real calendar day as YYYY-MM-DD%2C e.g. "2025-02-28" (check the month and the day)`.replace(
        '%2C',
        ',',
      ),
    );
    expect(readFileSync(summary, 'utf8')).toMatch(/^## Content check\n\n```text\n3 problems in 2 files:/);
  });
});
