import { WrittenDate } from '../content/written-date';

/** One thing wrong with one contributor file, phrased so the contributor can fix it unaided. */
export interface Problem {
  /** Path from the project root, e.g. content/articles/the-pushback/offshoring.mdx */
  file: string;
  /** The field or place in the file, e.g. `sources[2]` or `<Cite id="x">`. */
  field: string;
  /** The line of the file it is on, when known (a field's first line, or a line of the body). */
  line?: number;
  /** What is wrong, in a short clause. */
  message: string;
  /** What was found, shown quoted. Omitted when nothing was there. */
  found?: string;
  /** How to fix it. */
  fix: string;
}

export function formatProblem(p: Problem): string {
  const found = p.found === undefined ? '' : ` Found: ${p.found}.`;
  return `${p.file} → \`${p.field}\`: ${p.message}.${found} Fix: ${p.fix}`;
}

/** All problems, grouped by file, in a stable order, ready to print. */
export function formatReport(problems: readonly Problem[]): string {
  const byFile = new Map<string, Problem[]>();
  for (const p of [...problems].sort((a, b) => a.file.localeCompare(b.file))) {
    byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  }
  const blocks = [...byFile].map(([file, list]) => [file, ...list.map((p) => `  - ${formatProblem(p)}`)].join('\n'));
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${byFile.size} file${byFile.size === 1 ? '' : 's'}`;
  return `${count}:\n\n${blocks.join('\n\n')}\n\nSee CONTRIBUTING.md for every field and its allowed values.`;
}

/** Shows a found value the way the author wrote it. */
export function show(value: unknown): string {
  if (value instanceof WrittenDate) return `${value.text} (read as a date: put it in quotes)`;
  if (value instanceof Date) return `${value.toISOString().slice(0, 10)} (read as a date: put it in quotes)`;
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined) return 'nothing';
  return JSON.stringify(value) ?? String(value);
}

/** GitHub's escaping for a workflow command's message, and (with `:` and `,`) for its properties. */
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * A problem as a GitHub Actions annotation, which GitHub shows on the pull request's line:
 * `::error file=content/…,line=12,title=asOf::…`.
 */
export function formatAnnotation(p: Problem): string {
  const properties = [
    `file=${escapeProperty(p.file)}`,
    ...(p.line ? [`line=${p.line}`] : []),
    `title=${escapeProperty(p.field)}`,
  ];
  const found = p.found === undefined ? '' : ` Found: ${p.found}.`;
  return `::error ${properties.join(',')}::${escapeData(`${p.message}.${found} Fix: ${p.fix}`)}`;
}
