import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/config/site';
import { attr, builtPages, byTag, checkAddresses, dist, elements, type BuiltPage } from '../helpers/built-site';
import { projectRoot } from '../../scripts/lib/site-copy';

const pages = builtPages();

const meta = (page: BuiltPage, name: string) =>
  attr(
    elements(page.tree, (el) => el.tagName === 'meta' && attr(el, 'name') === name)[0] ?? {
      type: 'element',
      tagName: 'x',
      properties: {},
      children: [],
    },
    'content',
  );

describe('every built page', () => {
  it('is valid HTML', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        // Astro's output formatting, not errors a reader meets:
        'no-trailing-whitespace': 'off',
        'attribute-boolean-style': 'off',
        'void-style': 'off',
        'no-inline-style': 'error',
        // The <kbd>/</kbd> hint and typographic quotes are intended.
        'no-raw-characters': 'off',
        // HTML5 allows ids that start with a digit; timeline anchors are dates (#2025-06-12-…).
        'valid-id': ['error', { relaxed: true }],
        // A precise article title matters more than the 70-character search-snippet guideline.
        'long-title': 'off',
      },
    });
    const failures: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(page.html, page.url);
      for (const result of report.results)
        for (const m of result.messages) failures.push(`${page.url}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(failures).toEqual([]);
  });

  it('has one h1, a lang, a canonical URL, and a unique title and description', () => {
    const titles = new Map<string, string>();
    const descriptions = new Map<string, string>();
    for (const page of pages) {
      expect(elements(page.tree, byTag('h1')), page.url).toHaveLength(1);
      expect(attr(elements(page.tree, byTag('html'))[0], 'lang'), page.url).toBe('en');
      const canonical = elements(page.tree, (el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical');
      expect(canonical, page.url).toHaveLength(1);
      const title = elements(page.tree, byTag('title'))[0];
      const text = String((title?.children[0] as { value?: string })?.value ?? '');
      const description = meta(page, 'description') ?? '';
      expect(text.length, page.url).toBeGreaterThan(0);
      expect(description.length, page.url).toBeGreaterThan(40);
      expect(titles.get(text), `${page.url} repeats the title of ${titles.get(text)}`).toBeUndefined();
      expect(
        descriptions.get(description),
        `${page.url} repeats the description of ${descriptions.get(description)}`,
      ).toBeUndefined();
      titles.set(text, page.url);
      descriptions.set(description, page.url);
    }
  });

  it('carries the Content-Security-Policy and no inline script', () => {
    for (const page of pages) {
      const csp = elements(
        page.tree,
        (el) => el.tagName === 'meta' && attr(el, 'httpEquiv') === 'Content-Security-Policy',
      );
      expect(
        csp.map((el) => attr(el, 'content')),
        page.url,
      ).toEqual([contentSecurityPolicy]);
      const inline = elements(
        page.tree,
        (el) => el.tagName === 'script' && attr(el, 'src') === undefined && attr(el, 'type') !== 'application/ld+json',
      );
      expect(inline, page.url).toEqual([]);
      expect(
        elements(page.tree, (el) => el.tagName === 'style'),
        page.url,
      ).toEqual([]);
    }
  });
});

describe('links', () => {
  it('resolve: every internal link, stylesheet, script, image and #anchor on every page points at something that exists', () => {
    const { broken, external } = checkAddresses(pages, { dist, base: '/' });
    // For an optional online check (never run in tests: there is no internet here).
    mkdirSync(join(projectRoot, 'reports'), { recursive: true });
    writeFileSync(join(projectRoot, 'reports/external-links.txt'), `${[...external].sort().join('\n')}\n`);
    expect(broken).toEqual([]);
    expect(external.size).toBeGreaterThan(40);
  });
});
