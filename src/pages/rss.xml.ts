import rss from '@astrojs/rss';
import { site } from '../config/site';
import { absoluteUrl, articleUrl } from '../config/routes';
import { getPublishedArticles } from '../lib/collections';
import { lastChanged, recentlyUpdated } from '../lib/updates';

export async function GET() {
  const articles = recentlyUpdated(await getPublishedArticles(), 50);
  return rss({
    title: site.title,
    description: site.description,
    site: site.url,
    items: articles.map((article) => ({
      title: article.data.title,
      description: article.data.description,
      link: absoluteUrl(articleUrl(article.id)),
      pubDate: lastChanged(article),
    })),
  });
}
