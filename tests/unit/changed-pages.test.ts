import { describe, expect, it } from 'vitest';
import { argumentUrl, pages } from '../../src/config/routes';
import { buildContentGraph } from '../../src/lib/content/graph';
import { pagesForChangedFiles } from '../../scripts/lib/changed-pages';
import { projectRoot } from '../../scripts/lib/site-copy';

const graph = buildContentGraph(projectRoot);

describe('pagesForChangedFiles', () => {
  it('maps each changed content file to the pages that show it', () => {
    const article = graph.published[0];
    const source = [...graph.sources.keys()][0];
    const event = graph.timeline.at(-1)!;
    const argument = graph.arguments[0];
    const touched = pagesForChangedFiles(
      [
        article.file,
        `content/sources/${source}.yaml`,
        event.file,
        argument.file,
        'content/glossary/dao.yaml',
        'README.md',
      ],
      graph,
    );
    expect(touched.all).toBe(false);
    const urls = touched.all ? [] : touched.pages;
    expect(urls).toEqual(
      expect.arrayContaining([
        article.url,
        `/${article.section}/`,
        pages.home,
        graph.changesPages.find((p) => p.changes.some((c) => c.articleId === article.id))!.url,
        graph.sourceEntryUrls.get(source)!.split('#')[0],
        pages.sources,
        graph.timelineEntryUrls.get(event.id)!.split('#')[0],
        argumentUrl(argument.id),
        pages.ledger,
        pages.glossary,
      ]),
    );
  });

  it('says every page may have changed when the site’s own code did', () => {
    expect(pagesForChangedFiles(['src/components/SiteFooter.astro'], graph)).toEqual({ all: true });
    expect(pagesForChangedFiles(['package-lock.json'], graph)).toEqual({ all: true });
    expect(pagesForChangedFiles(['docs/decisions/0001-stack.md'], graph)).toEqual({ all: false, pages: [] });
  });
});
