import type { ContentGraph, Entry } from '../content/graph';
import { undrawable } from '../og-image';
import { fieldProblem } from './fields';
import type { Problem } from './problem';

/** Titles that a page's link-preview image draws: an article's, and a worked example's. */
const drawnTitles = (graph: ContentGraph): Entry[] =>
  graph.entries.filter((e) => (e.collection === 'articles' || e.collection === 'examples') && e.valid !== undefined);

/** A title the link-preview image would draw with an empty box for a character its font does not have. */
export function previewRules(graph: ContentGraph): Problem[] {
  return drawnTitles(graph).flatMap((entry) => {
    const title = String((entry.valid as { title: string }).title);
    const missing = undrawable(title);
    if (missing.length === 0) return [];
    return [
      fieldProblem(entry, ['title'], {
        message: `has ${missing.length === 1 ? 'a character' : 'characters'} the link-preview image cannot draw (${missing.map((ch) => JSON.stringify(ch)).join(', ')})`,
        found: JSON.stringify(title),
        fix: 'use Latin letters, digits and common punctuation, or write the symbol out in words (the image’s font has no others)',
      }),
    ];
  });
}
