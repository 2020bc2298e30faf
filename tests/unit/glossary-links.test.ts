import { describe, expect, it } from 'vitest';
import { linkableText, termPattern, unlinkedFirstUses } from '../../src/lib/content-check/glossary-links';

const terms = [
  { id: 'exchange', term: 'Exchange' },
  { id: 'alternative-trading-system', term: 'Alternative trading system (ATS)' },
  { id: 'defi', term: 'DeFi (decentralized finance)' },
];

describe('glossary links', () => {
  it('matches a plain one-word term only in lower case, so proper names are not mistaken for it', () => {
    expect(termPattern('Exchange').test('the Securities and Exchange Commission')).toBe(false);
    expect(termPattern('Exchange').test('an exchange')).toBe(true);
    expect(termPattern('Exchange').test('two exchanges')).toBe(true);
  });

  it('matches longer names in any case, with plurals, ignoring the parenthetical', () => {
    expect(termPattern('Alternative trading system (ATS)').test('Alternative trading systems exist')).toBe(true);
    expect(termPattern('DeFi (decentralized finance)').test('so-called DeFi systems')).toBe(true);
  });

  it('ignores headings, links and component tags', () => {
    const text = linkableText('## An exchange heading\n[exchange](/x/) <Cite id="exchange" />');
    expect(termPattern('Exchange').test(text)).toBe(false);
  });

  it('reports terms whose first use comes before any link to them', () => {
    const body =
      'An exchange is defined. Later an <Term id="exchange">exchange</Term>. A <Term id="defi">DeFi</Term> app.';
    expect(unlinkedFirstUses(body, terms).map((u) => u.id)).toEqual(['exchange']);
  });

  it('accepts an article whose first use is linked, and ignores terms it never uses', () => {
    const body = 'An <Term id="exchange">exchange</Term> and another exchange.';
    expect(unlinkedFirstUses(body, terms)).toEqual([]);
  });
});
