import { describe, expect, it } from 'vitest';
import { budgets, measurePage, searchPages } from '../../scripts/lib/page-weight';
import { builtPages, dist } from '../helpers/built-site';

const weights = builtPages().map((page) => measurePage(dist, page.url));

describe('page weight (gzip, first view before any interaction)', () => {
  it(`loads at most ${budgets.jsBeforeSearchGzip} bytes of JavaScript on any page until search is opened`, () => {
    const over = weights.filter((w) => !searchPages.includes(w.path) && w.js.gzip > budgets.jsBeforeSearchGzip);
    expect(over.map((w) => `${w.path}: ${w.js.gzip} B`)).toEqual([]);
  });

  it(`keeps every page's first view within ${budgets.firstViewGzip} bytes`, () => {
    const over = weights.filter((w) => w.firstView.gzip > budgets.firstViewGzip);
    const fix =
      'split a long article in two (CONTRIBUTING.md#shape-and-style); long lists page (docs/decisions/0002-budgets-and-benchmarks.md)';
    expect(
      over.map((w) => `${w.path}: ${w.firstView.gzip} B`),
      fix,
    ).toEqual([]);
  });
});
