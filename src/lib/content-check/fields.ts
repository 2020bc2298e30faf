import type { z } from 'astro/zod';
import { articleUrl, fixedPages, KEBAB_ID, parseArticleId } from '../../config/routes';
import { sectionIds } from '../../config/site';
import { isAfterToday, isoDay } from '../dates';
import { schemas, type ContentGraph, type Entry } from '../content/graph';
import { WrittenDate } from '../content/written-date';
import { SHORT_TITLE_MAX } from '../../schemas/source';
import { show, type Problem } from './problem';

/** `sources[2]`, `keyPoints[0]`, `title` */
export function fieldName(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (name, part) => (typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${part}` : part),
    '',
  );
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value && typeof value === 'object' ? (value as Record<string | number, unknown>)[key] : undefined),
    data,
  );
}

/** A problem with a field, pointing at the line the field (or the nearest enclosing one) starts on. */
export function fieldProblem(
  entry: Entry,
  path: readonly (string | number)[],
  problem: Omit<Problem, 'file' | 'field'>,
): Problem {
  const line = path.map((_, i) => entry.fieldLines.get(fieldName(path.slice(0, path.length - i)))).find(Boolean);
  return { file: entry.file, field: fieldName(path) || '(whole file)', line, ...problem };
}

const retiredFields: Partial<Record<Entry['collection'], Record<string, (value: unknown) => string>>> = {
  articles: {
    sources: () =>
      'delete the list: an article’s sources are the ones its <Cite> tags name (see CONTRIBUTING.md#citing-sources)',
    updated: (value) => {
      const day = value instanceof WrittenDate ? value.text : typeof value === 'string' ? value : 'YYYY-MM-DD';
      return `write it as an entry of \`updates\` with a one-line note of what changed: updates: - date: "${day}" note: "…" (see CONTRIBUTING.md#recording-an-update)`;
    },
  },
};

/**
 * What to write when a required field is missing, where the general advice would not say enough, and the field
 * whose line the problem points at (where the missing one belongs).
 */
const missingFields: Partial<Record<Entry['collection'], Record<string, { fix: string; near: string }>>> = {
  sources: {
    short: {
      fix: `add \`short: "…"\` below \`title\`: the document’s name in a few words, at most ${SHORT_TITLE_MAX} characters, e.g. "Regulation ATS adopting release" (see CONTRIBUTING.md#short-title-and-formal-citation)`,
      near: 'title',
    },
  },
};

/** The keys the object schema at `path` allows (through lists, defaults and optionals). */
function keysAt(schema: z.ZodTypeAny, path: readonly (string | number)[]): string[] {
  const def = schema._def as {
    innerType?: z.ZodTypeAny;
    type?: z.ZodTypeAny;
    schema?: z.ZodTypeAny;
    shape?: () => Record<string, z.ZodTypeAny>;
  };
  const wrapped = def.innerType ?? def.schema;
  if (wrapped) return keysAt(wrapped, path);
  if (def.type && typeof path[0] === 'number') return keysAt(def.type, path.slice(1));
  const shape = def.shape?.() ?? {};
  if (!path.length) return Object.keys(shape);
  const child = shape[String(path[0])];
  return child ? keysAt(child, path.slice(1)) : [];
}

function schemaProblems(entry: Entry): Problem[] {
  const schema = schemas[entry.collection] as z.ZodTypeAny;
  return entry.issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      const allowed = keysAt(schema, issue.path).join(', ');
      return issue.keys.map((key) => {
        const retired = issue.path.length ? undefined : retiredFields[entry.collection]?.[key];
        const message = retired ? 'is no longer a field' : 'is not a known field';
        return fieldProblem(entry, [...issue.path, key], {
          message,
          fix: retired?.(valueAt(entry.data, [key])) ?? `check the spelling; the allowed fields are: ${allowed}`,
        });
      });
    }
    const found = valueAt(entry.data, issue.path);
    const missing = found === undefined;
    const allowedValues = issue.code === 'invalid_enum_value' ? ` (one of: ${issue.options.join(', ')})` : '';
    const fix =
      (issue.code === 'custom' && typeof issue.params?.fix === 'string' && issue.params.fix) ||
      'correct the value as described';
    // A date checked as written is shown as written, not with the advice to quote it.
    const shown = found instanceof WrittenDate && issue.code === 'custom' ? found.text : show(found);
    const advice = missing ? missingFields[entry.collection]?.[fieldName(issue.path)] : undefined;
    const problem = fieldProblem(entry, issue.path, {
      message: missing ? 'is required but missing' : `${issue.message}${allowedValues}`,
      found: missing ? undefined : shown,
      fix: missing
        ? (advice?.fix ?? `add \`${fieldName(issue.path)}\` (see CONTRIBUTING.md#frontmatter-reference)`)
        : fix,
    });
    return [advice ? { ...problem, line: entry.fieldLines.get(advice.near) } : problem];
  });
}

