import { describe, expect, it } from 'vitest';
import { numberCitations, orderCitations } from '../../src/lib/citations';

describe('citation numbering', () => {
  it('numbers sources in the order the text first cites them', () => {
    const numbers = numberCitations(['b', 'a', 'b', 'c']);
    expect([...numbers]).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 3],
    ]);
  });

  it('lists each cited source once, in order of first citation', () => {
    expect(orderCitations(['c', 'a', 'c', 'b', 'a'])).toEqual(['c', 'a', 'b']);
  });
});
