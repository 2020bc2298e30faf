export interface Dated {
  data: { published: Date; updated?: Date; title: string };
}

/** The date an article last changed: `updated` when set, else `published`. */
export const lastChanged = (item: Dated): Date => item.data.updated ?? item.data.published;

/** Most recently changed first; ties broken by title so the order is stable. */
export function recentlyUpdated<T extends Dated>(items: readonly T[], count: number): T[] {
  return [...items]
    .sort((a, b) => lastChanged(b).getTime() - lastChanged(a).getTime() || a.data.title.localeCompare(b.data.title))
    .slice(0, count);
}
