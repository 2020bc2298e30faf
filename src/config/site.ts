/** The one site configuration: everything a page or a schema needs to know about the site itself. */

/** The keys of a label map as a non-empty tuple, the form `z.enum` takes. */
export const keysOf = <T extends Record<string, string>>(labels: T) =>
  Object.keys(labels) as [Extract<keyof T, string>, ...Extract<keyof T, string>[]];

/**
 * Where the site is published, from SITE_URL: a domain's root (`https://example.org/`) or a folder under it, as
 * GitHub Pages serves a project (`https://owner.github.io/exchange-rule/`).
 */
// (`globalThis.process`: browser scripts import this file too, and read the base path from Vite instead.)
const publicUrl = new URL(globalThis.process?.env.SITE_URL ?? 'https://exchange-rule-explained.example/');
const basePath = publicUrl.pathname.endsWith('/') ? publicUrl.pathname : `${publicUrl.pathname}/`;

export const site = {
  title: 'The “Exchange” Rule Explained',
  shortTitle: 'Exchange Rule Explained',
  description:
    'A sourced explainer on the SEC’s 2022 proposal to widen the definition of “exchange” (Rule 3b-16), how it reached crypto and DeFi, the pushback, its withdrawal in 2025, and what came next.',
  /** Public address of the deployed site's home page (origin and base path); for canonical URLs, sitemap, feeds. */
  url: `${publicUrl.origin}${basePath}`,
  /** The path every page sits under: '/' or e.g. '/exchange-rule/'. Astro's `base`; links add it with withBase(). */
  base: basePath,
  /** Where contributors edit content; used by "Edit this page" and "Report a correction". */
  repoUrl: globalThis.process?.env.REPO_URL ?? 'https://github.com/exchange-rule-explained/site',
  repoBranch: 'main',
  contentLicense: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  lang: 'en',
} as const;

/**
 * The Content-Security-Policy, sent as a <meta> tag on every page and in public/_headers (a unit test keeps
 * the two equal). No inline script is allowed; Pagefind's WebAssembly needs 'wasm-unsafe-eval'.
 * frame-ancestors only works as a header, so it is added there.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** The four sections; the folder name under content/articles/ is the id and the URL segment. */
export const sections = [
  {
    id: 'the-proposal',
    title: 'The proposal',
    summary:
      'What an exchange, an ATS and a broker-dealer are, what the January 2022 release proposed, and how the April 2023 supplement turned it toward crypto and DeFi.',
  },
  {
    id: 'the-pushback',
    title: 'The pushback',
    summary:
      'The objections from DeFi builders, traditional trading platforms, lawmakers and two commissioners — each set beside the SEC’s answer at the time.',
  },
  {
    id: 'the-shift',
    title: 'The SEC’s shift in tone',
    summary:
      'Court setbacks, the 2025 change of leadership, and the June 2025 withdrawal of the proposal — and what a withdrawal does and does not mean.',
  },
  {
    id: 'whats-next',
    title: 'What’s next',
    summary:
      'What people predicted against what happened, the GENIUS and CLARITY Acts, the SEC’s newer crypto work, and what to watch.',
  },
] as const;

export type SectionId = (typeof sections)[number]['id'];
export const sectionIds = sections.map((s) => s.id) as [SectionId, ...SectionId[]];

export const tags = [
  'rule-3b-16',
  'regulation-ats',
  'regulation-sci',
  'treasury-markets',
  'communication-protocols',
  'crypto',
  'defi',
  'rulemaking',
  'courts',
  'commissioners',
  'congress',
  'enforcement',
  'stablecoins',
  'tokenization',
] as const;

/** Kinds of cited document. Primary ones are the record itself; secondary ones report on it. */
export const primarySourceKinds = [
  'rule-release',
  'federal-register',
  'court-opinion',
  'statement',
  'speech',
  'press-release',
  'staff-statement',
  'legislation',
  'regulation',
  'congressional-letter',
  'comment-letter',
] as const;
export const secondarySourceKinds = ['law-firm-memo', 'news', 'analysis'] as const;
export const sourceKinds = [...primarySourceKinds, ...secondarySourceKinds] as const;
export type SourceKind = (typeof sourceKinds)[number];

