/**
 * Which built pages a set of changed files touches, so a pull request's summary can show their weight. A change
 * to content maps to the pages that show it; a change to the site's own code or styles can touch any page.
 */
import { argumentUrl, exampleUrl, feeds, fixedPages, pages, sectionUrl } from '../../src/config/routes.ts';
import type { ContentGraph } from '../../src/lib/content/graph.ts';

export type ChangedPages = { all: true } | { all: false; pages: string[] };

const siteCode = /^(src|public)\/|^(astro|tailwind)\.config\.mjs$|^package(-lock)?\.json$/;

export function pagesForChangedFiles(files: readonly string[], graph: ContentGraph): ChangedPages {
  if (files.some((file) => siteCode.test(file))) return { all: true };
  const found = new Set<string>();
  for (const file of files) {
    const entry = graph.entries.find((e) => e.file === file);
    if (!entry) continue;
    const add = (...urls: (string | undefined)[]) => urls.forEach((url) => url && found.add(url.split('#')[0]));
    switch (entry.collection) {
      case 'articles': {
        const article = graph.readable.find((a) => a.id === entry.id);
        const listedOn = graph.changesPages.find((p) => p.changes.some((c) => c.articleId === entry.id))?.url;
        add(article?.url, article && sectionUrl(article.url.split('/')[1]), pages.home, listedOn);
        break;
      }
      case 'sources':
        add(graph.sourceEntryUrls.get(entry.id), pages.sources);
        break;
      case 'timeline':
        add(graph.timelineEntryUrls.get(entry.id), pages.home);
        break;
      case 'glossary':
        add(pages.glossary);
        break;
      case 'claims':
        add(pages.claims);
        break;
      case 'arguments':
        add(argumentUrl(entry.id), pages.ledger);
        break;
      case 'examples':
        add(exampleUrl(entry.id), pages.examples);
        break;
      case 'rule-text':
        add(pages.ruleRedline);
        break;
    }
  }
  return {
    all: false,
    pages: [...found]
      .filter((url) => !feeds.includes(url))
      .sort((a, b) => Number(fixedPages.includes(b)) - Number(fixedPages.includes(a)) || a.localeCompare(b)),
  };
}
