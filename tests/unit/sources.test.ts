import { describe, expect, it } from 'vitest';
import { indexCitations, isPrimaryKind, kindLabel } from '../../src/lib/sources';
import { tocEntries } from '../../src/lib/toc';

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

  it('builds the table of contents from h2 and h3 only', () => {
    const headings = [
      { depth: 1, slug: 't', text: 'T' },
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'b', text: 'B' },
      { depth: 4, slug: 'c', text: 'C' },
    ];
    expect(tocEntries(headings).map((h) => h.slug)).toEqual(['a', 'b']);
  });
});
