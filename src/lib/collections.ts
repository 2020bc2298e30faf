import { getCollection, getEntries, type CollectionEntry } from 'astro:content';
import graph from 'virtual:content-graph';
import { isPublished, sortArticles } from './articles';
import { sourceEntryUrls, shortReference } from './sources';

/** Articles a reader can see, in reading order (drafts only under `astro dev`). */
export async function getPublishedArticles(): Promise<CollectionEntry<'articles'>[]> {
  const articles = await getCollection('articles', (a) => isPublished(a, import.meta.env.DEV));
  return sortArticles(articles);
}

/** An article's sources in the order its text first cites them (from the content graph). */
export async function getArticleSources(articleId: string): Promise<CollectionEntry<'sources'>[]> {
  const ids = graph.citations[articleId] ?? [];
  // getEntries yields undefined for an unknown id; the checker stops such a build, but `astro dev` keeps going.
  return (await getEntries(ids.map((id) => ({ collection: 'sources' as const, id })))).filter((s) => s !== undefined);
}

/** Words a reader sees in an article (from the content graph). */
export const getWordCount = (articleId: string): number => graph.words[articleId] ?? 0;

/** The source list's pages as the content graph cut them, each source with its data and citing articles. */
export async function getSourcePages() {
  const data = new Map((await getCollection('sources')).map((s) => [s.id, s.data]));
  return graph.sourcePages.map((page) => ({
    ...page,
    sources: page.sources.flatMap((s) => {
      const source = data.get(s.id);
      return source ? [{ ...s, kind: source.kind, date: source.date, title: source.title, data: source }] : [];
    }),
  }));
}

/** Each source id with a short link to its entry in the source list ("Publisher, date" → `/sources/primary/2/#id`). */
export async function getSourceLinks(): Promise<Map<string, { href: string; text: string }>> {
  const pages = await getSourcePages();
  const urls = sourceEntryUrls(pages);
  return new Map(
    pages.flatMap((page) =>
      page.sources.map((s) => [s.id, { href: urls.get(s.id)!, text: shortReference(s.data) }] as const),
    ),
  );
}
