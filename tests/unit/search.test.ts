import { describe, expect, it } from 'vitest';
import {
  pagefindFilters,
  parseSearchState,
  rankExactMatchesFirst,
  searchStateToParams,
  searchTerms,
  varyTopResults,
  withHighlight,
} from '../../src/lib/search';
import { claimRecord, glossaryRecord, timelineRecord } from '../../src/lib/search-records';

describe('search state in the URL', () => {
  it('reads the words and known filters, ignoring unknown values', () => {
    expect(parseSearchState(new URLSearchParams('q=dealer+rule&section=the-pushback&type=article'))).toEqual({
      query: 'dealer rule',
      section: 'the-pushback',
      type: 'article',
    });
    expect(parseSearchState(new URLSearchParams('q=x&section=nowhere&type=video'))).toEqual({ query: 'x' });
  });

  it('writes only what is set, and round-trips', () => {
    const state = { query: 'dealer rule', section: 'the-pushback' as const };
    expect(searchStateToParams(state).toString()).toBe('q=dealer+rule&section=the-pushback');
    expect(parseSearchState(searchStateToParams(state))).toEqual(state);
    expect(pagefindFilters(state)).toEqual({ section: 'the-pushback' });
  });
});

describe('search terms', () => {
  it('drops question words, unless nothing else is left', () => {
    expect(searchTerms('What is an ATS?')).toBe('ats');
    expect(searchTerms('when did Gensler leave')).toBe('gensler leave');
    expect(searchTerms('who')).toBe('who');
  });
});

describe('ranking', () => {
  it('compares titles with the meaningful words of a question', () => {
    expect(
      rankExactMatchesFirst(
        [{ meta: { title: 'Other' } }, { meta: { title: 'Alternative trading system (ATS)' } }],
        'what is an ATS',
      )[0].meta.title,
    ).toBe('Alternative trading system (ATS)');
  });

  const result = (title: string, aliases = '') => ({ meta: { title, aliases } });

  it('puts a result whose title, term, abbreviation or alias equals the query first', () => {
    const results = [
      result('Why exchanges matter'),
      result('Alternative trading system (ATS)', 'atss|alternative trading systems'),
    ];
    expect(rankExactMatchesFirst(results, 'ATS')[0].meta.title).toBe('Alternative trading system (ATS)');
    expect(rankExactMatchesFirst(results, 'alternative trading systems')[0].meta.title).toBe(
      'Alternative trading system (ATS)',
    );
    expect(rankExactMatchesFirst(results, '“Alternative trading system”')[0].meta.title).toBe(
      'Alternative trading system (ATS)',
    );
  });

  it('keeps Pagefind’s order otherwise', () => {
    const results = [result('B'), result('A')];
    expect(rankExactMatchesFirst(results, 'something else')).toEqual(results);
  });
});

describe('highlight links', () => {
  it('adds the words before any anchor', () => {
    expect(withHighlight('/glossary/#rule-3b-16', 'Rule 3b-16')).toBe('/glossary/?highlight=rule%203b-16#rule-3b-16');
    expect(withHighlight('/the-shift/the-withdrawal/', 'withdrawal')).toBe(
      '/the-shift/the-withdrawal/?highlight=withdrawal',
    );
    expect(withHighlight('/x/', '  ')).toBe('/x/');
  });
});

describe('search records', () => {
  it('gives each glossary term and timeline event its own anchored record with filters', () => {
    const term = glossaryRecord({
      id: 'rfq',
      term: 'Request for quote (RFQ)',
      definition: 'A protocol.',
      aliases: ['rfq'],
    });
    expect(term).toMatchObject({
      url: '/glossary/#rfq',
      meta: { title: 'Request for quote (RFQ)', aliases: 'rfq' },
      filters: { type: ['glossary'] },
    });
    expect(term.content).toContain('A protocol.');
    const event = timelineRecord({
      url: '/timeline/2/#2022-01-26-x',
      date: new Date('2022-01-26'),
      title: 'Proposed',
      summary: 'It happened.',
      section: 'the-proposal',
    });
    expect(event).toMatchObject({
      url: '/timeline/2/#2022-01-26-x',
      meta: { title: 'Proposed (26 January 2022)' },
      filters: { type: ['timeline'], section: ['the-proposal'] },
    });
  });
});

describe('claimRecord', () => {
  it('makes each checked claim its own result at its anchor, without the Markdown link targets', () => {
    const record = claimRecord({
      id: 'court-struck-down-exchange-rule',
      claim: 'A court struck down the exchange rule.',
      verdict: 'inaccurate',
      explanation: 'No court ruled on it; see [the withdrawal](/the-shift/the-withdrawal/).',
    });
    expect(record.url).toBe('/claims/#court-struck-down-exchange-rule');
    expect(record.filters).toEqual({ type: ['claim'] });
    expect(record.meta.title).toBe('“A court struck down the exchange rule.” (Inaccurate)');
    expect(record.content).toBe(
      'A court struck down the exchange rule. Verdict: Inaccurate. No court ruled on it; see the withdrawal.',
    );
  });
});

describe('varyTopResults', () => {
  const r = (id: string, type: string) => ({ id, filters: { type: [type] } });
  it('gives the first three places to different kinds of record, keeping their order; articles are not limited', () => {
    const results = [
      r('claim-1', 'claim'),
      r('event', 'timeline'),
      r('claim-2', 'claim'),
      r('article', 'article'),
      r('claim-3', 'claim'),
    ];
    expect(varyTopResults(results).map((x) => x.id)).toEqual(['claim-1', 'event', 'article', 'claim-2', 'claim-3']);
  });

  it('lets articles share the top, moves repeated records down, and leaves a varied list alone', () => {
    const articles = [r('a', 'article'), r('b', 'article'), r('c', 'claim'), r('d', 'article')];
    expect(varyTopResults(articles)).toEqual(articles);
    const claims = [r('c1', 'claim'), r('c2', 'claim'), r('c3', 'claim')];
    expect(varyTopResults(claims).map((x) => x.id)).toEqual(['c1', 'c2', 'c3']);
    const varied = [r('a', 'article'), r('g', 'glossary'), r('t', 'timeline'), r('b', 'article')];
    expect(varyTopResults(varied)).toEqual(varied);
  });
});
