import { describe, expect, it } from 'vitest';
import { plainData } from '../../src/lib/open-data';

describe('plainData', () => {
  it('writes dates as YYYY-MM-DD and references as ids, leaving everything else as it is', () => {
    const data = {
      date: new Date('2022-01-26T00:00:00Z'),
      sources: [{ collection: 'sources', id: 'fr-2022-proposal' }],
      madeBy: [{ who: 'A', role: 'industry', sources: [{ collection: 'sources', id: 'def-2022' }] }],
      milestone: { stage: 'proposed', release: '34-94062' },
      draft: false,
    };
    expect(plainData(data)).toEqual({
      date: '2022-01-26',
      sources: ['fr-2022-proposal'],
      madeBy: [{ who: 'A', role: 'industry', sources: ['def-2022'] }],
      milestone: { stage: 'proposed', release: '34-94062' },
      draft: false,
    });
  });
});
