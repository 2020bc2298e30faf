import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { elementIds } from '../../src/config/routes';
import { bibtexEscape, bluebookDate } from '../../src/lib/cite';
import { formatDate } from '../../src/lib/dates';
import { buildContentGraph } from '../../src/lib/content/graph';
import { projectRoot } from '../../scripts/lib/site-copy';
import { launchBrowser, useBrowser, watchErrors } from '../helpers/browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const graph = buildContentGraph(projectRoot);
const articles = graph.published;
const article = articles.find((a) => a.section === 'the-shift') ?? articles[0]!;

/** What the page itself says: its h1, canonical address and "Facts as of" day. */
async function pageFacts(page: Page) {
  const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
  const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
  const asOf = page.locator('p', { hasText: 'Facts as of' }).locator('time').first();
  const asOfIso = (await asOf.getAttribute('datetime'))!;
  return { title, canonical, asOf: new Date(`${asOfIso}T00:00:00Z`), asOfIso };
}

describe('Cite this page', () => {
  it('gives citations matching the page’s title, canonical address and as-of date, and copies each', async () => {
    await browser().context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    const page = await browser().context.newPage();
    const errors = watchErrors(page);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${baseUrl}${article.url}`);
    const { title, canonical, asOf, asOfIso } = await pageFacts(page);
    expect(title).toBe(article.data.title);

    const block = page.locator('details', { has: page.locator('summary', { hasText: 'Cite this page' }) });
    await expect(block.getAttribute('open')).resolves.toBeNull();
    // Nothing but the small loader runs before the reader opens the block; the copy buttons come with the
    // interactive chunk the loader fetches through /search-entry.js.
    const lazyChunk = (paths: string[]) => paths.some((path) => path.endsWith('/search-entry.js'));
    expect(lazyChunk(requested)).toBe(false);
    await block.locator('summary').click();

    const texts = await block.locator('pre').allTextContents();
    expect(texts).toHaveLength(3);
    const [text, legal, bibtex] = texts as [string, string, string];
    expect(text).toContain(`${title}`);
    expect(text).toContain(`facts as of ${formatDate(asOf)}. ${canonical} (accessed [date]).`);
    expect(legal).toBe(`${title}, The “Exchange” Rule Explained (as of ${bluebookDate(asOf)}), ${canonical}.`);
    expect(bibtex).toMatch(/^@online\{[\w:-]+,\n/);
    expect(bibtex).toContain(`title = {{${bibtexEscape(title)}}}`);
    expect(bibtex).toContain(`url = {${canonical}}`);
    expect(bibtex).toContain(`date = {${asOfIso}}`);

    const copy = block.getByRole('button', { name: /^Copy/ });
    await copy.first().waitFor();
    await expect(copy.count()).resolves.toBe(3);
    expect(lazyChunk(requested)).toBe(true);
    for (const [index, expected] of texts.entries()) {
      await copy.nth(index).click();
      await block
        .getByRole('status')
        .filter({ hasText: /^Copied/ })
        .waitFor();
      await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(expected);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('is selectable text without JavaScript, with no copy buttons', async () => {
    const noJs = await launchBrowser({ javaScriptEnabled: false });
    const page = await noJs.context.newPage();
    await page.goto(`${baseUrl}${article.url}`);
    const block = page.locator('details', { has: page.locator('summary', { hasText: 'Cite this page' }) });
    await block.locator('summary').click();
    await expect(block.locator('pre').first().isVisible()).resolves.toBe(true);
    await expect(block.locator('pre').first().textContent()).resolves.toContain(article.data.title);
    await expect(block.getByRole('button').count()).resolves.toBe(0);
    await noJs.close();
  });
});

describe('printing an article', () => {
  it('prints the title, as-of date, key points, text and sources with their URLs, and nothing else', async () => {
    const page = await browser().context.newPage();
    await page.goto(`${baseUrl}${article.url}`);
    await page.emulateMedia({ media: 'print' });
    const visible = (selector: string) => page.locator(selector).first().isVisible();

    for (const shown of ['h1', `#${elementIds.keyPoints}`, '.prose', `#${elementIds.sources}`])
      await expect(visible(shown), shown).resolves.toBe(true);
    await expect(page.locator('p', { hasText: 'Facts as of' }).isVisible()).resolves.toBe(true);
    for (const hidden of [
      'body > header',
      'nav[aria-label="Sections"]',
      '[data-search-open]',
      'body > footer',
      'nav[aria-label="Previous and next articles"]',
      'details[data-cite]',
    ])
      await expect(visible(hidden), hidden).resolves.toBe(false);
    await expect(page.getByRole('link', { name: 'Edit this page' }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('navigation', { name: 'On this page' }).isVisible()).resolves.toBe(false);

    // Every source link spells out its address; links in the text do not.
    const sourceLinks = await page
      .locator(`#${elementIds.sources} ~ ol a[href^="http"]`)
      .evaluateAll((links) =>
        links.map((a) => ({ href: a.getAttribute('href'), after: getComputedStyle(a, '::after').content })),
      );
    await expect(page.locator(`#${elementIds.sources} ~ ol > li`).count()).resolves.toBe(sourceLinks.length);
    expect(sourceLinks.length).toBeGreaterThanOrEqual(3);
    for (const { href, after } of sourceLinks) expect(after).toBe(`" (${href})"`);
    const textLinks = await page
      .locator('.prose a')
      .evaluateAll((links) => links.map((a) => getComputedStyle(a, '::after').content));
    expect(textLinks.length).toBeGreaterThan(0);
    expect(new Set(textLinks)).toEqual(new Set(['none']));

    const unbroken = await page
      .locator(`#${elementIds.keyPoints}, #${elementIds.sources} ~ ol > li`)
      .evaluateAll((els) => els.map((el) => getComputedStyle(el).breakInside));
    expect(new Set(unbroken)).toEqual(new Set(['avoid']));
    await page.close();
  });
});

describe('search and the key points', () => {
  it('indexes the key points with the page, never as a "Key points" sub-result, and keeps the #key-points anchor', async () => {
    const page = await browser().context.newPage();
    await page.goto(`${baseUrl}${article.url}`);
    await expect(page.locator(`#${elementIds.keyPoints}`).count()).resolves.toBe(1);
    const queries = articles.slice(0, 8).map((a) => ({ url: a.url, query: a.data.keyPoints[0]! }));
    // Pagefind's own API, as the search UI calls it (a string, so that Vitest does not rewrite the import()).
    const found: { url: string; urls: string[]; subs: { title: string; url: string }[] }[] = await page.evaluate(`
      (async (queries) => {
        const pagefind = await import('/pagefind/pagefind.js');
        const out = [];
        for (const { url, query } of queries) {
          const search = await pagefind.search(query);
          const results = await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
          out.push({ url, urls: results.map((r) => r.url), subs: results.flatMap((r) => r.sub_results) });
        }
        return out;
      })(${JSON.stringify(queries)})`);
    for (const { url, urls, subs } of found) {
      expect(urls, url).toContain(url);
      expect(subs.filter((s) => s.title === 'Key points' || s.url.endsWith(`#${elementIds.keyPoints}`))).toEqual([]);
    }
    await page.close();
  });
});
