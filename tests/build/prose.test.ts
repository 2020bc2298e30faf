import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { proseElements } from '../../src/config/prose';
import { builtPages, elements } from '../helpers/built-site';

const isProse = (el: Element) =>
  String(el.properties?.className ?? '')
    .split(/[\s,]+/)
    .includes('prose');

describe('typography styles (decision 0007)', () => {
  const pagesWithProse = builtPages().flatMap((page) => {
    const boxes = elements(page.tree, isProse);
    return boxes.length
      ? [
          {
            url: page.url,
            tags: new Set(
              boxes.flatMap((box) =>
                elements({ type: 'root', children: box.children } as never, () => true).map((el) => el.tagName),
              ),
            ),
          },
        ]
      : [];
  });

  it('are generated for every element any page puts inside .prose', () => {
    expect(pagesWithProse.length).toBeGreaterThan(10);
    const allowed = new Set<string>(proseElements);
    const missing = pagesWithProse.flatMap(({ url, tags }) =>
      [...tags].filter((tag) => !allowed.has(tag)).map((tag) => `<${tag}> on ${url}`),
    );
    expect(
      missing,
      'Add these elements to proseElements in src/config/prose.ts, so the typography plugin styles them',
    ).toEqual([]);
  });
});
