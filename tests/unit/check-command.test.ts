import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/site-copy';

const made: string[] = [];
afterEach(() => {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
});

/** Runs `npm run check`'s script in a folder whose content/ is the valid fixture plus the named broken cases. */
function runCheck(...cases: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'check-command-'));
  made.push(dir);
  cpSync(join(projectRoot, 'tests/fixtures/valid-content'), join(dir, 'content'), { recursive: true });
  for (const name of cases) cpSync(join(projectRoot, 'tests/fixtures/broken-content', name, 'files'), join(dir, 'content'), { recursive: true });
  return spawnSync(process.execPath, [join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), join(projectRoot, 'scripts/check-content.ts')], {
    cwd: dir,
    encoding: 'utf8',
  });
}

describe('npm run check', () => {
  it('exits 0 and says so when nothing is wrong', () => {
    const result = runCheck();
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Content check passed');
  });

  it('exits 1 and prints every problem, grouped by file, with its fix', () => {
    const result = runCheck('misspelt-key', 'bad-enum');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^4 problems in 2 files:/);
    expect(result.stderr).toContain('\ncontent/articles/the-proposal/fixture-article.mdx\n  - ');
    expect(result.stderr).toContain('  - content/articles/the-proposal/fixture-article.mdx → `descripton`: is not a known field. Fix: check the spelling');
    expect(result.stderr).toContain('content/sources/fixture-news.yaml → `url`: expected an https:// URL. Found: "http://example.com/news". Fix:');
  });
});
