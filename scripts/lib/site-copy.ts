import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const projectRoot = join(import.meta.dirname, '..', '..');

const projectFiles = ['src', 'public', 'astro.config.mjs', 'tailwind.config.mjs', 'tsconfig.json', 'package.json'];

/**
 * A throw-away copy of the site whose content/ is `contentDir` (default: the valid fixture), sharing
 * node_modules. Tests and benchmarks build it without touching the real content or dist/.
 */
export function makeSiteCopy(contentDir = join(projectRoot, 'tests/fixtures/valid-content')) {
  const dir = mkdtempSync(join(tmpdir(), 'explainer-site-'));
  for (const file of projectFiles) cpSync(join(projectRoot, file), join(dir, file), { recursive: true });
  cpSync(contentDir, join(dir, 'content'), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
