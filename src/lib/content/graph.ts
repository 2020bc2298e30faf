import type { Root } from 'mdast';
import { z } from 'astro/zod';
import {
  argumentUrl,
  articleSourceId,
  articleUrl,
  claimUrl,
  elementIds,
  exampleUrl,
  openQuestionId,
  pages,
  parseArticleId,
  updateId,
} from '../../config/routes';
import { sourcePageLimits } from '../../config/site';
import { articleSchema } from '../../schemas/article';
import { makeArgumentSchema } from '../../schemas/argument';
import { makeClaimSchema } from '../../schemas/claim';
import { makeExampleSchema } from '../../schemas/example';
import { makeGlossarySchema } from '../../schemas/glossary';
import { makeRuleTextSchema } from '../../schemas/rule-text';
import { sourceSchema, type SourceData } from '../../schemas/source';
import { isoDay } from '../dates';
import { makeTimelineSchema } from '../../schemas/timeline';
import { isPublished, sortArticles } from '../articles';
import { listChanges, paginateChanges, type Change, type ChangesPage } from '../changes';
import { orderCitations } from '../citations';
import { indexCitations, paginateSources, sourceEntryUrls, type ListedSource, type SourcePage } from '../sources';
import { paginateTimeline, timelineEntryUrls, type TimelinePage } from '../timeline';
import { readContentFiles, type CollectionName } from './files';
import { componentIdsIn, countWords, headingSlugs, linksIn, parseMdx } from './mdx';
import { parseContentFile, type RawEntry } from './parse';

const id = z.string();
/** The collections' schemas with references as plain ids: the graph resolves references itself. */
export const schemas = {
  articles: articleSchema,
  sources: sourceSchema,
  timeline: makeTimelineSchema(id),
  glossary: makeGlossarySchema(id, id),
  claims: makeClaimSchema(id),
  arguments: makeArgumentSchema(id, id),
  examples: makeExampleSchema(id),
  'rule-text': makeRuleTextSchema(id),
} satisfies Record<CollectionName, z.ZodTypeAny>;

type DataOf<C extends CollectionName> = z.output<(typeof schemas)[C]>;

/** What an article's body holds, parsed once. */
export interface ArticleBody {
  /** The parsed body, or why it could not be parsed (with its line). */
  tree?: Root;
  error?: { message: string; line?: number };
  /** Source ids in the order the text first cites them: the article's numbered source list. */
  citations: string[];
  /** Heading anchors, as Astro makes them. */
  headings: string[];
  /** Every link, link definition and image address in the body, with its line. */
  links: { url: string; line?: number; image: boolean }[];
  words: number;
}

/** One contributor file: what was read, and what the schema made of it. */
export interface Entry<C extends CollectionName = CollectionName> extends RawEntry {
  collection: C;
  /** The validated data; undefined when the file could not be read or failed its schema. */
  valid?: DataOf<C>;
  /** The schema's complaints, for the checker to phrase. */
  issues: z.ZodIssue[];
  /** An article's body, parsed whenever its frontmatter could be read (valid or not). */
  mdx?: ArticleBody;
}

/** An article whose frontmatter and body could both be read. */
export type ReadableArticle = Entry<'articles'> & { mdx: ArticleBody; url: string };

/** An article whose frontmatter is valid. */
export interface Article extends ReadableArticle {
  valid: DataOf<'articles'>;
  data: DataOf<'articles'>;
  section: string;
}

export type Valid<C extends CollectionName> = Entry<C> & { valid: DataOf<C> };

