import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../helpers/browser';
import { projectRoot } from '../../scripts/lib/site-copy';

interface Case {
  query: string;
  /** The page that answers the query, or the pages that each answer it in full. */
  expect: string | string[];
}

const { queries } = JSON.parse(readFileSync(join(projectRoot, 'tests/search/queries.json'), 'utf8')) as {
  queries: Case[];
};
const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** The top results for a query, as the search page shows them, without the highlight parameter. */
async function topResults(page: Page, query: string, count = 3): Promise<string[]> {
  await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(query)}`);
  await page
    .getByRole('status')
    .filter({ hasText: /results? for|No results/ })
    .waitFor();
  const hrefs = await page.locator('#search-page [data-search-result]:not([data-search-sub])').evaluateAll((links) =>
    links.map((a) => {
      const url = new URL((a as HTMLAnchorElement).href);
      return url.pathname + url.hash;
    }),
  );
  return hrefs.slice(0, count);
}

describe('search relevance', () => {
  it(`finds the expected page in the top three for all ${queries.length} reader queries`, async () => {
    expect(queries.length).toBeGreaterThanOrEqual(30);
    const misses: string[] = [];
    const page = await browser().context.newPage();
    for (const { query, expect: answers } of queries) {
      const wanted = [answers].flat();
      const top = await topResults(page, query);
      if (!wanted.some((url) => top.includes(url)))
        misses.push(`"${query}": wanted ${wanted.join(' or ')}, got ${top.join(', ') || 'nothing'}`);
    }
    await page.close();
    const hitRate = ((queries.length - misses.length) / queries.length) * 100;
    console.log(
      `search relevance: ${queries.length - misses.length}/${queries.length} (${hitRate.toFixed(1)}%) in the top three`,
    );
    expect(misses).toEqual([]);
  });
});
