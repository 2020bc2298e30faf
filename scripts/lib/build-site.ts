/**
 * Cold, timed builds for the benchmarks, plus the synthetic-corpus site copies they measure.
 *
 * Each build gets its own Astro cacheDir: a site copy shares node_modules/ with the project through a
 * symlink, and Astro keeps its content data store in node_modules/.astro by default, so two copies building
 * at once would otherwise read each other's entries.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeSiteCopy } from './site-copy.ts';
import { generateCorpus, writeCorpus } from './corpus.ts';

export interface BuildResult {
  seconds: number;
  /** Phases as Astro reports them, in seconds, when its log shows them. */
  phases: Record<string, number>;
  log: string;
}

const seconds = (value: string, unit: string) => Number(value) / (unit === 'ms' ? 1000 : 1);

/** Pulls the phase timings out of Astro's build log. */
export function buildPhases(log: string): Record<string, number> {
  const phases: Record<string, number> = {};
  const grab = (name: string, pattern: RegExp) => {
    const match = pattern.exec(log);
    if (match) phases[name] = Math.round(seconds(match[1], match[2]) * 100) / 100;
  };
  grab('syncAndTypes', /\[types\] Generated ([\d.]+)(m?s)/);
  grab('compilePages', /Building static entrypoints\.\.\.[\s\S]*?\[build\] ✓ Completed in ([\d.]+)(m?s)/);
  grab('renderPages', /generating static routes[\s\S]*?✓ Completed in ([\d.]+)(m?s)/);
  grab('astroTotal', /page\(s\) built in ([\d.]+)(m?s)/);
  return phases;
}

/**
 * Builds the site at `root` as a reader's build, from a clean dist/ and a fresh cache, in a child process, and
 * times it: the one way tests and benchmarks build. NODE_ENV is production because Vitest sets it to "test",
 * which would make the build think it is a dev build (import.meta.env.DEV, drafts shown). `env` adds variables,
 * e.g. SITE_URL for a build published under a base path.
 */
export function buildSite(
  root: string,
  cacheDir = join(root, '.cache/astro'),
  env: Record<string, string> = {},
): Promise<BuildResult> {
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  const script = `import { build } from 'astro'; await build({ root: process.cwd(), cacheDir: ${JSON.stringify(cacheDir)} });`;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      cwd: root,
      env: { ...process.env, ...env, NODE_ENV: 'production', NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (chunk) => (log += chunk));
    child.stderr.on('data', (chunk) => (log += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const elapsed = (performance.now() - started) / 1000;
      if (code === 0) resolve({ seconds: Math.round(elapsed * 100) / 100, phases: buildPhases(log), log });
      else reject(new Error(`astro build in ${root} failed (exit ${code}):\n${log.slice(-3000)}`));
    });
  });
}

/** Runs `attempt` up to `tries` times, waiting between tries: others edit content/ and src/ while we measure. */
export async function withRetries<T>(
  label: string,
  attempt: () => Promise<T>,
  tries = 5,
  waitSeconds = 60,
): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (i >= tries) throw error;
      const message = String((error as Error).message ?? error);
      const reason = /Content check failed/.test(message) ? 'the content check failed' : 'it failed';
      const lines = message
        .split('\n')
        .filter((line) => line.trim() && !/^\s+at /.test(line) && !/^Node\.js v/.test(line));
      const cause = lines.filter((line) => /error|failed|problem/i.test(line)).slice(0, 4);
      console.warn(
        `  ${label}: ${reason} (try ${i} of ${tries}); retrying in ${waitSeconds}s.\n    ${(cause.length ? cause : lines.slice(-4)).join('\n    ')}`,
      );
      await new Promise((r) => setTimeout(r, waitSeconds * 1000));
    }
  }
}

/**
 * Builds this site from a clean dist/ (timed, retried while content is mid-edit), unless `reuse` is set and
 * `marker` (a path inside the project, e.g. "dist/pagefind") shows a build is already there.
 */
export async function ensureSiteBuilt(
  root: string,
  reuse: boolean,
  marker: string,
  log: (message: string) => void,
): Promise<void> {
  if (reuse && existsSync(join(root, marker))) {
    log('Using the existing dist/.');
    return;
  }
  log('Building this site from a clean dist/ …');
  const build = await withRetries('site build', () => buildSite(root, join(root, 'bench/tmp/astro-cache')));
  log(`Built in ${build.seconds}s.`);
}

export interface CorpusSite {
  dir: string;
  articles: number;
  files: number;
  build: BuildResult;
  remove(): void;
}

/** Generates an N-article corpus into a throw-away site copy and builds it. */
export async function buildCorpusSite(articles: number, seed = 1, log = console.log): Promise<CorpusSite> {
  const contentParent = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
  const files = generateCorpus({ articles, seed });
  writeCorpus(join(contentParent, 'content'), files);
  log(`  generated ${articles} articles (${files.length} files)`);
  const attempt = async () => {
    const copy = makeSiteCopy(join(contentParent, 'content'));
    try {
      log(`  building the ${articles}-article copy in ${copy.dir} …`);
      const build = await buildSite(copy.dir, join(copy.dir, '.bench-cache'));
      return { dir: copy.dir, build, remove: copy.remove };
    } catch (error) {
      copy.remove();
      throw error;
    }
  };
  try {
    const built = await withRetries(`${articles}-article build`, attempt, 3);
    return {
      dir: built.dir,
      articles,
      files: files.length,
      build: built.build,
      remove: () => {
        built.remove();
        rmSync(contentParent, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(contentParent, { recursive: true, force: true });
    throw error;
  }
}
