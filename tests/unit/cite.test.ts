import { describe, expect, it } from 'vitest';
import { accessedPlaceholder, bibtexEscape, bluebookDate, pageCitations } from '../../src/lib/cite';

const page = {
  title: 'What the January 2022 proposal said',
  siteTitle: 'The “Exchange” Rule Explained',
  url: 'https://example.org/exchange-rule/the-proposal/the-january-2022-proposal/',
  asOf: new Date(Date.UTC(2026, 8, 5)),
  id: 'the-proposal/the-january-2022-proposal',
};

describe('bluebookDate', () => {
  it.each([
    [0, 'Jan. 5, 2026'],
    [4, 'May 5, 2026'],
    [5, 'June 5, 2026'],
    [6, 'July 5, 2026'],
    [8, 'Sept. 5, 2026'],
    [11, 'Dec. 5, 2026'],
  ])('month %i → %s', (month, expected) => {
    expect(bluebookDate(new Date(Date.UTC(2026, month, 5)))).toBe(expected);
  });
});

describe('bibtexEscape', () => {
  it('escapes every LaTeX special character so it prints as itself', () => {
    expect(bibtexEscape('R&D: 50% of {fees} for a_b, $5 #1 ~ ^ \\')).toBe(
      'R\\&D: 50\\% of \\textbraceleft{}fees\\textbraceright{} for a\\_b, \\$5 \\#1 \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
  });

  it('leaves braces balanced even for a lone brace', () => {
    const escaped = bibtexEscape('a { b');
    expect(escaped.split('{').length).toBe(escaped.split('}').length);
  });

  it('writes typographic quotes and dashes as TeX ligatures', () => {
    expect(bibtexEscape('The “Exchange” Rule — the SEC’s 2022–2023 view')).toBe(
      "The ``Exchange'' Rule --- the SEC's 2022--2023 view",
    );
  });
});

describe('pageCitations', () => {
  const cited = pageCitations(page);

  it('gives a plain-text citation with the as-of date and a place for the reader’s access date', () => {
    expect(cited.text).toBe(
      `What the January 2022 proposal said. The “Exchange” Rule Explained, facts as of 5 September 2026. ${page.url} (accessed ${accessedPlaceholder}).`,
    );
  });

  it('does not double the full stop after a title ending in a question mark', () => {
    expect(pageCitations({ ...page, title: 'Would this be an exchange?' }).text).toMatch(
      /^Would this be an exchange\? The/,
    );
  });

  it('gives a Bluebook-like internet citation: Title, Site (as of Date), URL', () => {
    expect(cited.legal).toBe(
      `What the January 2022 proposal said, The “Exchange” Rule Explained (as of Sept. 5, 2026), ${page.url}.`,
    );
  });

  it('gives a biblatex @online entry with the title protected and escaped', () => {
    const { bibtex } = pageCitations({ ...page, title: 'Fees & 5% rebates for {maker_taker} venues' });
    expect(bibtex).toBe(
      [
        '@online{the-proposal:the-january-2022-proposal,',
        '  title = {{Fees \\& 5\\% rebates for \\textbraceleft{}maker\\_taker\\textbraceright{} venues}},',
        "  organization = {The ``Exchange'' Rule Explained},",
        '  date = {2026-09-05},',
        `  url = {${page.url}},`,
        '  note = {As of 5 September 2026},',
        '}',
      ].join('\n'),
    );
  });
});
