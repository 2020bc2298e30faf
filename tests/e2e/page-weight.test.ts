import { describe, expect, it } from 'vitest';
import { budgets, measurePage, searchPages } from '../../scripts/lib/page-weight';
import { builtPages, dist } from '../helpers/built-site';

/**
 * Long reference pages that list every entry on one page and are, as of November 2026, over the first-view
 * budget (see bench/results.json and issue 6). Every other page is held to it.
 */
const overBudgetReferencePages = new Set(['/sources/', '/claims/']);

const weights = builtPages().map((page) => measurePage(dist, page.url));

describe('page weight (gzip, first view before any interaction)', () => {
  it(`loads at most ${budgets.jsBeforeSearchGzip} bytes of JavaScript on any page until search is opened`, () => {
    const over = weights.filter((w) => !searchPages.includes(w.path) && w.js.gzip > budgets.jsBeforeSearchGzip);
    expect(over.map((w) => `${w.path}: ${w.js.gzip} B`)).toEqual([]);
  });

  it(`keeps home, section, article and other pages within ${budgets.firstViewGzip} bytes`, () => {
    const over = weights.filter((w) => !overBudgetReferencePages.has(w.path) && w.firstView.gzip > budgets.firstViewGzip);
    expect(over.map((w) => `${w.path}: ${w.firstView.gzip} B`)).toEqual([]);
  });

  it('lists as exceptions only pages that really are over budget', () => {
    for (const path of overBudgetReferencePages) {
      const weight = weights.find((w) => w.path === path);
      expect(weight?.firstView.gzip, `${path} is within budget now: remove it from the exceptions`).toBeGreaterThan(budgets.firstViewGzip);
    }
  });
});
