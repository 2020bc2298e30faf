/**
 * Citation numbering: sources are numbered in the order an article first cites them, so [1] is
 * the first reference a reader meets. Sources listed in frontmatter but never cited follow.
 */
export function orderCitations(citedInOrder: readonly string[], declared: readonly string[] = []): string[] {
  const ordered = [...new Set(citedInOrder)];
  for (const id of declared) if (!ordered.includes(id)) ordered.push(id);
  return ordered;
}

/** Citation number (1-based) for each id, following `orderCitations`. */
export function numberCitations(citedInOrder: readonly string[], declared: readonly string[] = []): Map<string, number> {
  return new Map(orderCitations(citedInOrder, declared).map((id, index) => [id, index + 1]));
}

/** Ids cited in the body that the frontmatter does not declare. */
export function undeclaredCitations(citedInOrder: readonly string[], declared: readonly string[]): string[] {
  const known = new Set(declared);
  return [...new Set(citedInOrder)].filter((id) => !known.has(id));
}

/** Ids declared in the frontmatter that the body never cites. */
export function uncitedSources(citedInOrder: readonly string[], declared: readonly string[]): string[] {
  const cited = new Set(citedInOrder);
  return declared.filter((id) => !cited.has(id));
}
