import { parseArticleId } from '../config/routes';
import { sections, type SectionId } from '../config/site';

export interface ArticleRef {
  id: string;
  data: { order: number; title: string; draft: boolean };
}

export function getSection(id: string) {
  return sections.find((section) => section.id === id);
}

/** Articles in reading order: by section as configured, then by `order`, then by title. */
export function sortArticles<T extends ArticleRef>(articles: readonly T[]): T[] {
  const sectionRank = (article: T) => sections.findIndex((s) => s.id === parseArticleId(article.id).section);
  return [...articles].sort(
    (a, b) =>
      sectionRank(a) - sectionRank(b) || a.data.order - b.data.order || a.data.title.localeCompare(b.data.title),
  );
}

export function articlesInSection<T extends ArticleRef>(articles: readonly T[], section: SectionId): T[] {
  return sortArticles(articles.filter((a) => parseArticleId(a.id).section === section));
}

/** Previous and next articles across the whole story, so a reader can go on from section to section. */
export function getNeighbours<T extends ArticleRef>(articles: readonly T[], id: string): { prev?: T; next?: T } {
  const ordered = sortArticles(articles);
  const index = ordered.findIndex((a) => a.id === id);
  if (index === -1) return {};
  return { prev: ordered[index - 1], next: ordered[index + 1] };
}

/** Published articles only: drafts appear in `astro dev` but never in a build. */
export function isPublished(article: ArticleRef, isDev: boolean): boolean {
  return isDev || !article.data.draft;
}
