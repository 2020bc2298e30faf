import { primarySourceKinds, sourceKindLabels, type SourceKind } from '../config/site';

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
