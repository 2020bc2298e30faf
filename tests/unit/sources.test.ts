import { describe, expect, it } from 'vitest';
import {
  indexCitations,
  isPrimaryKind,
  kindLabel,
  paginateSources,
  shortReference,
  sourceEntryUrls,
} from '../../src/lib/sources';

describe('sources', () => {
  it('tells primary from secondary kinds', () => {
    expect(isPrimaryKind('federal-register')).toBe(true);
    expect(isPrimaryKind('court-opinion')).toBe(true);
    expect(isPrimaryKind('law-firm-memo')).toBe(false);
    expect(kindLabel('news')).toBe('News report');
  });

  it('indexes which items cite each source, once per item', () => {
    const index = indexCitations([
      { id: 'a', sources: ['x', 'y', 'x'] },
      { id: 'b', sources: ['x'] },
    ]);
    expect(index.get('x')).toEqual(['a', 'b']);
    expect(index.get('y')).toEqual(['a']);
  });

  it('lists primary and secondary sources apart, by date, in pages of at most so many sources', () => {
    const source = (id: string, kind: string, date: string) => ({ id, kind, date, title: id, citedBy: ['an-article'] });
    const pages = paginateSources(
      [
        source('memo', 'law-firm-memo', '2023-05'),
        source('release-b', 'rule-release', '2022-03-18'),
        source('release-a', 'rule-release', '1998-12'),
        source('opinion', 'court-opinion', '2024-06-28'),
        source('news', 'news', '2025'),
      ],
      { sources: 2, citingLinks: 100 },
    );
    expect(pages.map((p) => [p.url, p.number, p.of, p.sources.map((s) => s.id)])).toEqual([
      ['/sources/primary/', 1, 2, ['release-a', 'release-b']],
      ['/sources/primary/2/', 2, 2, ['opinion']],
      ['/sources/secondary/', 1, 1, ['memo', 'news']],
    ]);
    expect(sourceEntryUrls(pages).get('opinion')).toBe('/sources/primary/2/#opinion');
    expect(sourceEntryUrls(pages).get('memo')).toBe('/sources/secondary/#memo');
  });

  it('starts a new page before the "cited in" links would pass their limit, and never leaves a page empty', () => {
    const source = (id: string, citing: number) => ({
      id,
      kind: 'news',
      date: `2025-01-0${id}`,
      title: id,
      citedBy: Array.from({ length: citing }, (_, i) => `a${i}`),
    });
    const pages = paginateSources([source('1', 3), source('2', 2), source('3', 9), source('4', 0)], {
      sources: 40,
      citingLinks: 5,
    });
    expect(pages.map((p) => p.sources.map((s) => s.id))).toEqual([['1', '2'], ['3'], ['4']]);
  });

  it('refers to a source in a few words, as precisely dated as the source is', () => {
    expect(shortReference({ publisher: 'Securities and Exchange Commission', date: '2022-03-18' })).toBe(
      'Securities and Exchange Commission, 18 March 2022',
    );
    expect(shortReference({ publisher: 'CoinPopular', date: '2025' })).toBe('CoinPopular, 2025');
  });
});
