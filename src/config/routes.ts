/**
 * Every address and fixed element id that more than one file needs: the pages link with these, the content
 * checker accepts links to exactly these, and the tests and benchmarks visit these. Adding a page here is the one
 * step for a link to it to be accepted in content.
 */
import { sectionIds, site, type SectionId } from './site';

/**
 * The base path: site.base (from SITE_URL) wherever Node runs (the build, its plugins, the checker, tests), and in
 * browser scripts, which have no `process`, Astro's `base` as Vite writes it into them (set from site.base).
 */
const basePath: string = globalThis.process
  ? site.base
  : ((import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/');

/**
 * A site path as the browser must request it: `/timeline/` under the base path the site is published at
 * (`/exchange-rule/timeline/`). Every address in this file, and every link in content, is written from the site's
 * root; pages pass them through this when they render an href or src. Anything else (https:, #anchor) is returned
 * as it is.
 */
export const withBase = (path: string): string =>
  path.startsWith('/') && !path.startsWith('//') ? `${basePath}${path.slice(1)}` : path;

/** A site path as a full URL on the published site, for canonical links, feeds and open data. */
export const absoluteUrl = (path: string): string => new URL(withBase(path), site.url).href;

/** The inverse of withBase for a pathname the browser saw: `/exchange-rule/timeline/` → `/timeline/`. */
export const withoutBase = (pathname: string): string =>
  pathname.startsWith(basePath) ? `/${pathname.slice(basePath.length)}` : pathname;

/** Pages that are not generated from content/, by role. */
export const pages = {
  home: '/',
  about: '/about/',
  search: '/search/',
  timeline: '/timeline/',
  glossary: '/glossary/',
  sources: '/sources/',
  claims: '/claims/',
  openQuestions: '/open-questions/',
  ledger: '/the-pushback/ledger/',
  examples: '/the-proposal/would-this-be-an-exchange/',
  changes: '/changes/',
  ruleRedline: '/the-proposal/rule-3b-16-redline/',
  rss: '/rss.xml',
  changesFeed: '/changes.xml',
} as const;

/** The feeds: files, not HTML pages (no trailing slash, no page weight). */
export const feeds: readonly string[] = [pages.rss, pages.changesFeed];

/** Ids of elements that links point at from other pages or from article text. */
export const elementIds = {
  /** The page's main landmark (the skip link's target). */
  main: 'main',
  /** The key-points box at the top of an article. */
  keyPoints: 'key-points',
  /** The source list at the end of an article. */
  sources: 'sources',
  /** An article's update history, at its end. */
  updates: 'updates',
} as const;

/** The id of one update in an article's history: `update-2026-12-02` (an article records one update a day). */
export const updateId = (day: string) => `update-${day}`;

/** The id of a source's entry in an article's own source list. */
export const articleSourceId = (sourceId: string) => `source-${sourceId}`;

/** Splits a content id "the-proposal/some-slug" into its section and slug. */
export function parseArticleId(id: string): { section: string; slug: string } {
  const [section = '', ...rest] = id.split('/');
  return { section, slug: rest.join('/') };
}

export const sectionUrl = (section: string) => `/${section}/`;

export function articleUrl(id: string): string {
  const { section, slug } = parseArticleId(id);
  return `/${section}/${slug}/`;
}

export const glossaryEntryUrl = (id: string) => `${pages.glossary}#${id}`;
/** The id of the short definition a glossary term opens in an article (one per term and page). */
export const termDefinitionId = (termId: string) => `def-${termId}`;
/** A page of the timeline: `/timeline/`, `/timeline/2/`. Which page an event is on is the content graph's to say. */
export const timelinePageUrl = (number: number) => (number === 1 ? pages.timeline : `${pages.timeline}${number}/`);
/** A page of the list of changes: `/changes/`, `/changes/2/`. */
export const changesPageUrl = (number: number) => (number === 1 ? pages.changes : `${pages.changes}${number}/`);
export const claimUrl = (id: string) => `${pages.claims}#${id}`;
/** An open dataset and its JSON Schema: `/data/timeline.json`, `/data/timeline.schema.json`. */
export const dataUrl = (name: string) => `/data/${name}.json`;
export const dataSchemaUrl = (name: string) => `/data/${name}.schema.json`;

/** A worked example's own page. */
export const exampleUrl = (id: string) => `${pages.examples}${id}/`;

/** An argument's own page in the ledger. */
export const argumentUrl = (id: string) => `${pages.ledger}${id}/`;
export const openQuestionUrl = (id: string) => `${pages.openQuestions}#${id}`;

/** The anchor of an entry's open question on /open-questions/: "event-…", "claim-…" or "argument-…". */
export const openQuestionId = (collection: 'timeline' | 'claims' | 'arguments', id: string) =>
  `${{ timeline: 'event', claims: 'claim', arguments: 'argument' }[collection]}-${id}`;

/** The reference pages, in the order the footer and the "browse" lists show them. */
export const referenceLinks: readonly { href: string; label: string }[] = [
  { href: pages.timeline, label: 'Timeline' },
  { href: pages.glossary, label: 'Glossary' },
  { href: pages.sources, label: 'Sources' },
  { href: pages.claims, label: 'The claims, checked' },
  { href: pages.ledger, label: 'The argument ledger' },
  { href: pages.openQuestions, label: 'Open questions' },
  { href: pages.changes, label: 'What changed' },
];

/** Pages that belong to a section besides its articles, listed on the section's page. */
export const sectionExtras: Partial<Record<SectionId, readonly { href: string; label: string }[]>> = {
  'the-proposal': [
    { href: pages.examples, label: 'Would this be an exchange? Eight kinds of trading system, tested step by step' },
    { href: pages.ruleRedline, label: 'Rule 3b-16 then and proposed: the rule’s text with the 2022 changes marked' },
  ],
  'the-pushback': [{ href: pages.ledger, label: 'The argument ledger: every argument for and against, side by side' }],
};

/** Every fixed page plus the section pages: the pages that exist whatever content/ holds. */
export const fixedPages: readonly string[] = [
  ...Object.values(pages),
  ...sectionIds.map((s: SectionId) => sectionUrl(s)),
];

/**
 * A page's Open Graph image, from the page's site path: `/` → `/og/index.png`, `/the-proposal/slug/` →
 * `/og/the-proposal/slug.png`.
 */
export const ogImageUrl = (pagePath: string) => `/og/${ogImageName(pagePath)}.png`;
/** The image's name under /og/, without `.png`: the image route's parameter. */
export const ogImageName = (pagePath: string) => pagePath.replace(/^\/|\/$/g, '') || 'index';

/** A page of the source list: `/sources/primary/`, `/sources/primary/2/`. */
export const sourcePageUrl = (group: string, number: number) =>
  number === 1 ? `${pages.sources}${group}/` : `${pages.sources}${group}/${number}/`;

/** What a file name (and so a URL segment or anchor) may be: lowercase words joined by hyphens. */
export const KEBAB_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
