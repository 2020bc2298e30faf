/** Each item of an ordered list with the one before and after it, for "previous" and "next" links. */
export function withNeighbours<T>(items: readonly T[]): { item: T; prev?: T; next?: T }[] {
  return items.map((item, i) => ({ item, prev: items[i - 1], next: items[i + 1] }));
}
