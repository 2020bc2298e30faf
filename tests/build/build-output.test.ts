import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { absoluteUrl, fixedPages, pages, sectionUrl, withoutBase } from '../../src/config/routes';
import { sections, site } from '../../src/config/site';
import { projectRoot } from '../../scripts/lib/site-copy';
import { publishedArticles } from '../../scripts/lib/site-pages';

const dist = join(projectRoot, 'dist');
const html = (url: string) => readFileSync(join(dist, url, 'index.html'), 'utf8');
/** How Astro writes text into HTML. */
const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

describe('the build', () => {
  it('turns every published article into a page with its title, sources and search markup', () => {
    const articles = publishedArticles();
    expect(articles.length).toBeGreaterThanOrEqual(sections.length);
    for (const article of articles) {
      const page = html(article.url);
      expect(page, article.url).toContain('data-pagefind-body');
      expect(page, article.url).toContain('id="sources"');
      const h1 = [...page.matchAll(/<h1[^>]*>([\s\S]*?)<\/h1>/g)].map((m) => m[1].trim());
      expect(h1, article.url).toEqual([escapeHtml(article.title)]);
    }
  });

  it('gives every section a page listing exactly its articles, in the reading order computed from content', () => {
    for (const section of sections) {
      const page = html(sectionUrl(section.id));
      const expected = publishedArticles()
        .filter((a) => a.section === section.id)
        .map((a) => a.url);
      expect(expected.length, `${section.id} has no articles`).toBeGreaterThan(0);
      // Links to this section's articles, in page order, each counted once where it first appears.
      const linked = [...page.matchAll(/href="(\/[a-z-]+\/[a-z0-9-]+\/)"/g)]
        .map((m) => m[1])
        .filter((url) => url.startsWith(sectionUrl(section.id)) && !fixedPages.includes(url));
      expect([...new Set(linked)], section.id).toEqual(expected);
    }
  });

  it('writes the search index, the sitemap and the RSS feed', () => {
    expect(existsSync(join(dist, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(join(dist, 'pagefind/pagefind-highlight.js'))).toBe(true);
    expect(existsSync(join(dist, 'pagefind/pagefind-ui.js'))).toBe(false);
    expect(existsSync(join(dist, 'sitemap-index.xml'))).toBe(true);
    // robots.txt announces the sitemap by its absolute address on the published site.
    const sitemap = /^Sitemap: (.+)$/m.exec(readFileSync(join(dist, 'robots.txt'), 'utf8'))?.[1] ?? '';
    expect(sitemap.startsWith(site.url), sitemap).toBe(true);
    expect(existsSync(join(dist, withoutBase(new URL(sitemap).pathname)))).toBe(true);
    const rss = readFileSync(join(dist, 'rss.xml'), 'utf8');
    for (const article of publishedArticles()) expect(rss).toContain(absoluteUrl(article.url));
    expect(rss).toContain(`<atom:link href="${absoluteUrl(pages.rss)}" rel="self" type="application/rss+xml"/>`);
  });
});
