/**
 * A synthetic but valid content tree for benchmarks: N articles spread over the four sections, with
 * sources, glossary terms, timeline events and one checked claim, all passing the content checker.
 * Deterministic: the same options always give the same files.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sectionIds, sourceKindLabels, sourceKinds, tags, timelineKinds } from '../../src/config/site';

export interface CorpusOptions {
  articles: number;
  seed?: number;
}

/** A file to write, its path relative to the content folder. */
export interface CorpusFile {
  path: string;
  content: string;
}

/** mulberry32: a tiny seeded PRNG, good enough to vary text. */
function makeRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const sample = <T>(list: readonly T[], n: number): T[] => {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, n);
  };
  return { next, int, pick, sample };
}
type Random = ReturnType<typeof makeRandom>;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const SYLLABLES = [
  'bar',
  'cal',
  'den',
  'fer',
  'gal',
  'hol',
  'kes',
  'lan',
  'mor',
  'nev',
  'pel',
  'quin',
  'ros',
  'sel',
  'tam',
  'vor',
  'wen',
  'yar',
  'zel',
  'tor',
  'mar',
  'lis',
  'ben',
  'dra',
];
const ENDINGS = ['ley', 'ton', 'wick', 'ford', 'more', 'dale', 'by', 'stead', 'well', 'ham', 'ridge', 'worth'];
const TERM_HEADS = [
  'test',
  'threshold',
  'exemption',
  'doctrine',
  'safe harbour',
  'window',
  'standard',
  'framework',
  'report',
  'notice',
];
const FIRM_KINDS = ['Markets', 'Capital', 'Securities', 'Partners LLP', 'Trading', 'Digital', 'Advisers', 'Group'];
const PEOPLE = [
  'Commissioner Hale',
  'Chair Morrow',
  'Commissioner Ibarra',
  'Commissioner Quint',
  'Senator Ashby',
  'Representative Okafor',
  'Judge Lindqvist',
  'Director Palmer',
];

const ACTORS = [
  'the Commission',
  'the SEC staff',
  'several commenters',
  'a coalition of market makers',
  'the trade association',
  'bond dealers',
  'DeFi developers',
  'compliance teams',
  'the agency’s economists',
  'lawmakers on the committee',
  'academic commenters',
  'exchange operators',
  'investor advocates',
  'the court',
];
const VENUES = [
  'request-for-quote platforms',
  'communication protocol systems',
  'alternative trading systems',
  'government securities venues',
  'decentralized exchanges',
  'automated market makers',
  'order management systems',
  'bond trading networks',
  'crypto asset platforms',
  'NMS stock ATSs',
  'single-dealer platforms',
  'messaging services for traders',
];
const TOPICS = [
  'the exchange definition',
  'the comment period',
  'the economic analysis',
  'fair access',
  'systems compliance',
  'registration costs',
  'the withdrawal',
  'the dealer rule',
  'the April 2023 supplement',
  'investor protection',
  'Treasury market resilience',
  'the level playing field',
  'agency authority',
  'cross-border competition',
];
const SAID = [
  'argued',
  'noted',
  'warned',
  'estimated',
  'suggested',
  'insisted',
  'conceded',
  'observed',
  'maintained',
  'explained',
  'pointed out',
  'told the agency',
];
const QUALIFIERS = [
  'in plain terms',
  'at least on paper',
  'according to the release',
  'in a footnote',
  'for the first time',
  'without much debate',
  'after months of meetings',
  'in a letter to the agency',
  'during the open meeting',
  'in later testimony',
];
const CLAIMS: readonly ((r: Random, v: string, t: string) => string)[] = [
  (r, v) => `the definition of exchange would reach ${v} that never match orders`,
  (r, v) => `compliance for ${v} could cost about $${r.int(2, 90)} million a year`,
  (r, v) => `${v} already sit under broker-dealer rules and need no second regime`,
  (r, v, t) => `${t} gave too little time to study a release of ${r.int(200, 700)} pages`,
  (r, v) => `${v} perform the same function as registered venues and should follow the same rules`,
  (r, v, t) => `${t} left open which software developers would count as operators`,
  (r, v) => `roughly ${r.int(10, 60)} percent of electronic volume ran through ${v}`,
  (r, v, t) => `${t} rested on a reading of the statute that the courts might not accept`,
  () => `the withdrawal left the existing rule in place rather than settling the question`,
  (r, v) => `${v} could move offshore if registration proved impractical`,
  (r, v, t) => `${t} mattered more to investors than the headline change`,
  (r, v) => `the staff counted about ${r.int(15, 120)} ${v} that would need to register`,
];
const CONNECTIVES = [
  'However,',
  'In response,',
  'At the same time,',
  'Even so,',
  'By contrast,',
  'For that reason,',
  'Later,',
  'In practice,',
  'On this view,',
  'Critics replied that',
];
const HEADINGS: readonly ((r: Random) => string)[] = [
  (r) => `What ${r.pick(ACTORS)} argued`,
  (r) => `Why ${r.pick(VENUES)} mattered`,
  (r) => `The ${r.int(2021, 2026)} record`,
  () => 'Costs and benefits',
  (r) => `How the rule would apply to ${r.pick(VENUES)}`,
  (r) => `The question of ${r.pick(TOPICS)}`,
  () => 'What remains uncertain',
  () => 'The agency’s answer',
  (r) => `Reading ${r.pick(TOPICS)} closely`,
  () => 'Where the sources disagree',
];

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const kebab = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const pad = (n: number) => String(n).padStart(2, '0');
/** Words a reader sees: components and Markdown syntax are not counted. */
const words = (s: string) =>
  s
    .replace(/<[^>]*>/g, ' ')
    .split(/\s+/)
    .filter((w) => /\w/.test(w)).length;
