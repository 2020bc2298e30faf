import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, watchErrors, type Browser } from '../helpers/browser';
import { pageTypes, publishedArticles } from '../helpers/site-pages';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('reading the site', () => {
  it('goes from home to a section to an article', async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    const article = publishedArticles()[0];
    await page.goto(`${baseUrl}/`);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link').first().click();
    await page.waitForURL(`${baseUrl}/${article.section}/`);
    await page.getByRole('main').getByRole('link', { name: article.title }).click();
    await page.waitForURL(`${baseUrl}${article.url}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(article.title);
    await expect(page.getByRole('heading', { name: 'Key points' }).count()).resolves.toBe(1);
    await expect(page.locator('#sources + ol > li').count()).resolves.toBeGreaterThanOrEqual(3);
    await expect(page.getByText(/Facts as of \d{1,2} \w+ \d{4}/).count()).resolves.toBe(1);
    // Each citation number points at an entry of the article's own source list.
    for (const href of await page.locator('sup.cite a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
      await expect(page.locator(String(href)).count(), String(href)).resolves.toBe(1);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const [type, path] of Object.entries(pageTypes())) {
    it(`renders the ${type} page with one h1, no console errors and no axe violations`, async () => {
      const page = await browser.context.newPage();
      const errors = watchErrors(page);
      const response = await page.goto(`${baseUrl}${path}`);
      expect(response?.status()).toBe(type === 'notFound' ? 404 : 200);
      await expect(page.locator('h1').count()).resolves.toBe(1);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(violations).toEqual([]);
      // The 404 page itself is the expected "error" a browser logs for a missing URL.
      expect(errors.filter((e) => type !== 'notFound' || !e.includes('404'))).toEqual([]);
      await page.close();
    });
  }
});
