import { describe, expect, it } from 'vitest';
import { lastChanged, lastUpdated, newestFirst, recentlyUpdated } from '../../src/lib/updates';

const day = (text: string) => new Date(`${text}T00:00:00Z`);
const item = (title: string, published: string, ...updates: string[]) => ({
  data: { title, published: day(published), updates: updates.map((d) => ({ date: day(d), note: `changed on ${d}` })) },
});

describe('newestFirst and lastUpdated', () => {
  it('orders an article’s updates newest first, whatever order the frontmatter lists them in', () => {
    const article = item('a', '2024-01-01', '2024-03-01', '2025-06-01', '2024-09-01');
    expect(newestFirst(article.data.updates).map((u) => u.note)).toEqual([
      'changed on 2025-06-01',
      'changed on 2024-09-01',
      'changed on 2024-03-01',
    ]);
    expect(lastUpdated(article)).toEqual(day('2025-06-01'));
    expect(lastChanged(article)).toEqual(day('2025-06-01'));
  });

  it('falls back to the publication day when there is no update', () => {
    const article = item('a', '2024-01-01');
    expect(lastUpdated(article)).toBeUndefined();
    expect(lastChanged(article)).toEqual(day('2024-01-01'));
  });
});

describe('recentlyUpdated', () => {
  it('lists the most recently changed articles first', () => {
    const items = [item('old', '2025-01-01'), item('revised', '2024-01-01', '2026-02-01'), item('new', '2026-01-01')];
    expect(recentlyUpdated(items, 2).map((i) => i.data.title)).toEqual(['revised', 'new']);
  });
});
