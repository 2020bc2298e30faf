import rss from '@astrojs/rss';
import graph from 'virtual:content-graph';
import { absoluteUrl, pages } from '../config/routes';
import { site } from '../config/site';
import { CHANGES_FEED_SIZE, changeTitle } from '../lib/changes';

/** The changes feed: the newest new articles and updates, each linking to where it is read. */
export function GET() {
  const changes = graph.changesPages.flatMap((page) => page.changes).slice(0, CHANGES_FEED_SIZE);
  return rss({
    title: `${site.title}: what changed`,
    description: 'New articles and substantive updates to existing ones, each with its date and what changed.',
    site: absoluteUrl(pages.changes),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${site.lang}</language><atom:link href="${absoluteUrl(pages.changesFeed)}" rel="self" type="application/rss+xml"/>`,
    items: changes.map((change) => ({
      title: changeTitle(change),
      description: change.note,
      link: absoluteUrl(change.url),
      pubDate: new Date(`${change.day}T00:00:00Z`),
    })),
  });
}
