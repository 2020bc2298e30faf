import { describe, expect, inject, it } from 'vitest';
import { sections } from '../../src/config/site';
import { launchBrowser, useBrowser, watchErrors } from '../helpers/browser';
import { publishedArticles } from '../../scripts/lib/site-pages';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const dialogResults = '#search-dialog [data-search-result]';
const pageResults = '#search-page [data-search-result]:not([data-search-sub])';
const pathOf = (href: string) => {
  const url = new URL(href, baseUrl);
  return url.pathname + url.hash;
};

async function newPage(width = 1280) {
  const page = await browser().context.newPage();
  await page.setViewportSize({ width, height: 800 });
  return page;
}

describe('the search dialog', () => {
  it('opens with /, lists the article a phrase comes from, and Enter opens the first result', async () => {
    const page = await newPage();
    const errors = watchErrors(page);
    const article = publishedArticles().at(-1)!;
    await page.goto(`${baseUrl}/`);
    await page.keyboard.press('/');
    const input = page.getByRole('searchbox', { name: 'Search the explainer' });
    await expect(input.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await input.fill(article.title);
    await page.locator(dialogResults).first().waitFor();
    const hrefs = (
      await page.locator(dialogResults).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))
    ).map(pathOf);
    expect(hrefs.map((h) => h.split('?')[0])).toContain(article.url);
    await expect(page.locator('#search-dialog [role="status"]').textContent()).resolves.toMatch(/^\d+ results? for “/);
    const first = await page.locator(dialogResults).first().getAttribute('href');
    await input.press('Enter');
    await page.waitForURL(`${baseUrl}${first}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens with Ctrl+K, moves with the arrow keys, and Escape closes it and returns focus', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/`);
    const opener = page.locator('[data-search-open]');
    await opener.focus();
    await page.keyboard.press('Control+k');
    const input = page.getByRole('searchbox', { name: 'Search the explainer' });
    await input.waitFor();
    await input.fill('exchange');
    await page.locator(dialogResults).nth(1).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = await page.locator(dialogResults).nth(1).getAttribute('href');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe(second);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(input.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(page.locator('#search-dialog').evaluate((d) => (d as HTMLDialogElement).open)).resolves.toBe(false);
    await expect(opener.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.close();
  });

  it('does not open on / while the reader is typing in a field', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/search/`);
    await page.getByRole('searchbox').first().press('/');
    await expect(page.locator('#search-dialog').evaluate((d) => (d as HTMLDialogElement).open)).resolves.toBe(false);
    await page.close();
  });

  it('works at 320 px wide: whole rows are links and nothing scrolls sideways', async () => {
    const page = await newPage(320);
    await page.goto(`${baseUrl}/`);
    await page.keyboard.press('/');
    await page.getByRole('searchbox', { name: 'Search the explainer' }).fill('withdrawal');
    const firstRow = page.locator(dialogResults).first();
    await firstRow.waitFor();
    const box = (await firstRow.boundingBox())!;
    expect(box.width).toBeGreaterThan(200);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
    await page.close();
  });

  it('loads no search code until search is first used', async () => {
    const page = await newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${baseUrl}${publishedArticles()[0].url}`);
    await page.waitForLoadState('networkidle');
    // Besides the search loader, an article loads only the loader of its "Cite this page" block (decision 0007).
    const scripts = requested.filter((p) => p.endsWith('.js') && !p.includes('/CiteThisPage.astro_'));
    expect(scripts.some((p) => p.includes('search-ui') || p.startsWith('/pagefind/'))).toBe(false);
    expect(scripts.length).toBeLessThanOrEqual(1);
    await page.keyboard.press('/');
    await page.getByRole('searchbox', { name: 'Search the explainer' }).fill('rule');
    await page.locator(dialogResults).first().waitFor();
    expect(requested.some((p) => p.includes('search-ui'))).toBe(true);
    expect(requested.some((p) => p === '/pagefind/pagefind.js')).toBe(true);
    await page.close();
  });
});

