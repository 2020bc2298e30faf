import { sourcePageUrl } from '../config/routes';
import { primarySourceKinds, publisherAbbreviations, sourceKindLabels, type SourceKind } from '../config/site';
import { formatPartialDate } from './dates';

export function isPrimaryKind(kind: string): boolean {
  return (primarySourceKinds as readonly string[]).includes(kind);
}

/** Maps each source id to the ids of the items (articles, events, terms) that cite it. */
export function indexCitations(items: readonly { id: string; sources: readonly string[] }[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const item of items) {
    for (const source of new Set(item.sources)) {
      index.set(source, [...(index.get(source) ?? []), item.id]);
    }
  }
  return index;
}

export function kindLabel(kind: SourceKind): string {
  return sourceKindLabels[kind];
}

/** The source list's two lists, in the order the site shows them. */
export const sourceGroups = ['primary', 'secondary'] as const;
export type SourceGroup = (typeof sourceGroups)[number];

export const sourceGroupTitles: Record<SourceGroup, string> = {
  primary: 'Primary documents',
  secondary: 'Secondary sources',
};

export interface ListedSource {
  id: string;
  kind: string;
  /** A partial ISO date (YYYY, YYYY-MM or YYYY-MM-DD): sorts as text. */
  date: string;
  title: string;
  /** Ids of the published articles that cite it, shown as "cited in" links. */
  citedBy: readonly string[];
}

export interface SourcePage<S extends ListedSource = ListedSource> {
  group: SourceGroup;
  /** 1-based page number within the group. */
  number: number;
  /** Number of pages in the group. */
  of: number;
  url: string;
  sources: S[];
}

/** Cuts a list into consecutive pages of at most `limits.sources` items and `limits.citingLinks` citing links. */
function fill<S extends ListedSource>(sources: readonly S[], limits: { sources: number; citingLinks: number }): S[][] {
  const pages: S[][] = [];
  let links = 0;
  for (const source of sources) {
    const page = pages.at(-1);
    if (page && page.length < limits.sources && links + source.citedBy.length <= limits.citingLinks) {
      page.push(source);
      links += source.citedBy.length;
    } else {
      pages.push([source]);
      links = source.citedBy.length;
    }
  }
  return pages;
}

/**
 * Splits the sources into primary and secondary lists, each by date (then title) and cut into pages within
 * `limits`. The one place that decides on which page a source is listed.
 */
export function paginateSources<S extends ListedSource>(
  sources: readonly S[],
  limits: { sources: number; citingLinks: number },
): SourcePage<S>[] {
  const byDate = [...sources].sort(
    (a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id),
  );
  return sourceGroups.flatMap((group) => {
    const pages = fill(
      byDate.filter((s) => isPrimaryKind(s.kind) === (group === 'primary')),
      limits,
    );
    return pages.map((list, i) => ({
      group,
      number: i + 1,
      of: pages.length,
      url: sourcePageUrl(group, i + 1),
      sources: list,
    }));
  });
}

/** Maps each source id to the address of its entry in the source list (`/sources/primary/2/#id`). */
export function sourceEntryUrls(pages: readonly SourcePage[]): Map<string, string> {
  return new Map(pages.flatMap((page) => page.sources.map((s) => [s.id, `${page.url}#${s.id}`] as const)));
}

/** The dates a page of the source list covers: "18 March 2022 to 3 July 2026". */
export function pageSpan(page: SourcePage): string {
  return `${formatPartialDate(page.sources[0].date)} to ${formatPartialDate(page.sources.at(-1)!.date)}`;
}

/**
 * A publisher in a word or two: the name before any parenthesis, semicolon or comma, without a company suffix,
 * with long agency and court names abbreviated ("Securities and Exchange Commission (Federal Register)" → "SEC").
 * A parenthesis holding only an acronym is the short form itself ("… Markets (ADAM)" → "ADAM").
 */
export function shortPublisher(publisher: string): string {
  const acronym = /\(([A-Z]{2,})\)/.exec(publisher)?.[1];
  if (acronym) return acronym;
  const name = publisher
    .split(/\s*[(;]|,\s/)[0]
    .replace(/\s+(LLP|LLC|PLLC|Inc\.)$/, '')
    .trim();
  return publisherAbbreviations.reduce((text, [long, short]) => text.replaceAll(long, short), name);
}

/** Whether `words` appear in `text` as whole words, ignoring case ("SEC" is in "SEC press release", not in "second"). */
function mentions(text: string, words: string): boolean {
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'iu').test(text);
}

/**
 * How a list links to a source in a few words: its short title, its publisher in short and its date —
 * "Regulation ATS adopting release, SEC, 22 December 1998". The publisher is left out when the short title
 * already names it ("SEC press release 2023-77, 14 April 2023").
 */
export function shortReference(source: { short: string; publisher: string; date: string }): string {
  const publisher = shortPublisher(source.publisher);
  const parts = [
    source.short,
    ...(mentions(source.short, publisher) ? [] : [publisher]),
    formatPartialDate(source.date),
  ];
  return parts.join(', ');
}
