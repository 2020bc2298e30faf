import { describe, expect, it } from 'vitest';
import { buildContentGraph } from '../../src/lib/content/graph';
import { redline, redlineText } from '../../src/lib/redline';
import { projectRoot } from '../../scripts/lib/site-copy';

describe('redline', () => {
  it('marks the words a change removes and adds, keeping the rest', () => {
    expect(redline('uses established methods', 'makes available established methods')).toEqual([
      { kind: 'deleted', text: 'uses' },
      { kind: 'inserted', text: 'makes available' },
      { kind: 'same', text: ' established methods' },
    ]);
  });

  it('marks every word as inserted when there is nothing before', () => {
    expect(redline(undefined, 'any non-firm indication')).toEqual([
      { kind: 'inserted', text: 'any non-firm indication' },
    ]);
  });

  it('reads back both versions of every quotation in content/rule-text/ exactly', () => {
    const quotes = buildContentGraph(projectRoot).ruleText.flatMap((p) => p.valid.proposed.quotes);
    expect(quotes.some((q) => q.replaces)).toBe(true);
    for (const quote of quotes) {
      const parts = redline(quote.replaces, quote.text);
      expect(redlineText(parts, 'after')).toBe(quote.text);
      const words = (text: string) => text.split(/\s+/).filter(Boolean);
      expect(words(redlineText(parts, 'before'))).toEqual(words(quote.replaces ?? ''));
      if (quote.replaces !== quote.text) expect(parts.some((p) => p.kind !== 'same')).toBe(true);
    }
  });
});
