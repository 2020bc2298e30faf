import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sourcePageUrl } from '../../src/config/routes';

// collections.ts joins Astro's collections with the content graph's virtual module; both are stood in for here,
// the way Starlight mocks astro:content.
const store = vi.hoisted(() => ({
  articles: [] as { id: string; data: { order: number; title: string; draft: boolean } }[],
  sources: [] as {
    id: string;
    data: { kind: string; date: string; title: string; short: string; publisher: string };
  }[],
}));
vi.mock('astro:content', () => ({
  getCollection: async (name: 'articles' | 'sources', filter?: (entry: unknown) => boolean) =>
    (store[name] as unknown[]).filter((entry) => (filter ? filter(entry) : true)),
  getEntries: async (refs: { id: string }[]) => refs.map((ref) => store.sources.find((s) => s.id === ref.id)),
}));
vi.mock('virtual:content-graph', () => ({
  default: {
    citations: { 'the-shift/a': ['memo', 'release', 'gone'] },
    words: { 'the-shift/a': 440 },
    sourcePages: [
      {
        group: 'primary',
        number: 1,
        of: 1,
        url: sourcePageUrl('primary', 1),
        sources: [{ id: 'release', citedBy: ['the-shift/a'] }],
      },
      {
        group: 'secondary',
        number: 1,
        of: 1,
        url: sourcePageUrl('secondary', 1),
        sources: [{ id: 'memo', citedBy: ['the-shift/a'] }],
      },
    ],
  },
}));

const { getArticleSources, getPublishedArticles, getSourceLinks, getSourcePages, getWordCount } =
  await import('../../src/lib/collections');

beforeEach(() => {
  store.articles = [
    { id: 'whats-next/z', data: { order: 1, title: 'Z', draft: false } },
    { id: 'the-shift/draft', data: { order: 1, title: 'Draft', draft: true } },
    { id: 'the-shift/a', data: { order: 2, title: 'A', draft: false } },
  ];
  store.sources = [
    {
      id: 'release',
      data: {
        kind: 'rule-release',
        date: '2022-01-26',
        title: 'The release',
        short: 'Proposing release',
        publisher: 'SEC',
      },
    },
    {
      id: 'memo',
      data: { kind: 'law-firm-memo', date: '2022-02', title: 'A memo', short: 'Memo on it', publisher: 'A firm' },
    },
  ];
});

describe('collections', () => {
  it('lists published articles in reading order, without drafts in a build and with them in dev', async () => {
    vi.stubEnv('DEV', false);
    expect((await getPublishedArticles()).map((a) => a.id)).toEqual(['the-shift/a', 'whats-next/z']);
    vi.stubEnv('DEV', true);
    expect((await getPublishedArticles()).map((a) => a.id)).toEqual(['the-shift/draft', 'the-shift/a', 'whats-next/z']);
    vi.unstubAllEnvs();
  });

  it('gives an article its sources in the order the text first cites them, skipping unknown ids', async () => {
    expect((await getArticleSources('the-shift/a')).map((s) => s.id)).toEqual(['memo', 'release']);
    expect(await getArticleSources('the-shift/uncited')).toEqual([]);
    expect(getWordCount('the-shift/a')).toBe(440);
  });

  it('fills the graph’s source pages with each source’s data', async () => {
    const pages = await getSourcePages();
    expect(pages.map((p) => [p.url, p.sources.map((s) => [s.id, s.kind, s.citedBy])])).toEqual([
      ['/sources/primary/', [['release', 'rule-release', ['the-shift/a']]]],
      ['/sources/secondary/', [['memo', 'law-firm-memo', ['the-shift/a']]]],
    ]);
  });

  it('links each source to its entry in the source list by short title, publisher and date', async () => {
    expect(Object.fromEntries(await getSourceLinks())).toEqual({
      release: { href: '/sources/primary/#release', text: 'Proposing release, SEC, 26 January 2022' },
      memo: { href: '/sources/secondary/#memo', text: 'Memo on it, A firm, February 2022' },
    });
  });
});
