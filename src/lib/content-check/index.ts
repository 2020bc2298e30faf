import { buildContentGraph, type ContentGraph } from '../content/graph';
import { bodyRules } from './body';
import { citationRules } from './citations';
import { fieldRules } from './fields';
import { glossaryRules } from './glossary';
import { linkRules } from './links';
import { previewRules } from './preview';
import type { Problem } from './problem';
import { updateRules } from './updates';

export { formatAnnotation, formatProblem, formatReport, type Problem } from './problem';

/** Every problem in the content graph, across all files. `today` decides what counts as the future. */
export function checkGraph(graph: ContentGraph, today: Date = new Date()): Problem[] {
  return [
    ...fieldRules(graph, today),
    ...updateRules(graph, today),
    ...bodyRules(graph),
    ...linkRules(graph),
    ...citationRules(graph),
    ...glossaryRules(graph),
    ...previewRules(graph),
  ];
}

/** Reads content/ under `root` and returns every problem found. */
export function checkContent(root: string, today: Date = new Date()): Problem[] {
  return checkGraph(buildContentGraph(root), today);
}
