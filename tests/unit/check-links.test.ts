import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContentGraph } from '../../src/lib/content/graph';
import {
  checkExternalLinks,
  formatLinkReport,
  listExternalLinks,
  type LinkList,
} from '../../scripts/lib/external-links';
import { projectRoot } from '../../scripts/lib/site-copy';

// The link checker against a server on 127.0.0.1 that answers 200, 404, 403, 429, or never. Nothing here reaches
// beyond this machine: every address listed is the local server's, and the one page it serves links only to it.

const answers: Record<string, number> = { '/live': 200, '/gone': 404, '/forbidden': 403, '/busy': 429 };
const requested: string[] = [];
let server: Server;
let origin: string;
let lists: LinkList[];
const proxyVariables = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];
const saved: Record<string, string | undefined> = {};

beforeAll(async () => {
  server = createServer((request, response) => {
    requested.push(request.url ?? '');
    const status = answers[request.url ?? ''];
    if (request.url === '/slow') return; // never answers; the checker's timeout must end it
    response.writeHead(status ?? 404, { 'content-type': 'text/html' });
    // The live page links to another page of this server, which is on no list and so must not be requested.
    response.end(`<a href="${origin}/only-linked-from-a-page">x</a>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const fixture = readFileSync(join(projectRoot, 'tests/fixtures/links/list.json'), 'utf8');
  lists = JSON.parse(fixture.replaceAll('{origin}', origin));
  // linkinator sends every request through a proxy named in these; the local server must be reached directly.
  for (const name of proxyVariables) {
    saved[name] = process.env[name];
    delete process.env[name];
  }
});

afterAll(() => {
  for (const name of proxyVariables) if (saved[name] !== undefined) process.env[name] = saved[name];
  server.closeAllConnections();
  server.close();
});

const options = { concurrency: 4, retries: 0, timeout: 3000, userAgent: 'link check test' };
const filesCiting = (path: string) => lists.filter((l) => l.urls.includes(`${origin}${path}`)).map((l) => l.file);

describe('checkExternalLinks', () => {
  it('finds the dead links, names the files that cite them, and counts 403 and 429 as unknown', async () => {
    const checked = await checkExternalLinks(lists, options);
    const verdicts = Object.fromEntries(checked.map((l) => [l.url.slice(origin.length), [l.verdict, l.detail]]));
    expect(verdicts).toEqual({
      '/live': ['live', 'HTTP 200'],
      '/gone': ['dead', 'HTTP 404'],
      '/forbidden': ['unknown', 'HTTP 403'],
      '/busy': ['unknown', 'HTTP 429'],
      '/slow': ['dead', 'no answer before the timeout'],
    });
    expect(checked.find((l) => l.url.endsWith('/gone'))?.files).toEqual(filesCiting('/gone'));
    expect(requested).not.toContain('/only-linked-from-a-page');

    const report = formatLinkReport(checked, lists);
    const dead = report.slice(report.indexOf('### Dead'), report.indexOf('### Unknown'));
    for (const file of filesCiting('/gone')) expect(dead).toContain(`- \`${file}\`\n  - <${origin}/gone>: HTTP 404`);
    expect(dead).toContain(`- \`${filesCiting('/slow')[0]}\`\n  - <${origin}/slow>: no answer before the timeout`);
    expect(dead).not.toContain(`<${origin}/live>`);
    expect(dead).not.toContain(`<${origin}/forbidden>`);
    expect(report.slice(report.indexOf('### Unknown'))).toContain(`<${origin}/forbidden>: HTTP 403`);
    expect(report).not.toContain('/live>');
  }, 60_000);

  it('as `npm run check:links -- --list`, writes the report and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-links-'));
    try {
      const list = join(dir, 'list.json');
      const report = join(dir, 'report.md');
      writeFileSync(list, JSON.stringify(lists.filter((l) => l.urls.some((u) => u.endsWith('/gone')))));
      const { GITHUB_STEP_SUMMARY: _, ...env } = process.env; // proxies already removed above
      // Run asynchronously: this process serves the links the script checks.
      const run = await promisify(execFile)(
        join(projectRoot, 'node_modules/.bin/tsx'),
        ['scripts/check-external-links.ts', '--list', list, '--report', report, '--retries', '0', '--timeout', '3000'],
        { cwd: projectRoot, env, encoding: 'utf8', timeout: 100_000 },
      ).then(
        () => ({ code: 0 }),
        (error: { code: number; stderr: string }) => error,
      );
      expect(run.code).toBe(1);
      expect(readFileSync(report, 'utf8')).toContain(
        `- \`${filesCiting('/gone')[0]}\`\n  - <${origin}/gone>: HTTP 404`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('listExternalLinks', () => {
  it("lists each source's url and archiveUrl and each article's external links, under its file", () => {
    const graph = buildContentGraph(projectRoot);
    const listed = new Map(listExternalLinks(graph).map((l) => [l.file, l.urls]));
    for (const source of graph.sources.values()) {
      expect(listed.get(source.file)).toEqual(
        expect.arrayContaining([source.valid.url, ...(source.valid.archiveUrl ? [source.valid.archiveUrl] : [])]),
      );
    }
    const article = graph.readable.find((a) => a.mdx.links.some((l) => l.url.startsWith('https://')));
    if (article) {
      const urls = article.mdx.links.map((l) => l.url).filter((u) => u.startsWith('https://'));
      expect(listed.get(article.file)).toEqual([...new Set(urls)]);
    }
    for (const urls of listed.values()) for (const url of urls) expect(url).toMatch(/^https?:\/\//);
  });
});
