export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** The table of contents: second- and third-level headings (the title is the only h1). */
export function tocEntries(headings: readonly Heading[]): Heading[] {
  return headings.filter((h) => h.depth === 2 || h.depth === 3);
}
