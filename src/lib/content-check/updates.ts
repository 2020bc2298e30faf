import { isAfterToday, isoDay } from '../dates';
import type { ContentGraph } from '../content/graph';
import { fieldProblem } from './fields';
import { show, type Problem } from './problem';

/**
 * An article's update history must be one a reader can trust: each update on a real day after the article first
 * appeared, on or before the day the facts were last reviewed (`asOf`, since recording an update means the facts
 * were looked at again), never in the future, and at most one a day (each day's entry is an anchor on the page).
 */
export function updateRules(graph: ContentGraph, today: Date): Problem[] {
  return graph.articles.flatMap((article) => updateProblems(article, today));
}

function updateProblems(entry: ContentGraph['articles'][number], today: Date): Problem[] {
  const { published, asOf, updates } = entry.valid;
  const firstIndex = new Map<string, number>();
  return updates.flatMap(({ date }, i): Problem[] => {
    const day = isoDay(date);
    const at = (message: string, fix: string) =>
      fieldProblem(entry, ['updates', i, 'date'], { message, found: show(day), fix });
    const problems: Problem[] = [];
    if (isAfterToday(date, today))
      problems.push(
        at('is in the future', `use the day the change was published (today is ${isoDay(today)} or earlier)`),
      );
    if (date < published)
      problems.push(
        at(
          `is before \`published\` (${isoDay(published)})`,
          'an update changes an article that has already appeared: correct the date, or `published`',
        ),
      );
    else if (date > asOf)
      problems.push(
        at(
          `is after \`asOf\` (${isoDay(asOf)})`,
          `recording an update means the facts were reviewed that day: set \`asOf\` to "${day}" or later, or correct the date`,
        ),
      );
    const first = firstIndex.get(day);
    if (first === undefined) firstIndex.set(day, i);
    else
      problems.push(
        at(
          `repeats the date of \`updates[${first}]\``,
          'an article records one update a day: merge the two notes into one line',
        ),
      );
    return problems;
  });
}
