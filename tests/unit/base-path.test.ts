import { afterEach, describe, expect, it, vi } from 'vitest';

/** routes.ts and site.ts read SITE_URL when first imported: import fresh copies under a given address. */
async function underAddress(siteUrl: string) {
  vi.stubEnv('SITE_URL', siteUrl);
  vi.resetModules();
  const routes = await import('../../src/config/routes');
  const { site } = await import('../../src/config/site');
  const { remarkBaseLinks } = await import('../../src/integrations/remark-base-links');
  return { ...routes, site, remarkBaseLinks };
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('the base path, from SITE_URL', () => {
  it('is the path of a GitHub Pages project address, with or without its final slash', async () => {
    expect((await underAddress('https://owner.github.io/exchange-rule/')).site.base).toBe('/exchange-rule/');
    const { site } = await underAddress('https://owner.github.io/exchange-rule');
    expect(site.base).toBe('/exchange-rule/');
    expect(site.url).toBe('https://owner.github.io/exchange-rule/');
  });

  it('is / at a domain root, where site paths are left as they are', async () => {
    const { site, withBase, absoluteUrl } = await underAddress('https://rule.example.org');
    expect(site.base).toBe('/');
    expect(withBase('/timeline/')).toBe('/timeline/');
    expect(absoluteUrl('/timeline/')).toBe('https://rule.example.org/timeline/');
  });

  it('goes in front of site paths only, and comes off again', async () => {
    const { withBase, withoutBase, absoluteUrl, pages, glossaryEntryUrl } = await underAddress(
      'https://owner.github.io/exchange-rule/',
    );
    expect(withBase(pages.home)).toBe('/exchange-rule/');
    expect(withBase(glossaryEntryUrl('ats'))).toBe('/exchange-rule/glossary/#ats');
    for (const other of ['https://www.sec.gov/', '#sources', '//cdn.example/x.js', 'mailto:a@b.example'])
      expect(withBase(other)).toBe(other);
    expect(withoutBase('/exchange-rule/timeline/2/')).toBe('/timeline/2/');
    expect(withoutBase(withBase(pages.timeline))).toBe(pages.timeline);
    expect(absoluteUrl(pages.rss)).toBe('https://owner.github.io/exchange-rule/rss.xml');
  });

  it('is added to the links, link definitions and images contributors write in articles, not to others', async () => {
    const { remarkBaseLinks } = await underAddress('https://owner.github.io/exchange-rule/');
    const tree = {
      type: 'root',
      children: [
        { type: 'link', url: '/the-proposal/some-article/#a-heading', children: [] },
        { type: 'definition', url: '/timeline/', identifier: 't' },
        { type: 'image', url: '/favicon.svg' },
        { type: 'link', url: 'https://www.federalregister.gov/', children: [] },
        { type: 'link', url: '#sources', children: [] },
      ],
    };
    remarkBaseLinks()(tree);
    expect(tree.children.map((n) => n.url)).toEqual([
      '/exchange-rule/the-proposal/some-article/#a-heading',
      '/exchange-rule/timeline/',
      '/exchange-rule/favicon.svg',
      'https://www.federalregister.gov/',
      '#sources',
    ]);
  });
});
