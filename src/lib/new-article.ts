/**
 * The pure part of `npm run new` (scripts/new-article.ts): reading the flags, turning a title into a
 * slug, refusing a section, slug or title the site would reject, and filling the article template.
 * The script does the prompting and the file system; everything here is unit-tested.
 */
import { parseArgs } from 'node:util';
import { slug as githubSlug } from 'github-slugger';
import { KEBAB_ID as KEBAB } from '../config/routes';
import { limits, sectionIds, sections, tags } from '../config/site';
import { isoDay } from './dates';

export const USAGE = `Usage:
  npm run new                                   ask for the section and the title
  npm run new -- --section <section> --title "<title>" [--slug <slug>] [--dry-run]

  --section   one of: ${sectionIds.join(', ')}
  --title     the headline, ${limits.titleLength.min}–${limits.titleLength.max} characters, in quotes
  --slug      the file and URL name; derived from the title when left out
  --dry-run   print what would be written, write nothing`;

export interface NewArticleArgs {
  section?: string;
  title?: string;
  slug?: string;
  dryRun: boolean;
  help: boolean;
}

export type Result<T> = { ok: true; value: T } | { ok: false; errors: string[] };

const options = {
  section: { type: 'string' },
  title: { type: 'string' },
  slug: { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** Node's error for one argument, in words a contributor can act on. */
function argumentError(error: { code?: string; message: string }, argv: readonly string[]): string {
  const flag = /'(--?[\w-]+)/.exec(error.message)?.[1] ?? '';
  const name = flag.replace(/^-+/, '');
  switch (error.code) {
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `--${name} needs a value, e.g. ${name === 'section' ? `--section ${sectionIds[0]}` : `--${name} "…"`}.`;
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Unknown option ${JSON.stringify(flag)}.`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL': {
      const word = /'([^']*)'/.exec(error.message)?.[1] ?? argv.find((a) => !a.startsWith('-')) ?? '';
      return `Unexpected ${JSON.stringify(word)}: each value follows its flag, e.g. --section ${sectionIds[0]}, and a title with spaces needs quotes.`;
    }
    default:
      return error.message;
  }
}

/** Reads `--section x`, `--section=x`, `--title …`, `--slug …`, `--dry-run`, `--help` with Node's own parser. */
export function parseNewArticleArgs(argv: readonly string[]): Result<NewArticleArgs> {
  try {
    const { values } = parseArgs({ args: [...argv], options, strict: true, allowPositionals: false });
    const args: NewArticleArgs = { dryRun: values['dry-run'], help: values.help };
    for (const name of ['section', 'title', 'slug'] as const) if (values[name] !== undefined) args[name] = values[name];
    return { ok: true, value: args };
  } catch (error) {
    return { ok: false, errors: [argumentError(error as { code?: string; message: string }, argv)] };
  }
}

/**
 * The slug github-slugger makes of a title, tidied to what the checker accepts: lowercase ASCII words
 * joined by single hyphens. Dashes and slashes separate words ("2022–25" → "2022-25"); accents are dropped.
 */
export function slugFromTitle(title: string): string {
  const ascii = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‐‑‒–—―−/]/g, ' ');
  return githubSlug(ascii)
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
}

/** Accepts a section id, or its number in the list shown by the interactive prompt. */
export function resolveSection(answer: string): string {
  const trimmed = answer.trim();
  const byNumber = /^\d+$/.test(trimmed) ? sections[Number(trimmed) - 1] : undefined;
  return byNumber?.id ?? trimmed;
}

/** A title with runs of white space collapsed, as it will be written to the frontmatter. */
export function normaliseTitle(title: string): string {
  return title.replace(/\s+/g, ' ').trim();
}

/** An article already in content/articles/: its id ("section/slug"), and its title and order if readable. */
export interface ExistingArticle {
  id: string;
  title?: unknown;
  order?: unknown;
}

export interface ArticlePlan {
  section: string;
  slug: string;
  title: string;
  /** One after the highest `order` in the section. */
  order: number;
  /** Path from the project root. */
  file: string;
}

/** Decides the new article's file and order, or says every reason it cannot be created. */
export function planArticle(
  input: { section: string; title: string; slug?: string },
  existing: readonly ExistingArticle[],
): Result<ArticlePlan> {
  const errors: string[] = [];
  const section = input.section.trim();
  const title = normaliseTitle(input.title);
  const { min, max } = limits.titleLength;

  if (!(sectionIds as readonly string[]).includes(section)) {
    errors.push(
      `Unknown section ${JSON.stringify(section)}. Use one of: ${sectionIds.join(', ')} (the folders in content/articles/).`,
    );
  }
  if (title.length < min || title.length > max) {
    errors.push(
      `The title must be ${min}–${max} characters; ${JSON.stringify(title)} has ${title.length}. Write the headline as readers will see it.`,
    );
  }
  const clash = existing.find(
    (a) => typeof a.title === 'string' && normaliseTitle(a.title).toLowerCase() === title.toLowerCase(),
  );
  if (title && clash)
    errors.push(
      `The title ${JSON.stringify(title)} is already used by ${articleFile(clash.id)}. Give the new article its own title.`,
    );

  const slug = input.slug === undefined ? slugFromTitle(title) : input.slug.trim();
  if (input.slug !== undefined && !KEBAB.test(slug)) {
    errors.push(
      `The slug ${JSON.stringify(slug)} must be lowercase letters and digits in words joined by single hyphens, e.g. offshoring-argument.`,
    );
  } else if (!slug && title) {
    errors.push(
      `No slug can be made from the title ${JSON.stringify(title)}. Pass one with --slug, e.g. --slug offshoring-argument.`,
    );
  } else if (slug) {
    const taken = existing.find((a) => a.id.split('/').at(-1) === slug);
    if (taken) {
      errors.push(
        `${articleFile(taken.id)} already exists, and slugs must be unique. Choose another title, or pass --slug with another name.`,
      );
    }
  }
  if (errors.length) return { ok: false, errors };

  const orders = existing
    .filter((a) => a.id.split('/')[0] === section && typeof a.order === 'number')
    .map((a) => a.order as number);
  const order = Math.max(0, ...orders) + 1;
  return { ok: true, value: { section, slug, title, order, file: articleFile(`${section}/${slug}`) } };
}

export function articleFile(id: string): string {
  return `content/articles/${id}.mdx`;
}

/** Text safe inside a YAML double-quoted string. */
function yamlQuoted(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}

/**
 * Fills content/_templates/article.mdx. Placeholders are `{{name}}`; an unknown or left-over one is an
 * error, so a change to the template cannot silently produce a broken article.
 */
export function fillTemplate(template: string, plan: Pick<ArticlePlan, 'title' | 'order'>, today: Date): string {
  const values: Record<string, string> = {
    title: yamlQuoted(plan.title),
    order: String(plan.order),
    today: isoDay(today),
    tags: tags.join(', '),
  };
  return template.replace(/\{\{\s*([\w-]*)\s*\}\}/g, (placeholder, name: string) => {
    const value = values[name];
    if (value === undefined)
      throw new Error(
        `The article template has an unknown placeholder ${placeholder}; known ones are ${Object.keys(values)
          .map((k) => `{{${k}}}`)
          .join(', ')}.`,
      );
    return value;
  });
}
