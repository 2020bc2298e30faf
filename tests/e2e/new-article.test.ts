import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'astro';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, watchErrors, type Browser } from '../helpers/browser';
import { buildSite } from '../../scripts/lib/build-site';
import { makeSiteCopy, projectRoot } from '../../scripts/lib/site-copy';
import { freePort } from '../../scripts/lib/free-port';

// A contributor's path end to end, in a throw-away copy of the site with the fixture content:
// `npm run new`, fill in the template, build, then find the article on its section page and in search.
const TITLE = 'How a scaffolded article reaches readers';
const SLUG = 'how-a-scaffolded-article-reaches-readers';
const URL_PATH = `/the-shift/${SLUG}/`;
const UNIQUE_WORD = 'brindlewick';

const BODY = `
A scaffolded article can describe an <Term id="fixture-term">alternative trading system</Term> like any other page.<Cite id="fixture-release" />

## What the ${UNIQUE_WORD} example shows

The ${UNIQUE_WORD} example exists only in this test, so a search for it finds this page alone.<Cite id="fixture-memo" /> A later report said the same.<Cite id="fixture-news" />
`;

/** Replaces one placeholder of the template, failing loudly if the template no longer has it. */
function fill(text: string, placeholder: string | RegExp, value: string): string {
  const found = typeof placeholder === 'string' ? text.includes(placeholder) : placeholder.test(text);
  if (!found)
    throw new Error(
      `The article template no longer contains ${String(placeholder)}; update this test and CONTRIBUTING.md.`,
    );
  return text.replace(placeholder, value);
}

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0)
    throw new Error(
      `${command} ${args.join(' ')} failed:\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`,
    );
  return result.stdout;
}

let copy: ReturnType<typeof makeSiteCopy>;
let server: Awaited<ReturnType<typeof preview>> | undefined;
let browser: Browser | undefined;
let scaffoldOutput = '';
let baseUrl = '';
const dist = (...parts: string[]) => join(copy.dir, 'dist', ...parts);

beforeAll(async () => {
  copy = makeSiteCopy();
  cpSync(join(projectRoot, 'scripts'), join(copy.dir, 'scripts'), { recursive: true });
  cpSync(join(projectRoot, 'content/_templates'), join(copy.dir, 'content/_templates'), { recursive: true });

  scaffoldOutput = run('npm', ['run', 'new', '--', '--section', 'the-shift', '--title', TITLE], copy.dir);

  const file = join(copy.dir, 'content/articles/the-shift', `${SLUG}.mdx`);
  let article = readFileSync(file, 'utf8');
  article = fill(
    article,
    /^description: ".*"$/m,
    'description: "Shows that an article made with npm run new builds, is listed in its section and is found by search."',
  );
  article = fill(
    article,
    /^keyPoints:\n(  - ".*"\n)+/m,
    'keyPoints:\n  - "The scaffolder writes a draft."\n  - "Filled in, it builds like any other article."\n',
  );
  article = fill(article, 'tags: []', 'tags: ["rulemaking"]');
  article = fill(article, /^draft: true$/m, 'draft: false');
  const bodyStart = article.indexOf('\n---\n', 3) + '\n---\n'.length;
  article = article.slice(0, bodyStart) + fill(article.slice(bodyStart), /^[\s\S]*Replace this[\s\S]*$/, BODY);
  writeFileSync(file, article);

  await buildSite(copy.dir);
  const port = await freePort();
  server = await preview({ root: copy.dir, logLevel: 'error', server: { port, host: '127.0.0.1' } });
  baseUrl = `http://127.0.0.1:${port}`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  copy?.remove();
});

describe('a new article from npm run new', () => {
  it('is scaffolded as a draft at the slug made from its title', () => {
    expect(scaffoldOutput).toContain(`Created content/articles/the-shift/${SLUG}.mdx`);
  });

  it('builds into its own page', () => {
    expect(existsSync(dist(URL_PATH, 'index.html'))).toBe(true);
    expect(readFileSync(dist(URL_PATH, 'index.html'), 'utf8')).toMatch(new RegExp(`<h1[^>]*>${TITLE}</h1>`));
  });

  it('is listed on its section page', () => {
    expect(readFileSync(dist('the-shift', 'index.html'), 'utf8')).toContain(`href="${URL_PATH}"`);
  });

  it('is found by search', async () => {
    const page = await browser!.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${baseUrl}/search/?q=${UNIQUE_WORD}`);
    const results = page.locator('#search-page [data-search-result]');
    await results.first().waitFor();
    const paths = await results.evaluateAll((links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(paths).toContain(URL_PATH);
    expect(errors).toEqual([]);
    await page.close();
  });
});
