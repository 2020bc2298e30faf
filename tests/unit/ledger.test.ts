import { describe, expect, it } from 'vitest';
import { ledgerQuery, matchesLedgerFilter, parseLedgerFilter } from '../../src/lib/ledger';

const row = { side: 'against', roles: ['industry', 'advocacy'], outcome: 'withdrawn' };

describe('ledger filters', () => {
  it('reads the filter from the address, ignoring unknown keys and empty values', () => {
    expect(parseLedgerFilter('?side=for&role=&outcome=open&page=2')).toEqual({ side: 'for', outcome: 'open' });
    expect(parseLedgerFilter('')).toEqual({});
  });

  it('writes the filter back in a fixed order, and nothing when nothing is chosen', () => {
    expect(ledgerQuery({ outcome: 'open', side: 'for' })).toBe('?side=for&outcome=open');
    expect(ledgerQuery({ side: '' })).toBe('');
  });

  it('keeps a row only when every chosen filter matches', () => {
    expect(matchesLedgerFilter(row, {})).toBe(true);
    expect(matchesLedgerFilter(row, { side: 'against', role: 'advocacy' })).toBe(true);
    expect(matchesLedgerFilter(row, { role: 'commissioner' })).toBe(false);
    expect(matchesLedgerFilter(row, { side: 'against', outcome: 'open' })).toBe(false);
  });
});
