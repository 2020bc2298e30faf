// The site published under a base path, as GitHub Pages serves a project or a fork
// (https://<owner>.github.io/<repo>/): a copy of the site with the real content is built with SITE_URL set to such
// an address, then every address on every page is checked and a search is run in the browser under the base path.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'astro';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/lib/build-site';
import { makeSiteCopy, projectRoot } from '../../scripts/lib/site-copy';
import { publishedArticles } from '../../scripts/lib/site-pages';
import { buildContentGraph } from '../../src/lib/content/graph';
import { glossaryEntryUrl } from '../../src/config/routes';
import { attr, builtPages, checkAddresses, elements, type BuiltPage } from '../helpers/built-site';
import { useBrowser, watchErrors } from '../helpers/browser';
import { freePort } from '../../scripts/lib/free-port';

const siteUrl = 'https://example.github.io/exchange-rule/';
const base = new URL(siteUrl).pathname;
const copy = makeSiteCopy(join(projectRoot, 'content'));
const dist = join(copy.dir, 'dist');
const browser = useBrowser();
let pages: BuiltPage[] = [];
let origin = '';
let server: Awaited<ReturnType<typeof preview>> | undefined;

beforeAll(async () => {
  await buildSite(copy.dir, undefined, { SITE_URL: siteUrl });
  pages = builtPages(dist);
  const port = await freePort();
  server = await preview({ root: copy.dir, base, logLevel: 'error', server: { port, host: '127.0.0.1' } });
  origin = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await server?.stop();
  copy.remove();
});

describe('a build published under a base path', () => {
  it('has every link, stylesheet, script, image and #anchor under the base path, pointing at something that exists', () => {
    expect(pages.length).toBeGreaterThan(40);
    const { broken } = checkAddresses(pages, { dist, base });
    expect(broken).toEqual([]);
  });

  it('gives canonical URLs, the feed and the sitemap the full published address', () => {
    const article = publishedArticles()[0];
    const page = pages.find((p) => p.url === article.url)!;
    const canonical = elements(page.tree, (el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical')[0];
    expect(attr(canonical, 'href')).toBe(new URL(article.url.slice(1), siteUrl).href);
    const rss = readFileSync(join(dist, 'rss.xml'), 'utf8');
    const links = [...rss.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]);
    expect(links).toContain(new URL(article.url.slice(1), siteUrl).href);
    expect(links.every((link) => link.startsWith(siteUrl))).toBe(true);
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toContain(new URL(article.url.slice(1), siteUrl).href);
    expect(locs.every((loc) => loc.startsWith(siteUrl))).toBe(true);
  });

  it('finds an article and a glossary term from the search dialog, and their results open under the base path', async () => {
    const page = await browser().context.newPage();
    const errors = watchErrors(page);
    const article = publishedArticles().at(-1)!;
    const term = [...buildContentGraph(projectRoot).glossary.values()][0];
    await page.goto(`${origin}${base}`);
    await page.keyboard.press('/');
    const input = page.getByRole('searchbox', { name: 'Search the explainer' });
    const results = '#search-dialog [data-search-result]';
    const pathsOf = async () =>
      (await page.locator(results).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))).map(
        (href) => new URL(href).pathname + new URL(href).hash,
      );

    await input.fill(article.title);
    await page.locator(results).first().waitFor();
    expect(await pathsOf()).toContain(`${base}${article.url.slice(1)}`);

    await input.fill(term.valid.term);
    await page.locator(`${results}[href*="#${term.id}"]`).first().waitFor();
    expect(await pathsOf()).toContain(`${base}${glossaryEntryUrl(term.id).slice(1)}`);

    const first = (await page.locator(results).first().getAttribute('href'))!;
    await input.press('Enter');
    await page.waitForURL(`${origin}${first}`);
    expect(new URL(page.url()).pathname.startsWith(base)).toBe(true);
    expect(await page.title()).not.toMatch(/not found/i);
    expect(errors).toEqual([]);
    await page.close();
  });
});
