/**
 * Citation numbering: sources are numbered in the order an article first cites them, so [1] is the first
 * reference a reader meets. An article's source list is exactly the sources its <Cite> tags name.
 */
export function orderCitations(citedInOrder: readonly string[]): string[] {
  return [...new Set(citedInOrder)];
}

/** Citation number (1-based) for each id, following `orderCitations`. */
export function numberCitations(citedInOrder: readonly string[]): Map<string, number> {
  return new Map(orderCitations(citedInOrder).map((id, index) => [id, index + 1]));
}
