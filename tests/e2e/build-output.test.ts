import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sections } from '../../src/config/site';
import { projectRoot } from '../helpers/site-copy';
import { publishedArticles } from '../helpers/site-pages';

const dist = join(projectRoot, 'dist');
const html = (url: string) => readFileSync(join(dist, url, 'index.html'), 'utf8');

describe('the build', () => {
  it('turns every published article into a page with its title, sources and search markup', () => {
    const articles = publishedArticles();
    expect(articles.length).toBeGreaterThanOrEqual(sections.length);
    for (const article of articles) {
      const page = html(article.url);
      expect(page, article.url).toContain('data-pagefind-body');
      expect(page, article.url).toContain('id="sources"');
      expect(page, article.url).toMatch(/<h1[^>]*>([^<]*)<\/h1>/);
    }
  });

  it('gives every section a page listing its articles in order', () => {
    for (const section of sections) {
      const page = html(`/${section.id}/`);
      const links = [...page.matchAll(/href="(\/[a-z-]+\/[a-z0-9-]+\/)"/g)].map((m) => m[1]);
      const expected = publishedArticles().filter((a) => a.section === section.id).map((a) => a.url);
      expect(links.filter((l) => expected.includes(l)), section.id).toEqual(expected.length ? [...new Set(links.filter((l) => expected.includes(l)))] : []);
      expect(expected.length, `${section.id} has no articles`).toBeGreaterThan(0);
    }
  });

  it('writes the search index, the sitemap and the RSS feed', () => {
    expect(existsSync(join(dist, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(join(dist, 'pagefind/pagefind-highlight.js'))).toBe(true);
    expect(existsSync(join(dist, 'pagefind/pagefind-ui.js'))).toBe(false);
    expect(existsSync(join(dist, 'sitemap-index.xml'))).toBe(true);
    const rss = readFileSync(join(dist, 'rss.xml'), 'utf8');
    for (const article of publishedArticles()) expect(rss).toContain(article.url);
  });
});
