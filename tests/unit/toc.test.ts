import { describe, expect, it } from 'vitest';
import { tocEntries } from '../../src/lib/toc';

describe('tocEntries', () => {
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
