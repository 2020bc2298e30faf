import { describe, expect, it } from 'vitest';
import { paginateTimeline, timelineEntryUrls } from '../../src/lib/timeline';

describe('timeline pages', () => {
  const ids = Array.from({ length: 7 }, (_, i) => `2020-01-0${i + 1}-event`);

  it('cuts the events into pages of the given size, in order, the first at /timeline/', () => {
    const pages = paginateTimeline(ids, 3);
    expect(pages.map((p) => [p.url, p.ids.length, p.of])).toEqual([
      ['/timeline/', 3, 3],
      ['/timeline/2/', 3, 3],
      ['/timeline/3/', 1, 3],
    ]);
    expect(pages.flatMap((p) => p.ids)).toEqual(ids);
  });

  it('gives each event the address of the page it is on', () => {
    const urls = timelineEntryUrls(paginateTimeline(ids, 3));
    expect(urls.get(ids[0])).toBe(`/timeline/#${ids[0]}`);
    expect(urls.get(ids[6])).toBe(`/timeline/3/#${ids[6]}`);
  });

  it('always has a first page, even with no events', () => {
    expect(paginateTimeline([])).toEqual([{ number: 1, of: 1, url: '/timeline/', ids: [] }]);
  });
});
