import { isoDay } from './dates';

/** The collections published as open data at /data/<name>.json, with what each holds. */
export const openDatasets = {
  timeline: 'Dated events, from Regulation ATS in 1998 to today, each with its sources.',
  sources: 'Every cited document: title, publisher, date, address, kind (primary or secondary) and formal citation.',
  glossary: 'Terms and their plain-English definitions.',
  claims: 'Claims from coverage of the story, each with a verdict and the documents that settle it.',
  arguments: 'The argument ledger: each argument for or against the proposal, who made it, the answer and the outcome.',
  examples: 'Worked examples: kinds of trading system tested against each version of the exchange definition.',
} as const;
export type OpenDataset = keyof typeof openDatasets;

/**
 * An entry's data as plain JSON, the way a contributor wrote it: dates as "YYYY-MM-DD" and references to other
 * entries (Astro's `{ collection, id }`) as their ids.
 */
export function plainData(value: unknown): unknown {
  if (value instanceof Date) return isoDay(value);
  if (Array.isArray(value)) return value.map(plainData);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.collection === 'string' && typeof record.id === 'string' && Object.keys(record).length === 2)
      return record.id;
    return Object.fromEntries(Object.entries(record).map(([key, child]) => [key, plainData(child)]));
  }
  return value;
}
