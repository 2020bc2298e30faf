import type { ChangesPage } from '../changes';
import type { SourceGroup } from '../sources';
import { isoDay } from '../dates';
import type { OgCard } from '../og-image';
import { pageCards } from '../page-cards';
import type { ContentGraph, OpenQuestion } from './graph';

/** What pages need of the content graph, as plain JSON: `import graph from 'virtual:content-graph'`. */
export interface GraphModule {
  /** Each article's cited source ids, in the order the text first cites them. */
  citations: Record<string, string[]>;
  /** Words a reader sees in each article. */
  words: Record<string, number>;
  /** The pages of the source list: which sources each lists, and the published articles citing each. */
  sourcePages: {
    group: SourceGroup;
    number: number;
    of: number;
    url: string;
    sources: { id: string; citedBy: string[] }[];
  }[];
  /** The pages of the timeline (event ids on each), and where each event is listed. */
  timelinePages: { number: number; of: number; url: string; ids: string[] }[];
  timelineEntryUrls: Record<string, string>;
  /** Every point marked unconfirmed (dates as YYYY-MM-DD). */
  openQuestions: (Omit<OpenQuestion, 'asOf'> & { asOf: string })[];
  /** The pages of /changes/, newest change first; the feed reads the same list. */
  changesPages: ChangesPage[];
  /** Every page a build writes, by site path: its title, kind and date, which its Open Graph image shows. */
  cards: Record<string, OgCard>;
}

export function graphModule(graph: ContentGraph): GraphModule {
  return {
    citations: Object.fromEntries(graph.readable.map((a) => [a.id, a.mdx.citations])),
    words: Object.fromEntries(graph.readable.map((a) => [a.id, a.mdx.words])),
    sourcePages: graph.sourcePages.map(({ group, number, of, url, sources }) => ({
      group,
      number,
      of,
      url,
      sources: sources.map((s) => ({ id: s.id, citedBy: [...s.citedBy] })),
    })),
    timelinePages: graph.timelinePages,
    timelineEntryUrls: Object.fromEntries(graph.timelineEntryUrls),
    openQuestions: graph.openQuestions.map((q) => ({ ...q, asOf: isoDay(q.asOf) })),
    changesPages: graph.changesPages,
    cards: pageCards(graph),
  };
}
