import { articleUrl, changesPageUrl, updateId } from '../config/routes';
import { isoDay } from './dates';
import type { ArticleUpdate } from './updates';
import { paginate } from './paginate';

/** One line of /changes/ and one item of /changes.xml: an article appeared, or changed in substance. */
export interface Change {
  kind: 'published' | 'updated';
  /** The day, YYYY-MM-DD. */
  day: string;
  articleId: string;
  title: string;
  /** Where the change is read: the article, or its update in the article's history (`…/#update-2026-12-02`). */
  url: string;
  /** What changed: the update's note, or for a new article its description. */
  note: string;
}

export interface ChangeSource {
  id: string;
  data: { title: string; description: string; published: Date; updates: readonly ArticleUpdate[] };
}

/** How a change is named in the feed: "New article: …" or "Updated: …". */
export const changeTitle = (change: Change) =>
  `${change.kind === 'published' ? 'New article' : 'Updated'}: ${change.title}`;

/** How many of the newest changes the feed carries. */
export const CHANGES_FEED_SIZE = 50;

const kindRank = { updated: 0, published: 1 } as const;

/**
 * Every publication and update of the given (published) articles, newest first. On the same day an update is
 * listed before a publication (it came after it), then by title, so two pull requests never reorder each other.
 */
export function listChanges(articles: readonly ChangeSource[]): Change[] {
  const changes = articles.flatMap(({ id, data }): Change[] => [
    {
      kind: 'published',
      day: isoDay(data.published),
      articleId: id,
      title: data.title,
      url: articleUrl(id),
      note: data.description,
    },
    ...data.updates.map((u): Change => {
      const day = isoDay(u.date);
      return {
        kind: 'updated',
        day,
        articleId: id,
        title: data.title,
        url: `${articleUrl(id)}#${updateId(day)}`,
        note: u.note,
      };
    }),
  ]);
  return changes.sort(
    (a, b) => b.day.localeCompare(a.day) || kindRank[a.kind] - kindRank[b.kind] || a.title.localeCompare(b.title),
  );
}

/**
 * How many changes one page of /changes/ lists. A change with its note is about 200 bytes gzip: 30 keep a page
 * near 12 KB first view, within the 15.5 KB budget however long the history grows.
 */
export const CHANGES_PAGE_SIZE = 30;

export interface ChangesPage {
  /** 1-based; page 1 holds the newest changes. */
  number: number;
  of: number;
  url: string;
  changes: Change[];
}

/** Cuts the changes (newest first) into consecutive pages. */
export function paginateChanges(changes: readonly Change[], size = CHANGES_PAGE_SIZE): ChangesPage[] {
  return paginate(changes, size, changesPageUrl).map(({ items, ...page }) => ({ ...page, changes: items }));
}

/** Consecutive changes of the same month, in the order given: `[{ month: '2026-12', changes }]`. */
export function groupByMonth(changes: readonly Change[]): { month: string; changes: Change[] }[] {
  const groups: { month: string; changes: Change[] }[] = [];
  for (const change of changes) {
    const month = change.day.slice(0, 7);
    const last = groups.at(-1);
    if (last?.month === month) last.changes.push(change);
    else groups.push({ month, changes: [change] });
  }
  return groups;
}
