import { describe, expect, it } from 'vitest';
import { getReadingTime } from '../../src/lib/reading-time';

describe('reading time', () => {
  it('rounds to whole minutes and never says zero', () => {
    expect(getReadingTime(1)).toBe(1);
    expect(getReadingTime(0)).toBe(1);
    expect(getReadingTime(1100)).toBe(5);
    expect(getReadingTime(1210)).toBe(6);
  });
});
