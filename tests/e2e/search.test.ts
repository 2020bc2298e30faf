import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, watchErrors, type Browser } from '../helpers/browser';
import { publishedArticles } from '../helpers/site-pages';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const resultLinks = '#search-dialog [data-search-result]';

describe('search', () => {
  it('opens from the keyboard, lists the article a phrase comes from, and Enter opens the first result', async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    const article = publishedArticles().at(-1)!;
    await page.goto(`${baseUrl}/`);
    await page.keyboard.press('/');
    const input = page.getByRole('searchbox', { name: 'Search the explainer' });
    await expect(input.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await input.fill(article.title);
    await page.locator(resultLinks).first().waitFor();
    const hrefs = await page.locator(resultLinks).evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs).toContain(article.url);
    await expect(page.getByRole('status').textContent()).resolves.toMatch(/\d+ results? for/);
    await input.press('Enter');
    await page.waitForURL(`${baseUrl}${hrefs[0]}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens with Ctrl+K, moves through results with the arrow keys, and Escape returns focus', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/`);
    const opener = page.locator('[data-search-open]');
    await opener.focus();
    await page.keyboard.press('Control+k');
    const input = page.getByRole('searchbox', { name: 'Search the explainer' });
    await input.waitFor();
    await input.fill('exchange');
    await page.locator(resultLinks).nth(1).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = await page.locator(resultLinks).nth(1).getAttribute('href');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe(second);
    await page.keyboard.press('Escape');
    await expect(page.locator('#search-dialog').evaluate((d) => (d as HTMLDialogElement).open)).resolves.toBe(false);
    await expect(opener.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.close();
  });

  it('runs the query in ?q= on the search page and says so when nothing matches', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent('qjqjqjqj')}`);
    await expect(page.getByRole('searchbox').inputValue()).resolves.toBe('qjqjqjqj');
    await page.getByText('No results for').waitFor();
    await expect(page.getByRole('status').getByRole('link', { name: 'the glossary' }).count()).resolves.toBe(1);
    await page.close();
  });

  it('tells readers without JavaScript how to browse instead', async () => {
    const noJs = await launchBrowser({ javaScriptEnabled: false });
    const page = await noJs.context.newPage();
    await page.goto(`${baseUrl}/search/`);
    await expect(page.getByText('Search needs JavaScript').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('navigation', { name: 'Browse instead' }).getByRole('link').count()).resolves.toBeGreaterThanOrEqual(4);
    await noJs.close();
  });
});
