import { claimUrl, glossaryEntryUrl } from '../config/routes';
import { claimVerdictLabels } from '../config/site';
import type { ContentGraph } from './content/graph';
import { formatDate } from './dates';

/** A Pagefind record that is not a page: one per glossary term and per timeline event, each with its own anchor. */
export interface SearchRecord {
  url: string;
  content: string;
  language: 'en';
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export interface GlossaryRecordInput {
  id: string;
  term: string;
  definition: string;
  aliases?: string[];
}

export interface TimelineRecordInput {
  /** Where the event is listed: the page of the timeline it is on, and its anchor. */
  url: string;
  date: Date;
  title: string;
  summary: string;
  section: string;
}

export function glossaryRecord({ id, term, definition, aliases = [] }: GlossaryRecordInput): SearchRecord {
  return {
    url: glossaryEntryUrl(id),
    content: [term, definition, aliases.length ? `Also called: ${aliases.join(', ')}.` : ''].join(' ').trim(),
    language: 'en',
    meta: { title: term, aliases: aliases.join('|') },
    filters: { type: ['glossary'] },
  };
}

export function timelineRecord({ url, date, title, summary, section }: TimelineRecordInput): SearchRecord {
  const day = formatDate(date);
  return {
    url,
    content: `${day}. ${title}. ${summary}`,
    language: 'en',
    meta: { title: `${title} (${day})` },
    filters: { type: ['timeline'], section: [section] },
  };
}

export interface ClaimRecordInput {
  id: string;
  claim: string;
  verdict: keyof typeof claimVerdictLabels;
  explanation: string;
}

/** A checked claim as its own result, so a question the claim answers lands on the answer. */
export function claimRecord({ id, claim, verdict, explanation }: ClaimRecordInput): SearchRecord {
  const label = claimVerdictLabels[verdict];
  return {
    url: claimUrl(id),
    // The explanation is Markdown: its link targets are not words a reader searched for.
    content: `${claim} Verdict: ${label}. ${explanation.replace(/\]\([^)]*\)/g, ']').replace(/[[\]*_`]/g, '')}`,
    language: 'en',
    meta: { title: `“${claim}” (${label})` },
    filters: { type: ['claim'] },
  };
}

/** The records that are not pages, from the content graph: every valid glossary term and timeline event. */
export function graphSearchRecords(graph: ContentGraph): SearchRecord[] {
  return [
    ...graph.timeline.map((e) => timelineRecord({ url: graph.timelineEntryUrls.get(e.id)!, ...e.valid })),
    ...[...graph.glossary.values()].map((g) => glossaryRecord({ id: g.id, ...g.valid })),
    ...graph.claims.map((c) => claimRecord({ id: c.id, ...c.valid })),
  ];
}
