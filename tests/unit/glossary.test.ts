import { describe, expect, it } from 'vitest';
import { groupByInitial, initialOf } from '../../src/lib/glossary';

describe('glossary grouping', () => {
  it('files a term under its first letter, ignoring quotation marks', () => {
    expect(initialOf('“Makes available”')).toBe('M');
    expect(initialOf('dealer rule')).toBe('D');
    expect(initialOf('3b-16')).toBe('3');
  });

  it('sorts A to Z regardless of case and quotes, one group per initial', () => {
    const groups = groupByInitial(
      ['Exchange', '“Group of persons”', 'DeFi', 'dealer rule', 'Government Securities ATS'],
      (t) => t,
    );
    expect(groups).toEqual([
      { letter: 'D', items: ['dealer rule', 'DeFi'] },
      { letter: 'E', items: ['Exchange'] },
      { letter: 'G', items: ['Government Securities ATS', '“Group of persons”'] },
    ]);
  });
});
