import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { launchBrowser, useBrowser, watchErrors } from '../helpers/browser';
import { builtPages } from '../helpers/built-site';
import { publishedArticles } from '../../scripts/lib/site-pages';

const baseUrl = inject('baseUrl');
const pages = builtPages().map((p) => (p.url === '/404.html' ? '/this-page-does-not-exist/' : p.url));
const browser = useBrowser();

/** Records Content-Security-Policy violations on a page. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const store: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = store;
    document.addEventListener('securitypolicyviolation', (e) => store.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

describe('reading the site', () => {
  it('goes from home to a section to an article', async () => {
    const page = await browser().context.newPage();
    const errors = watchErrors(page);
    const article = publishedArticles()[0];
    await page.goto(`${baseUrl}/`);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link').first().click();
    await page.waitForURL(`${baseUrl}/${article.section}/`);
    await page.getByRole('main').getByRole('link', { name: article.title }).click();
    await page.waitForURL(`${baseUrl}${article.url}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(article.title);
    await expect(page.getByRole('heading', { name: 'Key points' }).count()).resolves.toBe(1);
    await expect(page.getByRole('navigation', { name: 'On this page' }).count()).resolves.toBe(1);
    await expect(page.locator('#sources + ol > li').count()).resolves.toBeGreaterThanOrEqual(3);
    await expect(page.getByText(/Facts as of \d{1,2} \w+ \d{4}/).count()).resolves.toBe(1);
    // Each citation number points at an entry of the article's own source list.
    for (const href of await page
      .locator('sup.cite a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
      await expect(page.locator(`[id="${String(href).slice(1)}"]`).count(), String(href)).resolves.toBe(1);
    }
    await page.getByRole('link', { name: /^Next/ }).click();
    await page.waitForURL(`${baseUrl}${publishedArticles()[1].url}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations (WCAG 2.2 A/AA), console errors or CSP violations on any of the ${pages.length} pages, ${scheme} scheme`, async () => {
      const page = await browser().context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      const errors = watchErrors(page);
      const cspViolations = await watchCsp(page);
      const problems: string[] = [];
      for (const path of pages) {
        const response = await page.goto(`${baseUrl}${path}`);
        if (response?.status() !== (path === '/this-page-does-not-exist/' ? 404 : 200))
          problems.push(`${path}: HTTP ${response?.status()}`);
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        for (const v of results.violations)
          problems.push(`${path}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
        for (const v of await cspViolations()) problems.push(`${path}: CSP ${v}`);
      }
      // A browser logs the 404 response of the not-found page itself; that one is expected.
      expect([...problems, ...errors.filter((e) => !/404/.test(e))]).toEqual([]);
      await page.close();
    }, 300_000);
  }

  it('records no CSP violation while searching and opening a result', async () => {
    const page = await browser().context.newPage();
    const errors = watchErrors(page);
    const cspViolations = await watchCsp(page);
    await page.goto(`${baseUrl}/`);
    await page.keyboard.press('/');
    await page.getByRole('searchbox', { name: 'Search the explainer' }).fill('withdrawal');
    await page.locator('#search-dialog [data-search-result]').first().click();
    await page.locator('main mark').first().waitFor();
    expect(await cspViolations()).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('can be used by keyboard alone: skip link first, header in order, visible focus', async () => {
    const page = await browser().context.newPage();
    const article = publishedArticles()[0];
    await page.goto(`${baseUrl}${article.url}`);
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return {
          text: el.textContent?.trim() ?? '',
          href: el.getAttribute('href'),
          outline: style.outlineStyle,
          width: style.outlineWidth,
        };
      });
    const order: string[] = [];
    for (let i = 0; i < 7; i++) {
      await page.keyboard.press('Tab');
      const f = await focused();
      expect(f.outline, `focus on ${f.text} is visible`).not.toBe('none');
      order.push(f.href ?? f.text);
    }
    expect(order).toEqual([
      '#main',
      '/',
      '/the-proposal/',
      '/the-pushback/',
      '/the-shift/',
      '/whats-next/',
      '/search/',
    ]);
    // The skip link moves focus into the article.
    await page.goto(`${baseUrl}${article.url}`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await page.keyboard.press('Tab');
    const next = await focused();
    expect(next.href).toBe(`/${article.section}/`);
    await page.close();
  });

  it('draws the timeline graphics with labels apart as rendered, and marks reached by Tab with visible focus', async () => {
    const page = await browser().context.newPage();
    for (const path of ['/', '/timeline/']) {
      await page.goto(`${baseUrl}${path}`);
      // Measured in the browser's own font: the layout's width estimate must hold for real text.
      const overlapping = await page.evaluate(() => {
        const boxes = [...document.querySelectorAll('svg.timeline-graphic text')].map((t) => ({
          text: t.textContent ?? '',
          box: (t as SVGGraphicsElement).getBBox(),
        }));
        return boxes.flatMap((a, i) =>
          boxes
            .slice(i + 1)
            .filter(
              ({ box: b }) =>
                a.box.x < b.x + b.width &&
                b.x < a.box.x + a.box.width &&
                a.box.y < b.y + b.height &&
                b.y < a.box.y + a.box.height,
            )
            .map((b) => `${a.text} / ${b.text}`),
        );
      });
      expect(overlapping, path).toEqual([]);
      const mark = page.locator('svg.timeline-graphic a').first();
      await mark.focus();
      await expect(
        mark.evaluate((a) => a === document.activeElement && getComputedStyle(a).outlineStyle),
      ).resolves.not.toBe('none');
      await expect(mark.evaluate((a) => a === document.activeElement)).resolves.toBe(true);
    }
    await page.close();
  });

  it('reads and navigates with JavaScript turned off', async () => {
    const noJs = await launchBrowser({ javaScriptEnabled: false });
    const page = await noJs.context.newPage();
    for (const path of pages.filter((p) => p !== '/this-page-does-not-exist/')) {
      await page.goto(`${baseUrl}${path}`);
      const text = await page.locator('main').innerText();
      expect(text.length, path).toBeGreaterThan(100);
    }
    await page.goto(`${baseUrl}/`);
    await page.getByRole('link', { name: 'Search' }).first().click();
    await page.waitForURL(`${baseUrl}/search/`);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link').nth(1).click();
    await page.waitForURL(`${baseUrl}/the-pushback/`);
    await noJs.close();
  });
});
