/**
 * What each page of the built site is called, in one place: its title (which the page passes to BaseLayout for
 * <title>, og:title and the image's alt text), the kind of page it is and, for articles, the day its facts hold.
 * The Open Graph image of every page is drawn from its card; BaseLayout refuses a page without one.
 */
import { argumentThemeLabels } from '../config/explainer';
import { argumentUrl, exampleUrl, pages, sectionUrl } from '../config/routes';
import { sections, site } from '../config/site';
import type { ContentGraph } from './content/graph';
import { formatDate } from './dates';
import type { OgCard } from './og-image';
import { sourceGroupTitles } from './sources';

/** Where Astro renders src/pages/404.astro, as BaseLayout sees its address. */
export const notFoundPath = '/404/';

/** The titles of the pages that are not generated from content/. */
export const pageTitles = {
  home: site.title,
  about: 'About, editorial standards and corrections',
  search: 'Search',
  timeline: 'Timeline',
  glossary: 'Glossary',
  sources: 'Sources',
  claims: 'The claims, checked',
  openQuestions: 'Open questions',
  ledger: 'The argument ledger',
  examples: 'Would this be an exchange?',
  ruleRedline: 'Rule 3b-16 then and proposed',
  changes: 'What changed',
  notFound: 'Page not found',
} as const;

/** A list cut into pages: "Timeline", "Timeline, page 2 of 3". */
export const pagedTitle = (title: string, page: { number: number; of: number }) =>
  page.of > 1 ? `${title}, page ${page.number} of ${page.of}` : title;

export const argumentTitle = (data: {
  order: number;
  side: 'for' | 'against';
  theme: keyof typeof argumentThemeLabels;
}) => `Argument ${data.order}, ${data.side}: ${argumentThemeLabels[data.theme]}`;

export const exampleTitle = (data: { title: string }) => `${pageTitles.examples} ${data.title}`;

const sideLabels = { for: 'For the proposal', against: 'Against the proposal' } as const;
export const argumentSideLabel = (side: 'for' | 'against') => sideLabels[side];

const aboutTheSite = 'A sourced explainer on Rule 3b-16';
const reference = 'Reference';
const sectionTitle = (id: string) => sections.find((s) => s.id === id)?.title ?? id;

/** Every page a build writes, by its site path, with what its image shows. */
export function pageCards(graph: ContentGraph): Record<string, OgCard> {
  const cards: [string, OgCard][] = [
    [pages.home, { title: pageTitles.home, eyebrow: aboutTheSite }],
    [pages.about, { title: pageTitles.about, eyebrow: aboutTheSite }],
    [pages.search, { title: pageTitles.search, eyebrow: aboutTheSite }],
    [notFoundPath, { title: pageTitles.notFound, eyebrow: aboutTheSite }],
    [pages.glossary, { title: pageTitles.glossary, eyebrow: reference }],
    [pages.sources, { title: pageTitles.sources, eyebrow: reference }],
    [pages.claims, { title: pageTitles.claims, eyebrow: reference }],
    [pages.openQuestions, { title: pageTitles.openQuestions, eyebrow: reference }],
    [pages.ledger, { title: pageTitles.ledger, eyebrow: sectionTitle('the-pushback') }],
    [pages.examples, { title: pageTitles.examples, eyebrow: sectionTitle('the-proposal') }],
    [pages.ruleRedline, { title: pageTitles.ruleRedline, eyebrow: sectionTitle('the-proposal') }],
    ...graph.changesPages.map((p): [string, OgCard] => [
      p.url,
      { title: pagedTitle(pageTitles.changes, p), eyebrow: reference },
    ]),
    ...sections.map((s, i): [string, OgCard] => [
      sectionUrl(s.id),
      { title: s.title, eyebrow: `Part ${i + 1} of ${sections.length}` },
    ]),
    ...graph.published.map((a): [string, OgCard] => [
      a.url,
      { title: a.data.title, eyebrow: sectionTitle(a.section), date: `Facts as of ${formatDate(a.data.asOf)}` },
    ]),
    ...graph.timelinePages.map((p): [string, OgCard] => [
      p.url,
      { title: pagedTitle(pageTitles.timeline, p), eyebrow: reference },
    ]),
    ...graph.sourcePages.map((p): [string, OgCard] => [
      p.url,
      { title: pagedTitle(sourceGroupTitles[p.group], p), eyebrow: pageTitles.sources },
    ]),
    ...graph.arguments.map((a): [string, OgCard] => [
      argumentUrl(a.id),
      { title: argumentTitle(a.valid), eyebrow: `${pageTitles.ledger} · ${argumentSideLabel(a.valid.side)}` },
    ]),
    ...graph.examples.map((e): [string, OgCard] => [
      exampleUrl(e.id),
      { title: exampleTitle(e.valid), eyebrow: `${sectionTitle('the-proposal')} · worked example` },
    ]),
  ];
  return Object.fromEntries(cards);
}

/**
 * The card of the page at `path`, which must carry the title the page passes to BaseLayout: the image shows the
 * card and its alt text is the title, so the two cannot be allowed to differ.
 */
export function cardFor(cards: Record<string, OgCard>, path: string, title: string): OgCard {
  const card = cards[path];
  if (!card)
    throw new Error(
      `${path} has no Open Graph card. Add the page to pageCards() in src/lib/page-cards.ts, with the title it passes to BaseLayout.`,
    );
  if (card.title !== title)
    throw new Error(
      `${path} passes the title "${title}" to BaseLayout but its card in src/lib/page-cards.ts says "${card.title}". Take the page's title from pageTitles or the title functions there.`,
    );
  return card;
}
