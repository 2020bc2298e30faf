import { buildContentGraph } from '../../src/lib/content/graph';
import { projectRoot } from './site-copy';

export interface PublishedArticle {
  id: string;
  url: string;
  title: string;
  section: string;
}

/** The published articles in reading order, from the content graph the build itself uses. */
export function publishedArticles(): PublishedArticle[] {
  return buildContentGraph(projectRoot).published.map((a) => ({ id: a.id, url: a.url, title: a.data.title, section: a.section }));
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