/** Everything the site knows about content/, read once and derived from that one read. */
export interface ContentGraph {
  /** Every file, valid or not, in a stable order. */
  entries: Entry[];
  /** Articles whose frontmatter could be read, valid or not: what the checker reads. */
  readable: ReadableArticle[];
  /** Articles whose frontmatter is valid, drafts included, in reading order. */
  articles: Article[];
  /** What a reader of the built site sees: articles that are not drafts, in reading order. */
  published: Article[];
  sources: Map<string, Valid<'sources'>>;
  glossary: Map<string, Valid<'glossary'>>;
  /** Valid events, by date. */
  timeline: Valid<'timeline'>[];
  /** The pages of the timeline, and where each event is listed (`/timeline/2/#id`). */
  timelinePages: TimelinePage[];
  timelineEntryUrls: Map<string, string>;
  claims: Valid<'claims'>[];
  /** Valid arguments, in ledger order. */
  arguments: Valid<'arguments'>[];
  /** Valid worked examples, in page order. */
  examples: Valid<'examples'>[];
  /** Valid paragraphs of Rule 3b-16, in page order. */
  ruleText: Valid<'rule-text'>[];
  /** Every point marked unconfirmed, where it is stated and which articles link to it. */
  openQuestions: OpenQuestion[];
  /** The pages of the source list, each source with the published articles that cite it. */
  sourcePages: SourcePage<ListedSource & { data: SourceData }>[];
  /** Where each source is listed: `/sources/primary/2/#id`. */
  sourceEntryUrls: Map<string, string>;
  /** Every publication and update of a published article, newest first (/changes/ and /changes.xml). */
  changes: Change[];
  /** The pages of /changes/. */
  changesPages: ChangesPage[];
  /** The anchors a link may point at, for each page that has checkable anchors. */
  anchors: Map<string, Set<string>>;
}

function parseBody(body: string): ArticleBody {
  const parsed = parseMdx(body);
  const tree = parsed.tree;
  if (!tree) return { error: { message: parsed.error, line: parsed.line }, citations: [], headings: [], links: [], words: 0 };
  const citations = orderCitations(componentIdsIn(tree, 'Cite'));
  return { tree, citations, headings: headingSlugs(tree), links: linksIn(tree), words: countWords(tree) };
}

function validate(raw: RawEntry): Entry {
  if (raw.parseError !== undefined) return { ...raw, issues: [] };
  const mdx = raw.collection === 'articles' ? parseBody(raw.body) : undefined;
  const result = schemas[raw.collection].safeParse(raw.data ?? {});
  return result.success ? { ...raw, mdx, valid: result.data, issues: [] } : { ...raw, mdx, issues: result.error.issues };
}

const isValid = <C extends CollectionName>(entry: Entry, collection: C): entry is Valid<C> =>
  entry.collection === collection && entry.valid !== undefined;

/** Derives everything else from entries already read and validated. */
function graphFromEntries(entries: Entry[]): ContentGraph {
  const readable = entries.flatMap((e): ReadableArticle[] => (e.collection === 'articles' && e.mdx ? [{ ...(e as Entry<'articles'>), mdx: e.mdx, url: articleUrl(e.id) }] : []));
  const articles = sortArticles(
    readable.flatMap((a): Article[] => (a.valid ? [{ ...a, valid: a.valid, data: a.valid, section: parseArticleId(a.id).section }] : [])),
  );
  const published = articles.filter((a) => isPublished(a, false));
  const validOf = <C extends CollectionName>(collection: C) => entries.filter((e): e is Valid<C> => isValid(e, collection));
  const sources = new Map(validOf('sources').map((s) => [s.id, s]));

  const citedBy = indexCitations(published.map((a) => ({ id: a.id, sources: a.mdx.citations })));
  const sourcePages = paginateSources(
    [...sources.values()].map((s) => ({ id: s.id, kind: s.valid.kind, date: s.valid.date, title: s.valid.title, citedBy: citedBy.get(s.id) ?? [], data: s.valid })),
    sourcePageLimits,
  );

  const timeline = validOf('timeline').sort(
    (a, b) => a.valid.date.getTime() - b.valid.date.getTime() || a.id.localeCompare(b.id),
  );
  const timelinePages = paginateTimeline(timeline.map((e) => e.id));
  const entryUrls = timelineEntryUrls(timelinePages);

  const idsOf = (collection: CollectionName) => new Set(entries.filter((e) => e.collection === collection).map((e) => e.id));
  const anchors = new Map<string, Set<string>>([
    [pages.glossary, idsOf('glossary')],
    [pages.sources, new Set()],
    ...sourcePages.map((page) => [page.url, new Set(page.sources.map((s) => s.id))] as const),
    ...timelinePages.map((page) => [page.url, new Set(page.ids)] as const),
    [pages.claims, idsOf('claims')],
    [pages.ledger, idsOf('arguments')],
    ...[...idsOf('arguments')].map((id) => [argumentUrl(id), new Set([elementIds.main])] as const),
    [pages.examples, idsOf('examples')],
    [pages.ruleRedline, idsOf('rule-text')],
    ...[...idsOf('examples')].map((id) => [exampleUrl(id), new Set([elementIds.main, 'rule-1998', 'rule-2022', 'rule-2023'])] as const),
  ]);
  for (const article of readable) {
    const fixed = [elementIds.sources, elementIds.keyPoints, elementIds.main];
    const updates = article.valid?.updates ?? [];
    const history = updates.length ? [elementIds.updates, ...updates.map((u) => updateId(isoDay(u.date)))] : [];
    anchors.set(
      article.url,
      new Set([...article.mdx.headings, ...fixed, ...article.mdx.citations.map(articleSourceId), ...history]),
    );
  }
  const changes = listChanges(published);
  const changesPages = paginateChanges(changes);
  for (const page of changesPages) anchors.set(page.url, new Set());

  const openQuestions = collectOpenQuestions(entries, readable, entryUrls);
  anchors.set(pages.openQuestions, new Set(openQuestions.map((q) => q.id)));

  return {
    entries,
    readable,
    articles,
    published,
    sources,
    glossary: new Map(validOf('glossary').map((g) => [g.id, g])),
    timeline,
    timelinePages,
    timelineEntryUrls: entryUrls,
    claims: validOf('claims').sort((a, b) => a.valid.order - b.valid.order || a.id.localeCompare(b.id)),
    arguments: validOf('arguments').sort((a, b) => a.valid.order - b.valid.order || a.id.localeCompare(b.id)),
    examples: validOf('examples').sort((a, b) => a.valid.order - b.valid.order || a.id.localeCompare(b.id)),
    ruleText: validOf('rule-text').sort((a, b) => a.valid.order - b.valid.order || a.id.localeCompare(b.id)),
    openQuestions,
    sourcePages,
    sourceEntryUrls: sourceEntryUrls(sourcePages),
    changes,
    changesPages,
    anchors,
  };
}

