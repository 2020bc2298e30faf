export interface ArticleUpdate {
  date: Date;
  note: string;
}

export interface Dated {
  data: { published: Date; updates: readonly ArticleUpdate[]; title: string };
}

/** An article's updates, newest first (the frontmatter may list them in any order). */
export const newestFirst = (updates: readonly ArticleUpdate[]): ArticleUpdate[] =>
  [...updates].sort((a, b) => b.date.getTime() - a.date.getTime());

/** The day of an article's newest update, if it has any: what the site shows as "updated". */
export const lastUpdated = (item: Dated): Date | undefined => newestFirst(item.data.updates)[0]?.date;

/** The date an article last changed: its newest update, else `published`. */
export const lastChanged = (item: Dated): Date => lastUpdated(item) ?? item.data.published;

/** Most recently changed first; ties broken by title so the order is stable. */
export function recentlyUpdated<T extends Dated>(items: readonly T[], count: number): T[] {
  return [...items]
    .sort((a, b) => lastChanged(b).getTime() - lastChanged(a).getTime() || a.data.title.localeCompare(b.data.title))
    .slice(0, count);
}
