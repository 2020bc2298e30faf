import { articleUrl, sortArticles } from '../../src/lib/articles';
import { loadContent } from '../../src/lib/content-check';
import { projectRoot } from './site-copy';

export interface PublishedArticle {
  id: string;
  url: string;
  title: string;
  section: string;
}

/** The published articles in reading order, read from content/ the same way the checker reads them. */
export function publishedArticles(): PublishedArticle[] {
  const articles = loadContent(projectRoot)
    .filter((e) => e.collection === 'articles')
    .map((e) => ({ id: e.id, data: e.data as { order: number; title: string; draft: boolean } }))
    .filter((a) => !a.data.draft);
  return sortArticles(articles).map((a) => ({ id: a.id, url: articleUrl(a.id), title: String(a.data.title), section: a.id.split('/')[0] }));
}

/** One page of every type a reader can meet. */
export function pageTypes(): Record<string, string> {
  const article = publishedArticles()[0];
  return {
    home: '/',
    section: `/${article.section}/`,
    article: article.url,
    timeline: '/timeline/',
    glossary: '/glossary/',
    sources: '/sources/',
    sourceList: '/sources/primary/',
    claims: '/claims/',
    search: '/search/',
    about: '/about/',
    notFound: '/this-page-does-not-exist/',
  };
}