export const sourceKindLabels: Record<SourceKind, string> = {
  'rule-release': 'SEC release',
  'federal-register': 'Federal Register',
  'court-opinion': 'Court opinion',
  statement: 'Statement',
  speech: 'Speech',
  'press-release': 'Press release',
  'staff-statement': 'SEC staff statement',
  legislation: 'Legislation',
  regulation: 'Regulation text',
  'congressional-letter': 'Congressional letter',
  'comment-letter': 'Comment letter',
  'law-firm-memo': 'Law-firm memo',
  news: 'News report',
  analysis: 'Analysis',
};

/**
 * Short forms of long publisher names, used in the few words that link to a source ("…, SEC, 18 March 2022").
 * Each replaces the name wherever it appears in a publisher, after the publisher's parenthesis is dropped.
 */
export const publisherAbbreviations: readonly (readonly [name: string, short: string])[] = [
  ['Securities and Exchange Commission', 'SEC'],
  ['Commodity Futures Trading Commission', 'CFTC'],
  ['Office of the Comptroller of the Currency', 'OCC'],
  ['U.S. Government Accountability Office', 'GAO'],
  ['Department of the Treasury', 'Treasury'],
  ['Federal Reserve Bank of New York', 'New York Fed'],
  ['Supreme Court of the United States', 'U.S. Supreme Court'],
  ['U.S. District Court for the Southern District of New York', 'S.D.N.Y.'],
  ['U.S. District Court for the Northern District of Texas', 'N.D. Tex.'],
  ['U.S. Court of Appeals for the Fifth Circuit', '5th Cir.'],
  ['U.S. Court of Appeals for the D.C. Circuit', 'D.C. Cir.'],
  ['United States Code', 'U.S. Code'],
  ['Mercatus Center at George Mason University', 'Mercatus Center'],
];

export const timelineKinds = [
  'adopted',
  'proposed',
  'reopened',
  'statement',
  'ruling',
  'leadership',
  'enforcement',
  'withdrawal',
  'legislation',
  'guidance',
  'exemption',
  'roundtable',
] as const;

/** Verdicts on "The claims, checked", with how each is shown. */
export const claimVerdictLabels = {
  accurate: 'Accurate',
  'partly-accurate': 'Partly accurate',
  misleading: 'Misleading',
  inaccurate: 'Inaccurate',
  outdated: 'Outdated',
  unverifiable: 'Unverifiable',
} as const;
export const claimVerdicts = keysOf(claimVerdictLabels);

/** Kinds of search result, as used in Pagefind's `type` filter and the search page's URL. */
export const searchTypes = {
  article: { label: 'Articles', singular: 'Article' },
  glossary: { label: 'Glossary terms', singular: 'Glossary term' },
  timeline: { label: 'Timeline events', singular: 'Timeline event' },
  claim: { label: 'Claims checked', singular: 'Claim checked' },
  argument: { label: 'Arguments', singular: 'Argument' },
  example: { label: 'Worked examples', singular: 'Worked example' },
} as const;
export type SearchType = keyof typeof searchTypes;

/** The longest label a timeline event's `keyEvent` may give it: longer ones would crowd the timeline graphic. */
export const keyEventLabelLength = 28;

/** Article text limits that suit search snippets and link previews. */
export const limits = {
  titleLength: { min: 10, max: 100 },
  descriptionLength: { min: 70, max: 160 },
  keyPoints: { min: 2, max: 5, maxLength: 200 },
  /** One line in an article's update history, on the article and on /changes/. */
  updateNote: { maxLength: 200 },
} as const;

/**
 * How much one page of the source list holds: at most `sources` entries and at most `citingLinks` "cited in"
 * article links between them, whichever fills first. A full page of either kind is about 11–12 KB first view, so
 * the list grows by pages, never past the 15.5 KB budget, however many sources or citing articles there are.
 */
export const sourcePageLimits = { sources: 40, citingLinks: 100 } as const;
