import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { articleUrl, pages, updateId, withBase, withoutBase } from '../../src/config/routes';
import { site } from '../../src/config/site';
import { buildContentGraph } from '../../src/lib/content/graph';
import { isoDay } from '../../src/lib/dates';
import { projectRoot } from '../../scripts/lib/site-copy';
import type { Element, Root } from 'hast';
import { attr, builtPages, byTag, dist, elements, textOf } from '../helpers/built-site';

// Expectations come from content/ (each published article's `published` and `updates`), never from the output.
const graph = buildContentGraph(projectRoot);
const expected = graph.published
  .flatMap((a) => [
    {
      day: isoDay(a.data.published),
      kind: 'New article',
      title: a.data.title,
      note: a.data.description,
      url: articleUrl(a.id),
    },
    ...a.data.updates.map((u) => ({
      day: isoDay(u.date),
      kind: 'Updated',
      title: a.data.title,
      note: u.note,
      url: `${articleUrl(a.id)}#${updateId(isoDay(u.date))}`,
    })),
  ])
  .sort((a, b) => b.day.localeCompare(a.day));
const within = (el: Element): Root => ({ type: 'root', children: [el] });
const key = (c: { day: string; kind: string; url: string }) => `${c.day} ${c.kind} ${c.url}`;

const built = new Map(builtPages().map((p) => [p.url, p]));
const idsOn = (url: string) =>
  new Set(elements(built.get(url)!.tree, (el) => el.properties?.id !== undefined).map((el) => attr(el, 'id')));

/** Does an address (absolute or a site path) name a built page, and the element its fragment names? */
function resolves(address: string): boolean {
  const url = new URL(address, site.url);
  const page = built.get(withoutBase(url.pathname));
  return Boolean(page) && (!url.hash || idsOn(page!.url).has(decodeURIComponent(url.hash.slice(1))));
}

describe('what changed', () => {
  it('has changes to list: every published article, plus at least one update', () => {
    expect(expected.length).toBeGreaterThan(graph.published.length);
  });

  it('lists on /changes/ (and its further pages) exactly the publications and updates in content, newest first', () => {
    const listed = graph.changesPages.flatMap((p) => {
      const page = built.get(p.url);
      expect(page, `${p.url} was not built`).toBeDefined();
      const main = elements(page!.tree, (el) => el.tagName === 'main')[0];
      return elements(within(main), (el) => el.tagName === 'li' && elements(within(el), byTag('time')).length > 0).map(
        (li) => {
          const time = elements(within(li), byTag('time'))[0];
          const link = elements(within(li), byTag('a'))[0];
          const text = textOf(li);
          return {
            day: attr(time, 'dateTime')!,
            kind: text.includes('· New article:') ? 'New article' : text.includes('· Updated:') ? 'Updated' : '?',
            url: withoutBase(attr(link, 'href')!),
            title: textOf(link).trim(),
            text,
          };
        },
      );
    });
    expect(listed.map((c) => c.day)).toEqual(expected.map((c) => c.day));
    expect(listed.map(key).sort()).toEqual(expected.map(key).sort());
    for (const change of expected) {
      const found = listed.find((c) => key(c) === key(change))!;
      expect(found.title).toBe(change.title);
      expect(found.text).toContain(change.note);
      expect(resolves(found.url), found.url).toBe(true);
    }
  });

  it('shows each article’s updates at its end, newest first, linked from the “updated” date', () => {
    for (const article of graph.published) {
      const page = built.get(article.url)!;
      const ids = idsOn(article.url);
      const days = article.data.updates
        .map((u) => isoDay(u.date))
        .sort()
        .reverse();
      if (!days.length) {
        expect(ids.has('updates'), article.id).toBe(false);
        continue;
      }
      const items = elements(page.tree, (el) => el.tagName === 'li' && String(attr(el, 'id')).startsWith('update-'));
      expect(items.map((li) => attr(li, 'id'))).toEqual(days.map(updateId));
      for (const u of article.data.updates) expect(page.html).toContain(u.note.replace(/&/g, '&amp;'));
      expect(elements(page.tree, (el) => el.tagName === 'a' && attr(el, 'href') === '#updates')).toHaveLength(1);
    }
  });

  it('publishes /changes.xml as RSS 2.0 with its own address, one item per change, each linking to a built page', () => {
    const xml = readFileSync(join(dist, 'changes.xml'), 'utf8');
    // Well-formed XML: the parser alone is lenient, so the validator checks first.
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' }).parse(xml);
    const channel = feed.rss.channel;
    expect(feed.rss['@_version']).toBe('2.0');
    expect(channel.title).toContain(site.title);
    expect(channel.link).toBe(new URL(withBase(pages.changes), site.url).href);
    const self = channel['atom:link'];
    expect(feed.rss['@_xmlns:atom']).toBe('http://www.w3.org/2005/Atom');
    expect(self['@_rel']).toBe('self');
    expect(self['@_href']).toBe(new URL(withBase(pages.changesFeed), site.url).href);
    const items = channel.item as { link: string; guid: { '#text': string }; pubDate: string; description: string }[];
    expect(items).toHaveLength(Math.min(expected.length, 50));
    const byLink = new Map(expected.map((c) => [new URL(withBase(c.url), site.url).href, c]));
    expect(new Set(items.map((i) => i.guid['#text'])).size).toBe(items.length);
    for (const item of items) {
      const change = byLink.get(item.link);
      expect(change, item.link).toBeDefined();
      expect(item.guid['#text']).toBe(item.link);
      expect(resolves(item.link), item.link).toBe(true);
      expect(isoDay(new Date(item.pubDate))).toBe(change!.day);
      expect(item.description).toBe(change!.note);
    }
    expect(items.map((i) => isoDay(new Date(i.pubDate)))).toEqual(expected.slice(0, items.length).map((c) => c.day));
  });

  it('advertises both feeds in the head of every page', () => {
    expect(existsSync(join(dist, 'rss.xml'))).toBe(true);
    for (const page of built.values()) {
      const feeds = elements(page.tree, (el) => el.tagName === 'link' && attr(el, 'rel') === 'alternate').map((el) =>
        withoutBase(attr(el, 'href')!),
      );
      expect(feeds, page.url).toEqual([pages.rss, pages.changesFeed]);
    }
  });
});
