import { checkEntries } from './rules';
import { loadContent } from './load';

export { formatReport, formatProblem, type Problem } from './problem';
export { loadContent, type RawEntry } from './load';
export { checkEntries } from './rules';

/** Reads content/ under `root` and returns every problem found. */
export function checkContent(root: string, today: Date = new Date()) {
  return checkEntries(loadContent(root), today);
}
