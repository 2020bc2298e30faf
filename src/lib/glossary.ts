/** The letter a term is filed under: its first letter or digit, ignoring quotation marks and other punctuation. */
export function initialOf(term: string): string {
  return (term.match(/[\p{L}\p{N}]/u)?.[0] ?? '#').toUpperCase();
}

/** Terms in A-to-Z order (quotation marks ignored), grouped by initial. */
export function groupByInitial<T>(items: readonly T[], term: (item: T) => string): { letter: string; items: T[] }[] {
  const key = (item: T) => term(item).replace(/^[^\p{L}\p{N}]+/u, '');
  const sorted = [...items].sort((a, b) => key(a).localeCompare(key(b), 'en', { sensitivity: 'base' }));
  const groups: { letter: string; items: T[] }[] = [];
  for (const item of sorted) {
    const letter = initialOf(term(item));
    if (groups.at(-1)?.letter !== letter) groups.push({ letter, items: [] });
    groups.at(-1)!.items.push(item);
  }
  return groups;
}
