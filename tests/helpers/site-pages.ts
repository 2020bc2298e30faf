import { loadContent } from '../../src/lib/content-check';
import { articleUrl } from '../../src/lib/articles';
import { projectRoot } from './site-copy';

export interface PublishedArticle {
  id: string;
  url: string;
  title: string;
  section: string;
}

/** The published articles, read from content/ the same way the checker reads them. */
export function publishedArticles(): PublishedArticle[] {
  return loadContent(projectRoot)
    .filter((e) => e.collection === 'articles' && !(e.data as { draft?: boolean }).draft)
    .map((e) => ({ id: e.id, url: articleUrl(e.id), title: String((e.data as { title: string }).title), section: e.id.split('/')[0] }));
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
    claims: '/claims/',
    search: '/search/',
    about: '/about/',
    notFound: '/this-page-does-not-exist/',
  };
}
