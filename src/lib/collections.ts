import { getCollection, getEntries, type CollectionEntry } from 'astro:content';
import graph from 'virtual:content-graph';
import { articleUrl, glossaryEntryUrl, pages, sectionUrl } from '../config/routes';
import { sections } from '../config/site';
import { articlesInSection, isPublished, sortArticles } from './articles';
import { sourceEntryUrls, shortReference } from './sources';
import { proposalStatus } from './status';
import { compactLayout, fullLayout, isKeyEvent, layoutTimeline, type GraphicEvent } from './timeline-graphic';

/** Articles a reader can see, in reading order (drafts only under `astro dev`). */
export async function getPublishedArticles(): Promise<CollectionEntry<'articles'>[]> {
  const articles = await getCollection('articles', (a) => isPublished(a, import.meta.env.DEV));
  return sortArticles(articles);
}

/** An article's sources in the order its text first cites them (from the content graph). */
export async function getArticleSources(articleId: string): Promise<CollectionEntry<'sources'>[]> {
  const ids = graph.citations[articleId] ?? [];
  // getEntries yields undefined for an unknown id; the checker stops such a build, but `astro dev` keeps going.
  return (await getEntries(ids.map((id) => ({ collection: 'sources' as const, id })))).filter((s) => s !== undefined);
}

/** Words a reader sees in an article (from the content graph). */
export const getWordCount = (articleId: string): number => graph.words[articleId] ?? 0;

/** The source list's pages as the content graph cut them, each source with its data and citing articles. */
export async function getSourcePages() {
  const data = new Map((await getCollection('sources')).map((s) => [s.id, s.data]));
  return graph.sourcePages.map((page) => ({
    ...page,
    sources: page.sources.flatMap((s) => {
      const source = data.get(s.id);
      return source ? [{ ...s, kind: source.kind, date: source.date, title: source.title, data: source }] : [];
    }),
  }));
}

/** Each source id with a short link to its entry in the source list ("Publisher, date" → `/sources/primary/2/#id`). */
export async function getSourceLinks(): Promise<Map<string, { href: string; text: string }>> {
  const pages = await getSourcePages();
  const urls = sourceEntryUrls(pages);
  return new Map(
    pages.flatMap((page) =>
      page.sources.map((s) => [s.id, { href: urls.get(s.id)!, text: shortReference(s.data) }] as const),
    ),
  );
}

/** Short links for a list of source references (ids or Astro references), skipping any unknown id. */
export async function getSourceLinksFor() {
  const links = await getSourceLinks();
  return (refs: readonly ({ id: string } | string)[]) =>
    refs.flatMap((r) => links.get(typeof r === 'string' ? r : r.id) ?? []);
}

/** The proposal's status, from the timeline's milestone events (an event with an open question reads as unconfirmed). */
export async function getProposalStatus() {
  const events = (await getCollection('timeline')).flatMap((e) =>
    e.data.milestone
      ? [
          {
            id: e.id,
            date: e.data.date,
            milestone: e.data.milestone,
            unconfirmed: Boolean(e.data.openQuestion),
          },
        ]
      : [],
  );
  return proposalStatus(events);
}

/** How many of the last section's articles the status box names under "what came after"; the rest are a click away. */
const AFTER_LINKS = 4;

/** What the status box shows: the status, and the last section's first articles and page as "what came after". */
export async function getStatusBox() {
  const last = sections.at(-1)!;
  const after = articlesInSection(await getPublishedArticles(), last.id).slice(0, AFTER_LINKS);
  return {
    status: await getProposalStatus(),
    eventUrls: graph.timelineEntryUrls,
    after: [
      ...after.map((a) => ({ href: articleUrl(a.id), text: a.data.title })),
      { href: sectionUrl(last.id), text: `all of ${last.title}` },
    ],
  };
}

/** The worked examples, in page order. */
export async function getExamples() {
  return (await getCollection('examples')).sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** The arguments of the ledger, in ledger order. */
export async function getArguments() {
  return (await getCollection('arguments')).sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** The timeline's pages as the content graph cut them, each with its events in date order. */
export async function getTimelinePages() {
  const events = new Map((await getCollection('timeline')).map((e) => [e.id, e]));
  return graph.timelinePages.map((page) => ({ ...page, events: page.ids.flatMap((id) => events.get(id) ?? []) }));
}

/** Every point marked unconfirmed, each with its sources as short links and the titles of the articles that discuss it. */
export async function getOpenQuestions() {
  const sourcesOf = await getSourceLinksFor();
  const titles = new Map((await getPublishedArticles()).map((a) => [a.id, a.data.title]));
  return graph.openQuestions.map((q) => ({
    ...q,
    asOf: new Date(`${q.asOf}T00:00:00Z`),
    sourceLinks: sourcesOf(q.sources),
    discussedIn: q.discussedIn.flatMap((id) =>
      titles.has(id) ? [{ href: articleUrl(id), text: titles.get(id)! }] : [],
    ),
  }));
}

/** The timeline graphics: the story in brief (key events, for the home page) and every event (for /timeline/). */
export async function getTimelineGraphics() {
  const events = (await getCollection('timeline')).map((e): GraphicEvent => ({
    id: e.id,
    date: e.data.date,
    title: e.data.title,
    kind: e.data.kind,
    stage: e.data.milestone?.stage,
    keyEvent: e.data.keyEvent,
  }));
  return {
    compact: layoutTimeline(events.filter(isKeyEvent), compactLayout),
    full: layoutTimeline(events, fullLayout),
    urls: graph.timelineEntryUrls,
  };
}

/** The paragraphs of Rule 3b-16 as stored for the redline page, in page order. */
export async function getRuleText() {
  return (await getCollection('rule-text')).sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/**
 * Names for links into the site, by address: published articles by title, glossary entries by term and worked
 * examples by title (`/glossary/#id`, `/the-proposal/would-this-be-an-exchange/#id`).
 */
export async function getPageNames(): Promise<Map<string, string>> {
  return new Map([
    ...(await getPublishedArticles()).map((a) => [articleUrl(a.id), a.data.title] as const),
    ...(await getCollection('glossary')).map((g) => [glossaryEntryUrl(g.id), `Glossary: ${g.data.term}`] as const),
    ...(await getExamples()).map((e) => [`${pages.examples}#${e.id}`, `Worked example: ${e.data.title}`] as const),
  ]);
}
