import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const projectRoot = join(import.meta.dirname, '..', '..');

const projectFiles = ['src', 'public', 'astro.config.mjs', 'tailwind.config.mjs', 'tsconfig.json', 'package.json'];

/**
 * A throw-away copy of the site whose content/ is `contentDir` (default: the valid fixture), sharing
 * node_modules. Tests build and check it without touching the real content or dist/.
 */
export function makeSiteCopy(contentDir = join(projectRoot, 'tests/fixtures/valid-content')) {
  const dir = mkdtempSync(join(tmpdir(), 'explainer-site-'));
  for (const file of projectFiles) cpSync(join(projectRoot, file), join(dir, file), { recursive: true });
  cpSync(contentDir, join(dir, 'content'), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Runs `astro build` in `dir` as a reader's build: NODE_ENV is set to production because Vitest sets it to
 * "test", which would make the child build think it is a dev build (import.meta.env.DEV, drafts shown).
 */
export function buildSite(dir: string): void {
  const build = spawnSync('npx', ['astro', 'build'], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (build.status !== 0) throw new Error(`astro build failed in ${dir}:\n${build.stdout.slice(-4000)}\n${build.stderr.slice(-4000)}`);
}
