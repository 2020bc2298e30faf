// Stands in for Astro's `astro:content` under Vitest (see vitest.config.ts); tests replace it with vi.mock.
export const getCollection = () => {
  throw new Error('astro:content is not available in unit tests: vi.mock it.');
};
export const getEntries = getCollection;
export type CollectionEntry<C extends string> = { id: string; collection: C; data: never };
