import { timelinePageUrl } from '../config/routes';
import { paginate } from './paginate';

/**
 * How many events one page of the timeline holds. About 370 bytes gzip an event: 25 keep a page near 13 KB first
 * view, within the 15.5 KB budget however long the story grows.
 */
export const TIMELINE_PAGE_SIZE = 25;

export interface TimelinePage {
  /** 1-based. */
  number: number;
  of: number;
  url: string;
  /** Event ids on this page, by date. */
  ids: string[];
}

/** Cuts the events (ids in date order) into consecutive pages: the one place that decides where an event is listed. */
export function paginateTimeline(ids: readonly string[], size = TIMELINE_PAGE_SIZE): TimelinePage[] {
  return paginate(ids, size, timelinePageUrl).map(({ items, ...page }) => ({ ...page, ids: items }));
}

/** Each event's address: the page it is on and its anchor, `/timeline/2/#2025-06-12-…`. */
export function timelineEntryUrls(pages: readonly TimelinePage[]): Map<string, string> {
  return new Map(pages.flatMap((page) => page.ids.map((id) => [id, `${page.url}#${id}`] as const)));
}