function placementProblems(entry: Entry): Problem[] {
  const problems: Problem[] = [];
  const at = (field: string, message: string, found: string, fix: string) =>
    problems.push({ file: entry.file, field, message, found, fix });
  if (entry.collection === 'articles') {
    const [section, slug, ...rest] = entry.id.split('/');
    if (!entry.file.endsWith('.mdx'))
      at('(file name)', 'articles must be .mdx files', show(entry.file), 'rename the file to end in .mdx');
    if (slug === undefined || rest.length) {
      at(
        '(folder)',
        'articles must sit in a section folder',
        show(entry.file),
        `move it to content/articles/<section>/ where <section> is one of: ${sectionIds.join(', ')}`,
      );
    } else if (!(sectionIds as readonly string[]).includes(section)) {
      at(
        '(folder)',
        'is not a section folder',
        show(section),
        `move the file into one of: ${sectionIds.map((s) => `content/articles/${s}/`).join(', ')}`,
      );
    }
    if (slug !== undefined && !KEBAB_ID.test(slug))
      at(
        '(file name)',
        'the slug must be lowercase words joined by hyphens',
        show(slug),
        'rename the file, e.g. offshoring-argument.mdx',
      );
  } else {
    if (!entry.file.endsWith('.yaml'))
      at('(file name)', 'data files must end in .yaml', show(entry.file), 'rename the file to end in .yaml');
    const name = entry.collection === 'timeline' ? entry.id.replace(/^\d{4}-\d{2}-\d{2}-/, '') : entry.id;
    if (entry.collection === 'timeline' && !/^\d{4}-\d{2}-\d{2}-/.test(entry.id)) {
      at(
        '(file name)',
        'timeline files are named <yyyy-mm-dd>-<slug>.yaml',
        show(entry.id),
        'rename the file to start with the event date',
      );
    } else if (!KEBAB_ID.test(name)) {
      at(
        '(file name)',
        'ids must be lowercase words joined by hyphens',
        show(entry.id),
        'rename the file, e.g. sec-2023-reopening.yaml',
      );
    }
  }
  return problems;
}

function dateProblems(entry: Entry, today: Date): Problem[] {
  const problems: Problem[] = [];
  const data = (entry.valid ?? {}) as Record<string, unknown>;
  if (entry.collection === 'articles') {
    for (const field of ['asOf', 'published'] as const) {
      const date = data[field];
      if (date instanceof Date && isAfterToday(date, today)) {
        const fix = `use the date the facts were last reviewed (today is ${isoDay(today)} or earlier)`;
        problems.push(fieldProblem(entry, [field], { message: 'is in the future', found: show(isoDay(date)), fix }));
      }
    }
  }
  if (entry.collection === 'timeline' && data.date instanceof Date) {
    const day = isoDay(data.date);
    const prefix = entry.id.slice(0, 10);
    if (/^\d{4}-\d{2}-\d{2}$/.test(prefix) && day !== prefix) {
      const fix = `rename the file to start with ${day}, or correct the date`;
      problems.push(
        fieldProblem(entry, ['date'], { message: 'does not match the date in the file name', found: show(day), fix }),
      );
    }
  }
  return problems;
}

/** Two articles may share an `order` (ties are read by title) but not a title or a slug. */
function duplicateProblems(graph: ContentGraph): Problem[] {
  const problems: Problem[] = [];
  const byTitle = new Map<string, Entry>();
  const bySlug = new Map<string, Entry>();
  for (const article of graph.entries.filter((e) => e.collection === 'articles' && e.parseError === undefined)) {
    const title = (article.data as Record<string, unknown> | undefined)?.title;
    const key = String(title ?? '')
      .trim()
      .toLowerCase();
    const sameTitle = key ? byTitle.get(key) : undefined;
    if (sameTitle)
      problems.push(
        fieldProblem(article, ['title'], {
          message: `repeats the title of ${sameTitle.file}`,
          found: show(title),
          fix: 'give each article its own title',
        }),
      );
    else if (key) byTitle.set(key, article);

    if (fixedPages.includes(articleUrl(article.id))) {
      const fix = 'rename the file: that address belongs to a page of the site (src/config/routes.ts)';
      problems.push({
        file: article.file,
        field: '(file name)',
        message: `would take the address ${articleUrl(article.id)}`,
        found: show(article.id),
        fix,
      });
    }
    const { slug } = parseArticleId(article.id);
    const sameSlug = bySlug.get(slug);
    if (sameSlug) {
      const fix = 'rename one of the files so each article has its own slug';
      problems.push({
        file: article.file,
        field: '(file name)',
        message: `uses the same slug as ${sameSlug.file}`,
        found: show(slug),
        fix,
      });
    } else bySlug.set(slug, article);
  }
  return problems;
}

/** Where each file is, whether it parses, and whether its fields hold what the schema allows. */
export function fieldRules(graph: ContentGraph, today: Date): Problem[] {
  const problems = graph.entries.flatMap((entry) => {
    const placed = placementProblems(entry);
    if (entry.parseError === undefined) return [...placed, ...schemaProblems(entry), ...dateProblems(entry, today)];
    const field = entry.collection === 'articles' ? 'frontmatter' : '(YAML)';
    const fix =
      'check indentation and put quotes around values containing a colon, #, or that look like dates or numbers';
    return [...placed, { file: entry.file, field, message: 'could not be read as YAML', found: entry.parseError, fix }];
  });
  return [...problems, ...duplicateProblems(graph)];
}
