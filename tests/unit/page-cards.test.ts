import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/site-copy';
import { argumentThemeLabels } from '../../src/config/explainer';
import { ogImageName, ogImageUrl, pages } from '../../src/config/routes';
import { sections } from '../../src/config/site';
import { buildContentGraph } from '../../src/lib/content/graph';
import { formatDate } from '../../src/lib/dates';
import { undrawable } from '../../src/lib/og-image';
import { argumentTitle, cardFor, notFoundPath, pagedTitle, pageCards } from '../../src/lib/page-cards';

const graph = buildContentGraph(projectRoot);
const cards = pageCards(graph);

describe('pageCards', () => {
  it('gives each published article its title, its section and the day its facts hold', () => {
    for (const article of graph.published) {
      const section = sections.find((s) => s.id === article.section)!;
      expect(cards[article.url]).toEqual({
        title: article.data.title,
        eyebrow: section.title,
        date: `Facts as of ${formatDate(article.data.asOf)}`,
      });
    }
  });

  it('has no card for a draft, so no image gives a draft away', () => {
    for (const draft of graph.articles.filter((a) => a.data.draft)) expect(cards[draft.url]).toBeUndefined();
  });

  it('covers the fixed pages, the 404 page and every generated list page', () => {
    const expected = [
      ...Object.values(pages).filter((p) => p.endsWith('/')),
      notFoundPath,
      ...sections.map((s) => `/${s.id}/`),
      ...graph.timelinePages.map((p) => p.url),
      ...graph.sourcePages.map((p) => p.url),
      ...graph.arguments.map((a) => `${pages.ledger}${a.id}/`),
      ...graph.examples.map((e) => `${pages.examples}${e.id}/`),
    ];
    for (const path of expected) expect(cards[path], path).toBeDefined();
  });

  it('gives every page its own image file', () => {
    const names = Object.keys(cards).map(ogImageName);
    expect(new Set(names).size).toBe(names.length);
  });

  it('uses only characters the image fonts can draw', () => {
    for (const [path, card] of Object.entries(cards))
      expect(undrawable(`${card.title}${card.eyebrow}${card.date ?? ''}`), path).toEqual([]);
  });
});

describe('titles', () => {
  it('numbers a list only when it runs to more than one page', () => {
    expect(pagedTitle('Timeline', { number: 1, of: 1 })).toBe('Timeline');
    expect(pagedTitle('Timeline', { number: 2, of: 3 })).toBe('Timeline, page 2 of 3');
  });

  it('names an argument by its number, side and theme', () => {
    expect(argumentTitle({ order: 4, side: 'against', theme: 'defi' })).toBe(
      `Argument 4, against: ${argumentThemeLabels.defi}`,
    );
  });
});

describe('ogImageUrl', () => {
  it('maps a page to its image under /og/', () => {
    expect(ogImageUrl('/')).toBe('/og/index.png');
    expect(ogImageUrl('/the-proposal/')).toBe('/og/the-proposal.png');
    expect(ogImageUrl('/the-shift/the-withdrawal/')).toBe('/og/the-shift/the-withdrawal.png');
  });
});

describe('cardFor', () => {
  const some = { '/glossary/': { title: 'Glossary', eyebrow: 'Reference' } };

  it('returns the card of a page that passes its card’s title', () => {
    expect(cardFor(some, '/glossary/', 'Glossary')).toBe(some['/glossary/']);
  });

  it('names the page and the fix when a page has no card', () => {
    expect(() => cardFor(some, '/new-page/', 'New page')).toThrow(
      '/new-page/ has no Open Graph card. Add the page to pageCards() in src/lib/page-cards.ts, with the title it passes to BaseLayout.',
    );
  });

  it('names both titles when a page and its card disagree', () => {
    expect(() => cardFor(some, '/glossary/', 'Terms')).toThrow(
      '/glossary/ passes the title "Terms" to BaseLayout but its card in src/lib/page-cards.ts says "Glossary".',
    );
  });
});

describe('undrawable', () => {
  it('finds characters outside the Latin subset', () => {
    expect(undrawable('Rule 3b-16 — “exchange” § 240')).toEqual([]);
    expect(undrawable('Règle 3b-16 → 证券')).toEqual(['→', '证', '券']);
  });
});
