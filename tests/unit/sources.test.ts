import { describe, expect, it } from 'vitest';
import {
  indexCitations,
  isPrimaryKind,
  kindLabel,
  paginateSources,
  shortPublisher,
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

  it('refers to a source by its short title, publisher in short and date, as precisely dated as the source is', () => {
    const release = {
      short: 'Regulation ATS adopting release',
      publisher: 'Securities and Exchange Commission (Federal Register, via GPO govinfo)',
      date: '1998-12-22',
    };
    expect(shortReference(release)).toBe('Regulation ATS adopting release, SEC, 22 December 1998');
    expect(shortReference({ short: 'Report on SEC rules', publisher: 'CoinPopular', date: '2025' })).toBe(
      'Report on SEC rules, CoinPopular, 2025',
    );
  });

  it('leaves the publisher out when the short title already names it, as whole words', () => {
    const publisher = 'Securities and Exchange Commission';
    expect(shortReference({ short: 'SEC press release 2023-77', publisher, date: '2023-04-14' })).toBe(
      'SEC press release 2023-77, 14 April 2023',
    );
    expect(shortReference({ short: 'Sector report', publisher, date: '2023-04' })).toBe(
      'Sector report, SEC, April 2023',
    );
    expect(
      shortReference({
        short: 'ADAM comment letter',
        publisher: 'Association for Digital Asset Markets (ADAM)',
        date: '2022',
      }),
    ).toBe('ADAM comment letter, 2022');
  });

  it.each([
    ['Securities and Exchange Commission (Commissioner Hester M. Peirce)', 'SEC'],
    ['Securities and Exchange Commission and Commodity Futures Trading Commission (Federal Register)', 'SEC and CFTC'],
    ['Association for Digital Asset Markets (ADAM)', 'ADAM'],
    ['Weil, Gotshal & Manges (Governance & Securities blog)', 'Weil'],
    ['Sidley Austin LLP', 'Sidley Austin'],
    ['Runtime Verification, Inc.', 'Runtime Verification'],
    ['SEC Division of Trading and Markets; CFTC Division of Market Oversight', 'SEC Division of Trading and Markets'],
    ['U.S. District Court for the Southern District of New York', 'S.D.N.Y.'],
    ['Reuters', 'Reuters'],
  ])('shortens the publisher "%s" to "%s"', (publisher, short) => {
    expect(shortPublisher(publisher)).toBe(short);
  });
});
