import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { site } from '../config/site';
import { articleUrl } from '../config/routes';
import { getPublishedArticles } from '../lib/collections';
import { lastChanged, recentlyUpdated } from '../lib/updates';

export async function GET(context: APIContext) {
  const articles = recentlyUpdated(await getPublishedArticles(), 50);
  return rss({
    title: site.title,
    description: site.description,
    site: context.site ?? site.url,
    items: articles.map((article) => ({
      title: article.data.title,
      description: article.data.description,
      link: articleUrl(article.id),
      pubDate: lastChanged(article),
    })),
  });
}
