/**
 * "Cite this page": ready citations of an article in three forms, built from its data and its absolute URL.
 * The reader fills in the day they read it; the "as of" date is the day the article's facts were last checked.
 */
import { formatDate, isoDay } from './dates';

export interface CitedPage {
  /** The article's title, as its h1 shows it. */
  title: string;
  /** The site's title, the publisher. */
  siteTitle: string;
  /** The article's absolute, canonical URL. */
  url: string;
  /** The day its facts were last checked (`asOf`). */
  asOf: Date;
  /** A key for BibTeX: the article id, `section/slug`. */
  id: string;
}

export interface PageCitations {
  /** Title. Site, facts as of 2 December 2026. URL (accessed [date]). */
  text: string;
  /** Bluebook-like citation of an internet source: Title, Site (as of Dec. 2, 2026), URL. */
  legal: string;
  /** A biblatex `@online` entry. */
  bibtex: string;
}

/** The placeholder the reader replaces with the day they read the page. */
export const accessedPlaceholder = '[date]';

// Bluebook table T12 abbreviates all months but May, June and July.
const bluebookMonths = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** "Dec. 2, 2026": a calendar day (UTC) as the Bluebook writes it. */
export function bluebookDate(date: Date): string {
  return `${bluebookMonths[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
}

/** A sentence's closing full stop, unless the title already ends with punctuation that closes it. */
const closed = (title: string) => (/[.?!]$/.test(title) ? title : `${title}.`);

// Characters LaTeX gives a meaning to, written so they print as themselves. Braces become commands rather than
// \{ \}: BibTeX counts every brace, escaped or not, so a lone one would break the entry.
const latexSpecials: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  // Typographic quotes and dashes as TeX's own ligatures, which every BibTeX setup reads.
  '“': '``',
  '”': "''",
  '‘': '`',
  '’': "'",
  '—': '---',
  '–': '--',
};

/** Text as a BibTeX field value prints it: LaTeX specials escaped, quotes and dashes as TeX ligatures. */
export function bibtexEscape(value: string): string {
  return value.replace(/[\\{}&%$#_~^“”‘’—–]/g, (char) => latexSpecials[char]!);
}

/** A citation key from the article id: letters, digits and `-`, `:` only. */
const bibtexKey = (id: string) => id.replace(/\//g, ':').replace(/[^A-Za-z0-9:-]/g, '-');

export function pageCitations({ title, siteTitle, url, asOf, id }: CitedPage): PageCitations {
  const day = formatDate(asOf);
  const fields: [string, string][] = [
    // Double braces keep the title's capitals as written.
    ['title', `{${bibtexEscape(title)}}`],
    ['organization', bibtexEscape(siteTitle)],
    ['date', isoDay(asOf)],
    // Verbatim in biblatex: a URL is never escaped.
    ['url', url],
    ['note', `As of ${day}`],
  ];
  return {
    text: `${closed(title)} ${siteTitle}, facts as of ${day}. ${url} (accessed ${accessedPlaceholder}).`,
    legal: `${title}, ${siteTitle} (as of ${bluebookDate(asOf)}), ${url}.`,
    bibtex: `@online{${bibtexKey(id)},\n${fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n')}\n}`,
  };
}
