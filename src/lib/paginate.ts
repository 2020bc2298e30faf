/** One page of a list cut into pages: its 1-based number, how many there are, its address and its items. */
export interface ListPage<T> {
  number: number;
  of: number;
  url: string;
  items: T[];
}

/** Cuts a list into consecutive pages of `size` (always at least one page, so an empty list still has its page). */
export function paginate<T>(items: readonly T[], size: number, urlOf: (number: number) => string): ListPage<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    of: count,
    url: urlOf(i + 1),
    items: items.slice(i * size, (i + 1) * size),
  }));
}