describe('the search page', () => {
  it('filters by section and type before any words are typed, and keeps the URL in step', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/search/?section=the-pushback&type=article`);
    await page.locator(pageResults).first().waitFor();
    const hrefs = (
      await page.locator(pageResults).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))
    ).map(pathOf);
    const expected = publishedArticles()
      .filter((a) => a.section === 'the-pushback')
      .map((a) => a.url);
    expect(hrefs.sort()).toEqual(expected.sort());
    await page.getByLabel('Type', { exact: true }).selectOption('glossary');
    await page.getByLabel('Section', { exact: true }).selectOption('');
    await page.getByRole('searchbox').fill('dealer rule');
    await page.waitForURL(/\?q=dealer\+rule&type=glossary$/);
    await page.getByRole('status').filter({ hasText: 'for “dealer rule”' }).waitFor();
    const kinds = await page.locator(`${pageResults} .eyebrow`).allTextContents();
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['Glossary term']));
    await page.close();
  });

  it('ranks an exact article title or glossary term first, with heading sub-results', async () => {
    const page = await newPage();
    const article = publishedArticles().find((a) => a.section === 'the-shift')!;
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(article.title)}`);
    await page.locator(pageResults).first().waitFor();
    expect(pathOf((await page.locator(pageResults).first().getAttribute('href'))!).split('?')[0]).toBe(article.url);
    const subs = await page
      .locator('#search-page li')
      .first()
      .locator('[data-search-sub]')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(subs.length).toBeGreaterThan(0);
    for (const sub of subs) expect(new URL(sub).hash).toMatch(/^#[a-z0-9-]+$/);

    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent('Regulation ATS')}`);
    await page.locator(pageResults).first().waitFor();
    await expect(page.locator(pageResults).first().getAttribute('href')).resolves.toBe(
      '/glossary/?highlight=regulation%20ats#regulation-ats',
    );
    await page.close();
  });

  it('gives each glossary term and timeline event its own result and anchor', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/search/?type=timeline`);
    await page.locator(pageResults).first().waitFor();
    const status = await page.getByRole('status').textContent();
    const count = Number(/^(\d+)/.exec(status ?? '')?.[1]);
    expect(count).toBeGreaterThanOrEqual(25);
    const href = pathOf((await page.locator(pageResults).first().getAttribute('href'))!);
    expect(href).toMatch(/^\/timeline\/#\d{4}-\d{2}-\d{2}-/);
    await page.close();
  });

  it('highlights the searched words on the page a result opens', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/search/?q=withdrawal`);
    await page.locator(pageResults).first().click();
    await page.waitForURL(/highlight=withdrawal/);
    await page.locator('main mark').first().waitFor();
    const marked = await page.locator('main mark').allTextContents();
    expect(marked.some((text) => /withdraw/i.test(text))).toBe(true);
    await page.close();
  });

  it('says so when nothing matches, and offers the glossary, timeline and the four sections', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/search/?q=qjqjqjqj`);
    await expect(page.getByRole('searchbox').inputValue()).resolves.toBe('qjqjqjqj');
    const status = page.getByRole('status');
    await status.getByText('No results for “qjqjqjqj”').waitFor();
    const offered = await status.getByRole('link').allTextContents();
    expect(offered).toEqual(['the glossary', 'the timeline', ...sections.map((s) => s.title)]);
    await page.close();
  });

  it('says search is unavailable when the index cannot be loaded', async () => {
    // A fresh browser, so no cached copy of the index can stand in for the missing one.
    const fresh = await launchBrowser();
    const page = await fresh.context.newPage();
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto(`${baseUrl}/search/?q=exchange`);
    await page.getByRole('status').filter({ hasText: 'Search is unavailable right now' }).waitFor();
    await fresh.close();
  });

  it('tells readers without JavaScript how to browse instead', async () => {
    const noJs = await launchBrowser({ javaScriptEnabled: false });
    const page = await noJs.context.newPage();
    await page.goto(`${baseUrl}/search/`);
    await expect(page.getByText('Search needs JavaScript').isVisible()).resolves.toBe(true);
    await expect(
      page.getByRole('navigation', { name: 'Browse instead' }).getByRole('link').count(),
    ).resolves.toBeGreaterThanOrEqual(4);
    await noJs.close();
  });
});
