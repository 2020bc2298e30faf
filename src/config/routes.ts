/**
 * Every address and fixed element id that more than one file needs: the pages link with these, the content
 * checker accepts links to exactly these, and the tests and benchmarks visit these. Adding a page here is the one
 * step for a link to it to be accepted in content.
 */
import { sectionIds, site, type SectionId } from './site';

/**
 * A site path as the browser must request it: `/timeline/` under the base path the site is published at
 * (`/exchange-rule/timeline/`). Every address in this file, and every link in content, is written from the site's
 * root; pages pass them through this when they render an href or src. Anything else (https:, #anchor) is returned
 * as it is.
 */
export const withBase = (path: string): string =>
  path.startsWith('/') && !path.startsWith('//') ? `${site.base}${path.slice(1)}` : path;

/** The inverse of withBase for a pathname the browser saw: `/exchange-rule/timeline/` → `/timeline/`. */
export const withoutBase = (pathname: string): string =>
  pathname.startsWith(site.base) ? `/${pathname.slice(site.base.length)}` : pathname;

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
  rss: '/rss.xml',
} as const;

/** The module with the copy buttons of "Cite this page", which the build writes (src/integrations/lazy-entry.ts). */
export const citeEntry = '/cite-entry.js';

/** Ids of elements that links point at from other pages or from article text. */
export const elementIds = {
  /** The page's main landmark (the skip link's target). */
  main: 'main',
  /** The key-points box at the top of an article. */
  keyPoints: 'key-points',
  /** The source list at the end of an article. */
  sources: 'sources',
} as const;

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
/** A page of the timeline: `/timeline/`, `/timeline/2/`. Which page an event is on is the content graph's to say. */
export const timelinePageUrl = (number: number) => (number === 1 ? pages.timeline : `${pages.timeline}${number}/`);
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
];

/** Pages that belong to a section besides its articles, listed on the section's page. */
export const sectionExtras: Partial<Record<SectionId, readonly { href: string; label: string }[]>> = {
  'the-proposal': [
    { href: pages.examples, label: 'Would this be an exchange? Eight kinds of trading system, tested step by step' },
  ],
  'the-pushback': [{ href: pages.ledger, label: 'The argument ledger: every argument for and against, side by side' }],
};

/** Every fixed page plus the section pages: the pages that exist whatever content/ holds. */
export const fixedPages: readonly string[] = [
  ...Object.values(pages),
  ...sectionIds.map((s: SectionId) => sectionUrl(s)),
];

/** A page of the source list: `/sources/primary/`, `/sources/primary/2/`. */
export const sourcePageUrl = (group: string, number: number) =>
  number === 1 ? `${pages.sources}${group}/` : `${pages.sources}${group}/${number}/`;

/** What a file name (and so a URL segment or anchor) may be: lowercase words joined by hyphens. */
export const KEBAB_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
