import { describe, expect, it } from 'vitest';
import { changesPageUrl } from '../../src/config/routes';
import { changeTitle, groupByMonth, listChanges, paginateChanges, type ChangeSource } from '../../src/lib/changes';

const day = (text: string) => new Date(`${text}T00:00:00Z`);
const article = (id: string, title: string, published: string, ...updates: [string, string][]): ChangeSource => ({
  id,
  data: {
    title,
    description: `About ${title}.`,
    published: day(published),
    updates: updates.map(([date, note]) => ({ date: day(date), note })),
  },
});

describe('listChanges', () => {
  const articles = [
    article(
      'the-shift/b',
      'Beta',
      '2026-01-10',
      ['2026-03-01', 'Added the ruling'],
      ['2026-02-01', 'Corrected a date'],
    ),
    article('the-proposal/a', 'Alpha', '2026-02-01'),
    article('whats-next/c', 'Gamma', '2026-03-01'),
  ];

  it('lists every publication and every update, newest first', () => {
    expect(listChanges(articles).map((c) => [c.day, c.kind, c.title])).toEqual([
      ['2026-03-01', 'updated', 'Beta'],
      ['2026-03-01', 'published', 'Gamma'],
      ['2026-02-01', 'updated', 'Beta'],
      ['2026-02-01', 'published', 'Alpha'],
      ['2026-01-10', 'published', 'Beta'],
    ]);
  });

  it('notes a publication with the description and an update with its note, each linked where it is read', () => {
    const [update, published] = listChanges(articles);
    expect(update).toEqual({
      kind: 'updated',
      day: '2026-03-01',
      articleId: 'the-shift/b',
      title: 'Beta',
      url: '/the-shift/b/#update-2026-03-01',
      note: 'Added the ruling',
    });
    expect(published).toMatchObject({ url: '/whats-next/c/', note: 'About Gamma.' });
    expect(changeTitle(update)).toBe('Updated: Beta');
    expect(changeTitle(published)).toBe('New article: Gamma');
  });

  it('orders ties on one day by title, whatever order the articles come in', () => {
    const same = [article('the-shift/z', 'Zeta', '2026-01-01'), article('the-shift/e', 'Eta', '2026-01-01')];
    expect(listChanges(same).map((c) => c.title)).toEqual(['Eta', 'Zeta']);
    expect(listChanges([...same].reverse())).toEqual(listChanges(same));
  });

  it('lists nothing for no articles', () => {
    expect(listChanges([])).toEqual([]);
  });
});

describe('paginateChanges', () => {
  const changes = listChanges(
    Array.from({ length: 7 }, (_, i) => article(`the-shift/a${i}`, `Article ${i}`, `2026-01-0${i + 1}`)),
  );

  it('cuts the list into pages in order, the newest on the first', () => {
    const pages = paginateChanges(changes, 3);
    expect(pages.map((p) => [p.number, p.of, p.url, p.changes.length])).toEqual([
      [1, 3, changesPageUrl(1), 3],
      [2, 3, changesPageUrl(2), 3],
      [3, 3, changesPageUrl(3), 1],
    ]);
    expect(pages.flatMap((p) => p.changes)).toEqual(changes);
    expect(pages[0].url).toBe('/changes/');
    expect(pages[1].url).toBe('/changes/2/');
  });

  it('always has a first page, even with nothing to list', () => {
    expect(paginateChanges([])).toEqual([{ number: 1, of: 1, url: '/changes/', changes: [] }]);
  });
});

describe('groupByMonth', () => {
  it('groups consecutive changes of one month under it, keeping their order', () => {
    const changes = listChanges([
      article('the-shift/a', 'A', '2026-01-31', ['2026-02-01', 'x']),
      article('the-shift/b', 'B', '2025-12-31'),
    ]);
    expect(groupByMonth(changes).map((g) => [g.month, g.changes.map((c) => c.day)])).toEqual([
      ['2026-02', ['2026-02-01']],
      ['2026-01', ['2026-01-31']],
      ['2025-12', ['2025-12-31']],
    ]);
  });
});
