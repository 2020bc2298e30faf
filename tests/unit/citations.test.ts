import { describe, expect, it } from 'vitest';
import { numberCitations, orderCitations, uncitedSources, undeclaredCitations } from '../../src/lib/citations';

describe('citation numbering', () => {
  it('numbers sources in the order the text first cites them', () => {
    const numbers = numberCitations(['b', 'a', 'b', 'c'], ['a', 'b', 'c']);
    expect([...numbers]).toEqual([['b', 1], ['a', 2], ['c', 3]]);
  });

  it('puts declared but uncited sources after the cited ones', () => {
    expect(orderCitations(['c'], ['a', 'b', 'c'])).toEqual(['c', 'a', 'b']);
  });

  it('finds ids cited but not declared, and declared but not cited', () => {
    expect(undeclaredCitations(['a', 'x', 'x'], ['a', 'b'])).toEqual(['x']);
    expect(uncitedSources(['a'], ['a', 'b'])).toEqual(['b']);
  });
});