const q = (s: string) => JSON.stringify(s);
const list = (items: readonly string[]) => `[${items.map(q).join(', ')}]`;

function coinedName(r: Random, used: Set<string>): string {
  for (;;) {
    const name = capitalise(r.pick(SYLLABLES) + r.pick(SYLLABLES) + r.pick(ENDINGS));
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

/** A day between two years, as [iso, prose]. */
function randomDay(r: Random, fromYear: number, toYear: number, lastMonth = 12): [string, string] {
  const year = r.int(fromYear, toYear);
  const month = r.int(1, year === toYear ? lastMonth : 12);
  const day = r.int(1, 28);
  return [`${year}-${pad(month)}-${pad(day)}`, `${day} ${MONTHS[month - 1]} ${year}`];
}

interface Source {
  id: string;
  primary: boolean;
}
interface Term {
  id: string;
  term: string;
}

function sentence(r: Random, firms: readonly string[]): string {
  const actor = r.next() < 0.3 ? r.pick(firms) : r.next() < 0.3 ? r.pick(PEOPLE) : r.pick(ACTORS);
  const claim = r.pick(CLAIMS)(r, r.pick(VENUES), r.pick(TOPICS));
  const [, when] = randomDay(r, 2021, 2026, 10);
  const shapes = [
    () => `${capitalise(actor)} ${r.pick(SAID)} that ${claim}.`,
    () => `On ${when}, ${actor} ${r.pick(SAID)} that ${claim}.`,
    () => `${r.pick(CONNECTIVES)} ${actor} ${r.pick(SAID)}, ${r.pick(QUALIFIERS)}, that ${claim}.`,
    () => `${capitalise(r.pick(QUALIFIERS))}, the argument was that ${claim}.`,
    () => `The point for ${r.pick(VENUES)} was simple: ${claim}.`,
  ];
  return r.pick(shapes)();
}

interface ArticlePlan {
  id: string;
  section: string;
  title: string;
}

/** About 650–950 words: an intro, headed parts, sometimes a list or table, glossary links, internal links and citations. */
function articleBody(
  r: Random,
  sources: Source[],
  terms: Term[],
  earlier: ArticlePlan | undefined,
  firms: readonly string[],
): string {
  const target = r.int(500, 750);
  // First uses are linked; a later plain mention checks that the checker accepts it after the link.
  const firstUses = terms.map(
    (t) =>
      `Under the <Term id="${t.id}">${t.term}</Term>, ${r.pick(VENUES)} would have been judged by what they make available, not by what they match.`,
  );
  const laterUses = terms.map((t) => `Later filings returned to the ${t.term} more than once.`);
  const links = [
    earlier
      ? `For the background, see [${earlier.title}](/${earlier.id}/).`
      : 'For the dates, see [the timeline](/timeline/).',
    `The documents are listed among [the sources](/sources/).`,
    `The [glossary](/glossary/#${terms[0].id}) defines the terms used here.`,
  ];

  const paragraphs: string[][] = [];
  const parts: (string | number)[] = []; // a number is the index of a paragraph
  let total = 0;
  const addParagraph = (extra: string[]) => {
    const sentences = Array.from({ length: r.int(2, 5) }, () => sentence(r, firms));
    for (const s of extra) sentences.splice(r.int(0, sentences.length), 0, s);
    parts.push(paragraphs.push(sentences) - 1);
    total += words(sentences.join(' '));
  };
  const addBlock = (block: string) => {
    parts.push(block);
    total += words(block);
  };

  addParagraph(firstUses.splice(0, 1));
  const headings = new Set<string>();
  while (total < target || paragraphs.length < sources.length || firstUses.length) {
    let heading = r.pick(HEADINGS)(r);
    while (headings.has(heading)) heading = `${heading}, again`;
    headings.add(heading);
    parts.push(`${headings.size > 1 && r.next() < 0.2 ? '###' : '##'} ${heading}`);
    addParagraph(firstUses.splice(0, 1));
    const roll = r.next();
    if (roll < 0.2) {
      addBlock(
        Array.from(
          { length: 3 },
          () => `- ${capitalise(r.pick(VENUES))}: ${r.pick(CLAIMS)(r, r.pick(VENUES), r.pick(TOPICS))}.`,
        ).join('\n'),
      );
    } else if (roll < 0.3) {
      const rows = Array.from(
        { length: 3 },
        () => `| ${capitalise(r.pick(VENUES))} | ${capitalise(r.pick(TOPICS))} | ${r.int(2021, 2026)} |`,
      );
      addBlock(['| Venue | Issue | Year |', '|---|---|---|', ...rows].join('\n'));
    }
    addParagraph(firstUses.length ? firstUses.splice(0, 1) : laterUses.splice(0, r.next() < 0.6 ? 1 : 0));
    if (r.next() < 0.4) paragraphs[paragraphs.length - 1].push(...links.splice(0, 1));
  }
  paragraphs[paragraphs.length - 1].push(...laterUses, ...links);

  // Every source is cited at least once, right after a sentence; then a few repeats.
  const cite = (p: string[], id: string) => {
    const i = r.int(0, p.length - 1);
    p[i] = `${p[i]}<Cite id="${id}" />`;
  };
  sources.forEach((s, i) => cite(paragraphs[i % paragraphs.length], s.id));
  for (const p of paragraphs) if (r.next() < 0.4) cite(p, r.pick(sources).id);

  return parts.map((part) => (typeof part === 'number' ? paragraphs[part].join(' ') : part)).join('\n\n');
}

export function generateCorpus({ articles: count, seed = 1 }: CorpusOptions): CorpusFile[] {
  const r = makeRandom(seed);
  const files: CorpusFile[] = [];
  const names = new Set<string>();
  const firms = Array.from({ length: 40 }, () => `${coinedName(r, names)} ${r.pick(FIRM_KINDS)}`);

  // Sources: about 0.3 per article (at least 12); every third one is primary.
  const primaryKinds = [
    'rule-release',
    'federal-register',
    'statement',
    'speech',
    'court-opinion',
    'comment-letter',
  ] as const;
  const secondaryKinds = sourceKinds.filter((k) => !(primaryKinds as readonly string[]).includes(k));
  const sources: Source[] = Array.from({ length: Math.max(12, Math.round(count * 0.3)) }, (_, i) => {
    const primary = i % 3 === 0;
    const kind = primary ? primaryKinds[i % primaryKinds.length] : r.pick(secondaryKinds);
    const firm = r.pick(firms);
    const [date] = randomDay(r, 2018, 2026, 10);
    const id = `${kebab(firm.split(' ')[0])}-${date.slice(0, 4)}-${i + 1}`;
    const topic = r.pick(TOPICS);
    const title = primary
      ? `${capitalise(kind.replace(/-/g, ' '))} on ${topic} (No. 34-${r.int(80000, 99999)})`
      : `${firm}: ${capitalise(topic)} and ${r.pick(VENUES)}`;
    const short = `${sourceKindLabels[kind]} ${i + 1} on ${topic}`;
    const yaml = [
      `title: ${q(title)}`,
      `short: ${q(short)}`,
      `publisher: ${q(primary ? 'Securities and Exchange Commission' : firm)}`,
      `date: ${q(date)}`,
      `url: ${q(`https://example.com/${primary ? 'sec' : 'commentary'}/${id}`)}`,
      `kind: ${kind}`,
      ...(primary ? [`citation: ${q(`Release No. 34-${r.int(80000, 99999)}`)}`] : []),
    ];
    files.push({ path: `sources/${id}.yaml`, content: `${yaml.join('\n')}\n` });
    return { id, primary };
  });
  const primaries = sources.filter((s) => s.primary);
  const cited = new Set<string>();

  // Glossary: about one term per ten articles (12–200). Coined names never occur in ordinary text.
  const terms: Term[] = Array.from({ length: Math.min(200, Math.max(12, Math.round(count * 0.1))) }, () => {
    const term = `${coinedName(r, names)} ${r.pick(TERM_HEADS)}`;
    return { id: kebab(term), term };
  });
  terms.forEach((t, i) => {
    const source = sources[i % sources.length].id;
    cited.add(source);
    const related = r
      .sample(
        terms.filter((o) => o !== t),
        2,
      )
      .map((o) => o.id);
    const yaml = [
      `term: ${q(t.term)}`,
      `short: ${q(`A benchmark term: ${t.term}.`)}`,
      `definition: ${q(`A benchmark term: the point at which ${r.pick(VENUES)} would count as an exchange under ${r.pick(TOPICS)}.`)}`,
      `aliases: ${list([t.term.toLowerCase()])}`,
      `related: ${list(related)}`,
      `sources: ${list([source])}`,
    ];
    files.push({ path: `glossary/${t.id}.yaml`, content: `${yaml.join('\n')}\n` });
  });

  // Timeline: about one event per ten articles (at least 6).
  for (let i = 0; i < Math.max(6, Math.round(count * 0.1)); i++) {
    const [date] = randomDay(r, 2021, 2026, 10);
    const venue = r.pick(VENUES);
    const title = `${capitalise(r.pick(TOPICS))} and ${venue}`;
    const file = `${date}-${kebab(title)}-${i + 1}`;
    const eventSources = r.sample(sources, 2).map((s) => s.id);
    eventSources.forEach((s) => cited.add(s));
    const yaml = [
      `date: ${q(date)}`,
      `title: ${q(title)}`,
      `summary: ${q(sentence(r, firms))}`,
      `section: ${r.pick(sectionIds)}`,
      `kind: ${r.pick(timelineKinds)}`,
      `sources: ${list(eventSources)}`,
    ];
    files.push({ path: `timeline/${file}.yaml`, content: `${yaml.join('\n')}\n` });
  }

  // Articles, round-robin over the sections so each section has about N/4.
  const titles = new Set<string>();
  const slugs = new Set<string>();
  const plans: ArticlePlan[] = [];
  for (let i = 0; i < count; i++) {
    const section = sectionIds[i % sectionIds.length];
    const venue = r.pick(VENUES);
    const topic = r.pick(TOPICS);
    const shapes = [
      `How ${venue} met ${topic}`,
      `What ${topic} meant for ${venue}`,
      `${capitalise(venue)} and ${topic} in ${r.int(2021, 2026)}`,
      `${capitalise(topic)}: the case of ${r.pick(firms)}`,
      `Why ${r.pick(ACTORS)} cared about ${topic}`,
    ];
    let title = r.pick(shapes);
    for (let n = 2; titles.has(title.toLowerCase()); n++) title = `${title.replace(/, part \d+$/, '')}, part ${n}`;
    titles.add(title.toLowerCase());
    let slug = kebab(title).split('-').slice(0, 7).join('-');
    for (let n = 2; slugs.has(slug); n++) slug = `${kebab(title).split('-').slice(0, 7).join('-')}-${n}`;
    slugs.add(slug);
    const plan = { id: `${section}/${slug}`, section, title };

    const chosen = new Set<Source>([r.pick(primaries), sources[i % sources.length]]);
    for (const s of r.sample(sources, r.int(2, 6))) chosen.add(s);
    const articleSources = [...chosen];
    articleSources.forEach((s) => cited.add(s.id));
    const articleTerms = r.sample(terms, r.int(3, 6));
    const [published] = randomDay(r, 2024, 2026, 9);
    const asOf = `2026-${pad(r.int(10, 11))}-01`;
    const keyPoints = Array.from({ length: r.int(2, 4) }, () => {
      let point = sentence(r, firms);
      while (point.length > 150) point = sentence(r, firms);
      return point;
    });
    const description = `An explainer on ${topic} and ${venue}: what ${r.pick(ACTORS)} said, what the record shows, and what is still open.`;
    const frontmatter = [
      `title: ${q(title)}`,
      `description: ${q(description.length > 160 ? `An explainer on ${topic} and ${venue}, with the record and what is still open.` : description)}`,
      `order: ${Math.floor(i / sectionIds.length) + 1}`,
      `asOf: ${q(asOf)}`,
      `published: ${q(published)}`,
      `tags: ${list(r.sample(tags, r.int(1, 3)))}`,
      'keyPoints:',
      ...keyPoints.map((p) => `  - ${q(p)}`),
      'draft: false',
    ];
    const earlier = plans.findLast((p) => p.section === section);
    const body = articleBody(r, articleSources, articleTerms, earlier, firms);
    files.push({ path: `articles/${plan.id}.mdx`, content: `---\n${frontmatter.join('\n')}\n---\n\n${body}\n` });
    plans.push(plan);
  }

  // The one checked claim also cites every source nothing else cites, so none is orphaned.
  const claimSources = [sources[0].id, ...sources.filter((s) => !cited.has(s.id)).map((s) => s.id)];
  const claim = [
    `claim: ${q('The benchmark rule was adopted in its proposed form.')}`,
    `madeIn: ${q('Synthetic coverage generated for benchmarks')}`,
    'verdict: inaccurate',
    'order: 1',
    'explanation: |',
    '  The proposal was never adopted; see [the timeline](/timeline/).',
    `sources: ${list([...new Set(claimSources)])}`,
  ];
  files.push({ path: 'claims/benchmark-claim.yaml', content: `${claim.join('\n')}\n` });
  return files;
}

/** Writes the files under `dir`, which must be empty or absent, so real content is never overwritten. */
export function writeCorpus(dir: string, files: readonly CorpusFile[]): void {
  if (existsSync(dir) && readdirSync(dir).length > 0)
    throw new Error(`${dir} is not empty: give --out a new or empty folder.`);
  for (const file of files) {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
}
