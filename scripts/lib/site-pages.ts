import { pages, sectionUrl, sourcePageUrl } from '../../src/config/routes.ts';
import { buildContentGraph } from '../../src/lib/content/graph.ts';
import { projectRoot } from './site-copy.ts';

export interface PublishedArticle {
  id: string;
  url: string;
  title: string;
  section: string;
}

/** The published articles in reading order, from the content graph the build itself uses. */
export function publishedArticles(): PublishedArticle[] {
  return buildContentGraph(projectRoot).published.map((a) => ({
    id: a.id,
    url: a.url,
    title: a.data.title,
    section: a.section,
  }));
}

/** One page of every type a reader can meet. */
export function pageTypes(): Record<string, string> {
  const article = publishedArticles()[0];
  return {
    home: pages.home,
    section: sectionUrl(article.section),
    article: article.url,
    timeline: pages.timeline,
    glossary: pages.glossary,
    sources: pages.sources,
    sourceList: sourcePageUrl('primary', 1),
    claims: pages.claims,
    search: pages.search,
    about: pages.about,
    changes: pages.changes,
    ledger: pages.ledger,
    examples: pages.examples,
    redline: pages.ruleRedline,
    openQuestions: pages.openQuestions,
    notFound: '/this-page-does-not-exist/',
  };
}
