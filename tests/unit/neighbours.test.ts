import { describe, expect, it } from 'vitest';
import { withNeighbours } from '../../src/lib/neighbours';

describe('withNeighbours', () => {
  it('pairs each item with the one before and after it', () => {
    expect(withNeighbours(['a', 'b', 'c'])).toEqual([
      { item: 'a', prev: undefined, next: 'b' },
      { item: 'b', prev: 'a', next: 'c' },
      { item: 'c', prev: 'b', next: undefined },
    ]);
    expect(withNeighbours([])).toEqual([]);
  });
});
