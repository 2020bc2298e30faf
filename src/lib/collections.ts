import { getCollection, getEntries, type CollectionEntry } from 'astro:content';
import { isPublished, sortArticles } from './articles';

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
