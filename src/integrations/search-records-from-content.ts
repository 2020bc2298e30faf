import { loadContent } from '../lib/content-check/load';
import { glossaryRecord, timelineRecord, type SearchRecord } from '../lib/search-records';

/** Glossary and timeline records for the search index, read from content/ (already validated by the checker). */
export function searchRecordsFromContent(root: string): SearchRecord[] {
  return loadContent(root).flatMap((entry): SearchRecord[] => {
    const data = entry.data as Record<string, unknown>;
    if (entry.collection === 'glossary') {
      return [glossaryRecord({ id: entry.id, term: String(data.term), definition: String(data.definition), aliases: (data.aliases as string[]) ?? [] })];
    }
    if (entry.collection === 'timeline') {
      return [timelineRecord({ id: entry.id, date: new Date(data.date as string | Date), title: String(data.title), summary: String(data.summary), section: String(data.section) })];
    }
    return [];
  });
}
