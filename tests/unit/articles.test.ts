import { describe, expect, it } from 'vitest';
import { articleUrl, parseArticleId } from '../../src/config/routes';
import { articlesInSection, getNeighbours, isPublished, sortArticles } from '../../src/lib/articles';

const article = (id: string, order: number, title = id, draft = false) => ({ id, data: { order, title, draft } });
const articles = [
  article('whats-next/b', 1),
  article('the-proposal/second', 2),
  article('the-shift/a', 1),
  article('the-proposal/first', 1),
];

describe('articles', () => {
  it('splits ids into section and slug and builds the URL', () => {
    expect(parseArticleId('the-proposal/first')).toEqual({ section: 'the-proposal', slug: 'first' });
    expect(articleUrl('the-proposal/first')).toBe('/the-proposal/first/');
  });

  it('orders by section as configured, then by order', () => {
    expect(sortArticles(articles).map((a) => a.id)).toEqual([
      'the-proposal/first',
      'the-proposal/second',
      'the-shift/a',
      'whats-next/b',
    ]);
    expect(articlesInSection(articles, 'the-proposal').map((a) => a.id)).toEqual([
      'the-proposal/first',
      'the-proposal/second',
    ]);
  });

  it('lists articles that share a position by title, so two additions "at the end" never collide', () => {
    const tied = [
      article('the-shift/zebra', 3, 'Zebra crossing'),
      article('the-shift/apple', 3, 'Apple pie'),
      article('the-shift/first', 1),
    ];
    expect(sortArticles(tied).map((a) => a.id)).toEqual(['the-shift/first', 'the-shift/apple', 'the-shift/zebra']);
  });

  it('links each article to its neighbours across sections', () => {
    const { prev, next } = getNeighbours(articles, 'the-proposal/second');
    expect(prev?.id).toBe('the-proposal/first');
    expect(next?.id).toBe('the-shift/a');
    expect(getNeighbours(articles, 'the-proposal/first').prev).toBeUndefined();
  });

  it('hides drafts from builds but not from the dev server', () => {
    const draft = article('the-shift/draft', 9, 'Draft', true);
    expect(isPublished(draft, false)).toBe(false);
    expect(isPublished(draft, true)).toBe(true);
  });
});
