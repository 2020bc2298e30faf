import { primarySourceKinds, sourceKindLabels, type SourceKind } from '../config/site';
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

export type SourceGroup = 'primary' | 'secondary';

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

export function sourcePageUrl(group: SourceGroup, number: number): string {
  return number === 1 ? `/sources/${group}/` : `/sources/${group}/${number}/`;
}

/**
 * Splits the sources into primary and secondary lists, each by date (then title) and cut into pages of
 * `perPage`. The one place that decides on which page a source is listed.
 */
export function paginateSources<S extends ListedSource>(sources: readonly S[], perPage: number): SourcePage<S>[] {
  const byDate = [...sources].sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
  return (['primary', 'secondary'] as const).flatMap((group) => {
    const listed = byDate.filter((s) => isPrimaryKind(s.kind) === (group === 'primary'));
    const of = Math.ceil(listed.length / perPage);
    return Array.from({ length: of }, (_, i) => ({
      group,
      number: i + 1,
      of,
      url: sourcePageUrl(group, i + 1),
      sources: listed.slice(i * perPage, (i + 1) * perPage),
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

/** How a list links to a source in a few words: "Securities and Exchange Commission, 18 March 2022". */
export function shortReference(source: { publisher: string; date: string }): string {
  return `${source.publisher}, ${formatPartialDate(source.date)}`;
}
