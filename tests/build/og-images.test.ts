import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/site-copy';
import { withoutBase } from '../../src/config/routes';
import { site } from '../../src/config/site';
import { buildContentGraph } from '../../src/lib/content/graph';
import { ogFonts } from '../../src/lib/og-fonts';
import { renderOgImage } from '../../src/lib/og-render';
import { pageCards } from '../../src/lib/page-cards';
import { attr, builtPages, byTag, dist, elements, textOf, type BuiltPage } from '../helpers/built-site';

const pages = builtPages();

/** A <meta property> or <meta name> of a page; undefined when absent. */
const meta = (page: BuiltPage, key: string) => {
  const found = elements(
    page.tree,
    (el) => el.tagName === 'meta' && (attr(el, 'property') === key || attr(el, 'name') === key),
  );
  return found.length === 1 ? attr(found[0], 'content') : undefined;
};

/** What the page calls itself: its <title> without the site's name after the " · ". */
const titleOf = (page: BuiltPage) => {
  const title = textOf(elements(page.tree, byTag('title'))[0]);
  return title === site.title ? title : title.slice(0, title.lastIndexOf(` · ${site.shortTitle}`));
};

/** The file in dist/ an absolute URL of this site points at. */
const fileOf = (url: string) => {
  expect(url.startsWith(site.url), `${url} is not under ${site.url}`).toBe(true);
  return join(dist, withoutBase(new URL(url).pathname));
};

describe('Open Graph images', () => {
  it('every page has a 1200×630 PNG as og:image, with its title as og:image:alt and og:title', async () => {
    expect(pages.length).toBeGreaterThan(60);
    for (const page of pages) {
      const title = titleOf(page);
      expect(title.length, page.url).toBeGreaterThan(0);
      expect(meta(page, 'og:image:alt'), page.url).toBe(title);
      expect(meta(page, 'og:title'), page.url).toBe(title);
      const image = meta(page, 'og:image');
      expect(image, page.url).toMatch(/^https:\/\/.+\.png$/);
      const file = fileOf(image!);
      expect(existsSync(file), `${page.url}: ${file}`).toBe(true);
      const { format, width, height } = await sharp(file).metadata();
      expect({ format, width, height }, page.url).toEqual({ format: 'png', width: 1200, height: 630 });
      expect([meta(page, 'og:image:width'), meta(page, 'og:image:height')], page.url).toEqual(['1200', '630']);
      expect(meta(page, 'twitter:card'), page.url).toBe('summary_large_image');
    }
  });

  it('every page has og:url (its canonical address), og:description and og:type', () => {
    const articles = new Set(buildContentGraph(projectRoot).published.map((a) => a.url));
    for (const page of pages) {
      const canonical = attr(
        elements(page.tree, (el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical')[0],
        'href',
      );
      expect(meta(page, 'og:url'), page.url).toBe(canonical);
      expect(meta(page, 'og:description'), page.url).toBe(meta(page, 'description'));
      expect(meta(page, 'og:type'), page.url).toBe(articles.has(page.url) ? 'article' : 'website');
    }
  });

  it('gives each page its own image, and writes no image that no page uses', () => {
    const used = pages.map((page) => fileOf(meta(page, 'og:image')!));
    expect(new Set(used).size).toBe(pages.length);
    const written = readdirSync(join(dist, 'og'), { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => join(d.parentPath, d.name));
    expect(written.sort()).toEqual([...used].sort());
  });

  it('built the same bytes the renderer gives for the page’s card', async () => {
    const graph = buildContentGraph(projectRoot);
    const article = graph.published[0];
    const page = pages.find((p) => p.url === article.url)!;
    const built = readFileSync(fileOf(meta(page, 'og:image')!));
    const rendered = await renderOgImage(pageCards(graph)[article.url], site.title, ogFonts);
    const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
    expect(sha(built)).toBe(sha(rendered));
  });
});
