import { getCollection, getEntries, type CollectionEntry } from 'astro:content';
import { sourcePageLimits } from '../config/site';
import { isPublished, sortArticles } from './articles';
import { indexCitations, paginateSources, shortReference, sourceEntryUrls } from './sources';

/** Articles a reader can see, in reading order (drafts only under `astro dev`). */
export async function getPublishedArticles(): Promise<CollectionEntry<'articles'>[]> {
  const articles = await getCollection('articles', (a) => isPublished(a, import.meta.env.DEV));
  return sortArticles(articles);
}

/** An article's sources, in citation order (the order computed by the remark plugin). */
export async function getArticleSources(article: CollectionEntry<'articles'>, citationOrder: string[]) {
  // getEntries yields undefined for an unknown id; the checker stops such a build, but `astro dev` keeps going.
  const sources = (await getEntries(article.data.sources)).filter((source) => source !== undefined);
  const rank = (id: string) => citationOrder.indexOf(id);
  return sources.sort((a, b) => rank(a.id) - rank(b.id));
}

/** The source list's pages (primary, then secondary; by date), each source with its data and citing articles. */
export async function getSourcePages() {
  const articles = await getPublishedArticles();
  const citedBy = indexCitations(articles.map((a) => ({ id: a.id, sources: a.data.sources.map((s) => s.id) })));
  const sources = (await getCollection('sources')).map((s) => ({
    id: s.id,
    kind: s.data.kind,
    date: s.data.date,
    title: s.data.title,
    citedBy: citedBy.get(s.id) ?? [],
    data: s.data,
  }));
  return paginateSources(sources, sourcePageLimits);
}

/** Each source id with a short link to its entry in the source list ("Publisher, date" → `/sources/primary/2/#id`). */
export async function getSourceLinks(): Promise<Map<string, { href: string; text: string }>> {
  const pages = await getSourcePages();
  const urls = sourceEntryUrls(pages);
  return new Map(pages.flatMap((page) => page.sources.map((s) => [s.id, { href: urls.get(s.id)!, text: shortReference(s.data) }] as const)));
}
