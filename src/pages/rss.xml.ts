import rss from '@astrojs/rss';
import { site } from '../config/site';
import { absoluteUrl, articleUrl, pages } from '../config/routes';
import { getPublishedArticles } from '../lib/collections';
import { lastChanged, recentlyUpdated } from '../lib/updates';

export async function GET() {
  const articles = recentlyUpdated(await getPublishedArticles(), 50);
  return rss({
    title: site.title,
    description: site.description,
    site: site.url,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${site.lang}</language><atom:link href="${absoluteUrl(pages.rss)}" rel="self" type="application/rss+xml"/>`,
    items: articles.map((article) => ({
      title: article.data.title,
      description: article.data.description,
      link: absoluteUrl(articleUrl(article.id)),
      pubDate: lastChanged(article),
    })),
  });
}