export interface OpenQuestion {
  /** Its anchor on the open-questions page: "event-…", "claim-…" or "argument-…" and the entry's id. */
  id: string;
  question: string;
  known: string;
  wouldSettle: string;
  asOf: Date;
  /** Where the point is stated. */
  statedAt: { url: string; title: string };
  /** Ids of the entry's sources. */
  sources: string[];
  /** Articles whose text links to this question. */
  discussedIn: string[];
}


function collectOpenQuestions(
  entries: Entry[],
  readable: ReadableArticle[],
  timelineUrls: Map<string, string>,
): OpenQuestion[] {
  const questions = entries.flatMap((entry): OpenQuestion[] => {
    const data = entry.valid as { openQuestion?: { question: string; known: string; wouldSettle: string; asOf: Date } } | undefined;
    if (!data?.openQuestion || !['timeline', 'claims', 'arguments'].includes(entry.collection)) return [];
    const valid = entry.valid as Record<string, unknown>;
    const [url, title, sources] =
      entry.collection === 'timeline'
        ? [timelineUrls.get(entry.id) ?? pages.timeline, String(valid.title), valid.sources as string[]]
        : entry.collection === 'claims'
          ? [claimUrl(entry.id), String(valid.claim), valid.sources as string[]]
          : [argumentUrl(entry.id), String(valid.argument), nestedSourceIds(valid)];
    const id = openQuestionId(entry.collection as 'timeline' | 'claims' | 'arguments', entry.id);
    return [{ id, ...data.openQuestion, statedAt: { url, title }, sources, discussedIn: [] }];
  });
  for (const question of questions) {
    const target = `${pages.openQuestions}#${question.id}`;
    question.discussedIn = readable.filter((a) => a.mdx.links.some((l) => l.url === target)).map((a) => a.id);
  }
  return questions.sort((a, b) => a.id.localeCompare(b.id));
}

/** Every source id listed anywhere in an entry's data (`sources` lists at any depth), in order, once. */
export function nestedSourceIds(data: unknown): string[] {
  const ids: string[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'sources' && Array.isArray(child)) ids.push(...child.filter((s): s is string => typeof s === 'string'));
        else walk(child);
      }
    }
  };
  walk(data);
  return [...new Set(ids)];
}

/** Reads content/ under `root` once (each file once), validates it, and derives everything else from that read. */
export function buildContentGraph(root: string): ContentGraph {
  return graphFromEntries(readContentFiles(root).map(parseContentFile).map(validate));
}
