import { describe, expect, it } from 'vitest';
import { countWords, getReadingTime } from '../../src/lib/reading-time';

describe('reading time', () => {
  it('counts the words a reader sees, not markup', () => {
    const body = '## A heading\n\nSome <Term id="ats">trading system</Term> text.<Cite id="x" /> [a link](https://example.com/long/path)';
    expect(countWords(body)).toBe(8);
  });

  it('rounds to whole minutes and never says zero', () => {
    expect(getReadingTime('word')).toBe(1);
    expect(getReadingTime(Array(1100).fill('word').join(' '))).toBe(5);
  });
});
