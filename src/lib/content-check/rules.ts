import { z } from 'astro/zod';
import { sectionIds, sourcePageLimits } from '../../config/site';
import { makeArticleSchema } from '../../schemas/article';
import { makeClaimSchema } from '../../schemas/claim';
import { makeGlossarySchema } from '../../schemas/glossary';
import { sourceSchema } from '../../schemas/source';
import { makeTimelineSchema } from '../../schemas/timeline';
import { uncitedSources, undeclaredCitations } from '../citations';
import { isAfterToday, isoDay } from '../dates';
import { indexCitations, isPrimaryKind, paginateSources, sourceEntryUrls } from '../sources';
import { unlinkedFirstUses, type GlossaryTerm } from './glossary-links';
import { componentIdsIn, headingSlugs, internalLinks, parseMdx, unsafeContent, type BodyFinding, type ParsedBody } from './mdx';
import type { CollectionName, RawEntry } from './load';
import { show, type Problem } from './problem';

const id = z.string();
const schemas: Record<CollectionName, z.ZodTypeAny> = {
  articles: makeArticleSchema(id),
  sources: sourceSchema,
  timeline: makeTimelineSchema(id),
  glossary: makeGlossarySchema(id, id),
  claims: makeClaimSchema(id),
};

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MIN_ARTICLE_SOURCES = 3;

/** `sources[2]`, `keyPoints[0]`, `title` */
export function fieldName(path: readonly (string | number)[]): string {
  return path.reduce<string>((name, part) => (typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${part}` : part), '');
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string | number, unknown>)[key] : undefined), data);
}

function schemaProblems(entry: RawEntry): Problem[] {
  const schema = schemas[entry.collection];
  const result = schema.safeParse(entry.data ?? {});
  if (result.success) return [];
  return result.error.issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      const allowed = Object.keys((schema as z.AnyZodObject).shape ?? {}).join(', ');
      return issue.keys.map((key) => ({
        file: entry.file,
        field: fieldName([...issue.path, key]),
        message: 'is not a known field',
        fix: `check the spelling; the allowed fields are: ${allowed}`,
      }));
    }
    const found = valueAt(entry.data, issue.path);
    const missing = found === undefined;
    const allowedValues = issue.code === 'invalid_enum_value' ? ` (one of: ${issue.options.join(', ')})` : '';
    return [
      {
        file: entry.file,
        field: fieldName(issue.path) || '(whole file)',
        message: missing ? 'is required but missing' : `${issue.message}${allowedValues}`,
        found: missing ? undefined : show(found),
        fix: missing ? `add \`${fieldName(issue.path)}\` (see CONTRIBUTING.md#frontmatter-reference)` : 'correct the value as described',
      },
    ];
  });
}

function placementProblems(entry: RawEntry): Problem[] {
  const problems: Problem[] = [];
  const at = (field: string, message: string, found: string, fix: string) => problems.push({ file: entry.file, field, message, found, fix });
  if (entry.collection === 'articles') {
    const [section, slug, ...rest] = entry.id.split('/');
    if (!entry.file.endsWith('.mdx')) at('(file name)', 'articles must be .mdx files', show(entry.file), 'rename the file to end in .mdx');
    if (slug === undefined || rest.length) {
      at('(folder)', 'articles must sit in a section folder', show(entry.file), `move it to content/articles/<section>/ where <section> is one of: ${sectionIds.join(', ')}`);
    } else if (!(sectionIds as readonly string[]).includes(section)) {
      at('(folder)', 'is not a section folder', show(section), `move the file into one of: ${sectionIds.map((s) => `content/articles/${s}/`).join(', ')}`);
    }
    if (slug !== undefined && !KEBAB.test(slug)) at('(file name)', 'the slug must be lowercase words joined by hyphens', show(slug), 'rename the file, e.g. offshoring-argument.mdx');
  } else {
    if (!entry.file.endsWith('.yaml')) at('(file name)', 'data files must end in .yaml', show(entry.file), 'rename the file to end in .yaml');
    const name = entry.collection === 'timeline' ? entry.id.replace(/^\d{4}-\d{2}-\d{2}-/, '') : entry.id;
    if (entry.collection === 'timeline' && !/^\d{4}-\d{2}-\d{2}-/.test(entry.id)) {
      at('(file name)', 'timeline files are named <yyyy-mm-dd>-<slug>.yaml', show(entry.id), 'rename the file to start with the event date');
    } else if (!KEBAB.test(name)) {
      at('(file name)', 'ids must be lowercase words joined by hyphens', show(entry.id), 'rename the file, e.g. sec-2023-reopening.yaml');
    }
  }
  return problems;
}

interface Index {
  bodies: Map<string, ParsedBody>;
  /** Anchors a link may point at, for each page path that has checkable anchors. */
  anchors: Map<string, Set<string>>;
  sources: Map<string, RawEntry>;
  /** Where each source is listed: `/sources/primary/2/#id`. */
  sourceEntries: Map<string, string>;
  glossary: Set<string>;
  terms: GlossaryTerm[];
}

function referenceProblems(entry: RawEntry, index: Index): Problem[] {
  const data = (entry.data ?? {}) as Record<string, unknown>;
  const problems: Problem[] = [];
  const list = (value: unknown) => (Array.isArray(value) ? value : []);
  list(data.sources).forEach((source, i) => {
    if (typeof source === 'string' && !index.sources.has(source)) {
      problems.push({
        file: entry.file,
        field: `sources[${i}]`,
        message: 'is not a known source',
        found: show(source),
        fix: `add content/sources/${source}.yaml or use the id (file name) of an existing source in content/sources/ (see CONTRIBUTING.md#citing-sources)`,
      });
    }
  });
  if (entry.collection === 'glossary') {
    list(data.related).forEach((term, i) => {
      if (typeof term === 'string' && !index.glossary.has(term)) {
        problems.push({ file: entry.file, field: `related[${i}]`, message: 'is not a glossary term', found: show(term), fix: 'use the file name of an entry in content/glossary/' });
      }
    });
  }
  return problems;
}

function articleProblems(entry: RawEntry, index: Index, today: Date): Problem[] {
  const data = (entry.data ?? {}) as Record<string, unknown>;
  const problems: Problem[] = [];
  const parsed = index.bodies.get(entry.id);
  if (!parsed?.tree) {
    const where = parsed?.line ? `line ${parsed.line + entry.bodyLine - 1}` : 'body';
    return [{ file: entry.file, field: where, message: 'could not be read as MDX', found: show(parsed?.error), fix: 'check for an unclosed <Cite>/<Term> tag, a stray < or { (write "less than", or escape it as \\{), or an HTML comment (not allowed in MDX)' }];
  }
  const tree = parsed.tree;
  const at = (line?: number) => (line ? `line ${line + entry.bodyLine - 1}` : 'body');
  for (const finding of unsafeContent(tree)) {
    const rule = unsafeRules[finding.kind];
    problems.push({ file: entry.file, field: at(finding.line), message: rule.message, found: show(finding.detail), fix: rule.fix });
  }
  for (const link of internalLinks(tree)) {
    const trouble = linkTrouble(link.url, entry, index);
    if (trouble) problems.push({ file: entry.file, field: at(link.line), found: show(link.url), ...trouble });
  }

  problems.push(...placeholderProblems(entry, at));

  const declared = (Array.isArray(data.sources) ? data.sources : []).filter((s): s is string => typeof s === 'string');
  const cited = componentIdsIn(tree, 'Cite');
  const seenSources = new Set<string>();
  declared.forEach((source, i) => {
    if (seenSources.has(source)) problems.push({ file: entry.file, field: `sources[${i}]`, message: 'lists the same source twice', found: show(source), fix: 'remove the repeated id' });
    seenSources.add(source);
  });

  for (const missing of undeclaredCitations(cited, declared)) {
    problems.push({
      file: entry.file,
      field: `<Cite id="${missing}">`,
      message: index.sources.has(missing) ? "cites a source missing from the frontmatter `sources` list" : 'cites an unknown source',
      found: show(missing),
      fix: index.sources.has(missing)
        ? `add "${missing}" to \`sources\` in the frontmatter`
        : `add content/sources/${missing}.yaml and list "${missing}" in \`sources\`, or fix the id`,
    });
  }
  for (const unused of uncitedSources(cited, declared)) {
    problems.push({ file: entry.file, field: 'sources', message: 'lists a source the text never cites', found: show(unused), fix: `cite it with <Cite id="${unused}" /> after the sentence it supports, or remove it from \`sources\`` });
  }
  for (const term of new Set(componentIdsIn(tree, 'Term'))) {
    if (!index.glossary.has(term)) {
      problems.push({ file: entry.file, field: `<Term id="${term}">`, message: 'is not a glossary term', found: show(term), fix: `use the file name of an entry in content/glossary/ or add content/glossary/${term}.yaml` });
    }
  }

  for (const use of unlinkedFirstUses(entry.body, index.terms)) {
    problems.push({
      file: entry.file,
      field: `<Term id="${use.id}">`,
      message: `the first use of the glossary term "${use.text}" is not linked to its definition`,
      found: show(use.context),
      fix: `wrap that first use in <Term id="${use.id}">…</Term>`,
    });
  }

  const distinct = new Set(declared.filter((s) => index.sources.has(s)));
  if (declared.length && distinct.size < MIN_ARTICLE_SOURCES) {
    problems.push({ file: entry.file, field: 'sources', message: `an article needs at least ${MIN_ARTICLE_SOURCES} distinct known sources`, found: String(distinct.size), fix: 'cite more documents that support the text' });
  }
  const primary = [...distinct].some((s) => isPrimaryKind(String((index.sources.get(s)?.data as Record<string, unknown>)?.kind)));
  if (distinct.size && !primary) {
    problems.push({ file: entry.file, field: 'sources', message: 'an article needs at least one primary source (an SEC release, Federal Register notice, court opinion, statement, statute…)', found: [...distinct].join(', '), fix: 'cite the primary document that the secondary sources report on' });
  }

  for (const field of ['asOf', 'published', 'updated'] as const) {
    const value = data[field];
    const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined;
    if (date && !Number.isNaN(date.getTime()) && isAfterToday(date, today)) {
      problems.push({ file: entry.file, field, message: 'is in the future', found: show(isoDay(date)), fix: `use the date the facts were last reviewed (today is ${isoDay(today)} or earlier)` });
    }
  }
  return problems;
}

function timelineProblems(entry: RawEntry): Problem[] {
  const date = (entry.data as Record<string, unknown> | undefined)?.date;
  const day = date instanceof Date ? isoDay(date) : typeof date === 'string' ? date : undefined;
  const prefix = entry.id.slice(0, 10);
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(prefix) || day === prefix) return [];
  return [{ file: entry.file, field: 'date', message: 'does not match the date in the file name', found: show(day), fix: `rename the file to start with ${day}, or correct the date` }];
}

/** The template's "Replace this…" text must not survive into a published article. */
const PLACEHOLDER = /Replace this/;

function placeholderProblems(entry: RawEntry, at: (line?: number) => string): Problem[] {
  const data = (entry.data ?? {}) as Record<string, unknown>;
  const problems: Problem[] = [];
  const fix = 'write your own text in place of the template’s placeholder';
  for (const [field, value] of Object.entries(data)) {
    const values = Array.isArray(value) ? value : [value];
    values.forEach((v, i) => {
      if (typeof v === 'string' && PLACEHOLDER.test(v)) {
        problems.push({ file: entry.file, field: Array.isArray(value) ? `${field}[${i}]` : field, message: 'still holds template text', found: show(v), fix });
      }
    });
  }
  entry.body.split('\n').forEach((line, i) => {
    if (PLACEHOLDER.test(line)) problems.push({ file: entry.file, field: at(i + 1), message: 'still holds template text', found: show(line.trim().slice(0, 80)), fix });
  });
  return problems;
}

const unsafeRules: Record<BodyFinding['kind'], { message: string; fix: string }> = {
  esm: { message: 'import and export statements are not allowed in articles', fix: 'delete the line; <Cite> and <Term> work without importing anything' },
  expression: { message: 'JavaScript expressions in curly braces are not allowed', fix: 'write the text plainly; to show a literal brace, escape it as \\{' },
  script: { message: '<script> is not allowed: articles cannot run code', fix: 'remove the element' },
  iframe: { message: '<iframe> is not allowed: articles cannot embed other pages', fix: 'link to the page instead, e.g. [the SEC release](https://www.sec.gov/…)' },
  element: { message: 'only the <Cite> and <Term> components may be used; HTML tags and other components are not allowed', fix: 'use Markdown instead: **bold**, [a link](/the-proposal/), ## A heading, - a list item' },
  handler: { message: 'event-handler attributes (on…=) are not allowed', fix: 'remove the attribute' },
  attribute: { message: '<Cite> and <Term> take only an id attribute', fix: 'remove the other attribute' },
  'attribute-expression': { message: 'attribute values must be plain text in quotes', fix: 'write the value in quotes, e.g. id="fr-2022-proposal"' },
  'javascript-url': { message: 'javascript: URLs are not allowed', fix: 'link to a page address instead' },
  'http-url': { message: 'external links must use https://', fix: 'change http:// to https:// (or link to a copy that is served over https)' },
  'missing-alt': { message: 'images need alt text', fix: 'describe the image between the brackets: ![A chart of …](…)' },
};

const staticPages = new Set(['/', '/about/', '/search/', '/timeline/', '/glossary/', '/sources/', '/claims/', '/rss.xml', ...sectionIds.map((s) => `/${s}/`)]);

/** Why an internal link would not resolve, or undefined when it does. */
function linkTrouble(url: string, entry: RawEntry, index: Index): { message: string; fix: string } | undefined {
  const [path, anchor] = url.split('#', 2);
  const page = path === '' ? `/${entry.id}/` : path;
  if (!page.startsWith('/')) return { message: 'internal links must start with /', fix: 'write the path from the site root, e.g. /the-proposal/the-january-2022-proposal/' };
  if (!page.endsWith('/') && page !== '/rss.xml') return { message: 'internal links must end with /', fix: `write ${page}/` };
  if (!staticPages.has(page) && !index.anchors.has(page)) return { message: 'links to a page that does not exist', fix: 'check the section folder and file name of the article you mean' };
  const anchors = index.anchors.get(page);
  const listed = page === '/sources/' && anchor !== undefined ? index.sourceEntries.get(anchor) : undefined;
  if (listed) return { message: 'links to a source on /sources/, which lists only the pages of the source list', fix: `link to ${listed}, where that source is listed (or cite it with <Cite id="${anchor}" />)` };
  if (anchor !== undefined && anchors && !anchors.has(anchor)) {
    return { message: `links to an anchor that does not exist on ${page}`, fix: 'use a heading slug of that page (lowercase, hyphens) or an id listed there' };
  }
  return undefined;
}

function crossFileProblems(entries: readonly RawEntry[], index: Index): Problem[] {
  const problems: Problem[] = [];
  const articles = entries.filter((e) => e.collection === 'articles' && e.data);
  const seen = new Map<string, RawEntry>();
  for (const article of articles) {
    const data = article.data as Record<string, unknown>;
    const title = String(data.title ?? '').trim().toLowerCase();
    const other = seen.get(title);
    if (title && other) problems.push({ file: article.file, field: 'title', message: `repeats the title of ${other.file}`, found: show(data.title), fix: 'give each article its own title' });
    else seen.set(title, article);

    const [section, slug] = article.id.split('/');
    const sameSlug = articles.find((a) => a !== article && a.id.split('/')[1] === slug);
    if (sameSlug && articles.indexOf(sameSlug) < articles.indexOf(article)) {
      problems.push({ file: article.file, field: '(file name)', message: `uses the same slug as ${sameSlug.file}`, found: show(slug), fix: 'rename one of the files so each article has its own slug' });
    }
    const twin = articles.find((a) => a !== article && a.id.split('/')[0] === section && (a.data as Record<string, unknown>).order === data.order);
    if (twin && articles.indexOf(twin) < articles.indexOf(article)) {
      problems.push({ file: article.file, field: 'order', message: `repeats the order of ${twin.file} in the same section`, found: show(data.order), fix: 'give each article in a section its own position' });
    }
  }

  const citing = entries.flatMap((e) => (Array.isArray((e.data as Record<string, unknown>)?.sources) ? ((e.data as Record<string, unknown>).sources as unknown[]) : []));
  for (const [sourceId, source] of index.sources) {
    if (!citing.includes(sourceId)) {
      problems.push({ file: source.file, field: '(whole file)', message: 'no article, timeline event, glossary term or claim cites this source', found: show(sourceId), fix: 'cite it where it supports the text, or delete the file' });
    }
  }
  return problems;
}

/** Every problem in the given content, across all files. `today` decides what counts as the future. */
export function checkEntries(entries: readonly RawEntry[], today: Date = new Date()): Problem[] {
  const articles = entries.filter((e) => e.collection === 'articles' && e.parseError === undefined);
  const bodies = new Map(articles.map((e) => [e.id, parseMdx(e.body)]));
  const idsOf = (collection: CollectionName) => new Set(entries.filter((e) => e.collection === collection).map((e) => e.id));
  // The same pages the site builds: published articles' citations decide how full each page is.
  const citedBy = indexCitations(
    articles.flatMap((a) => {
      const { draft, sources } = (a.data ?? {}) as Record<string, unknown>;
      return draft !== true && Array.isArray(sources) ? [{ id: a.id, sources: sources.map(String) }] : [];
    }),
  );
  const sourcePages = paginateSources(
    entries.filter((e) => e.collection === 'sources').flatMap((e) => {
      const { kind, date, title } = (e.data ?? {}) as Record<string, unknown>;
      const listed = typeof kind === 'string' && typeof date === 'string' && typeof title === 'string';
      return listed ? [{ id: e.id, kind, date, title, citedBy: citedBy.get(e.id) ?? [] }] : [];
    }),
    sourcePageLimits,
  );
  const anchors = new Map<string, Set<string>>([
    ['/glossary/', idsOf('glossary')],
    ['/sources/', new Set()],
    ...sourcePages.map((page) => [page.url, new Set(page.sources.map((s) => s.id))] as const),
    ['/timeline/', idsOf('timeline')],
    ['/claims/', idsOf('claims')],
  ]);
  for (const article of articles) {
    const tree = bodies.get(article.id)?.tree;
    const sources = (article.data as Record<string, unknown>)?.sources;
    const own = [...(tree ? headingSlugs(tree) : []), 'sources', 'key-points', 'main'];
    if (Array.isArray(sources)) own.push(...sources.map((id) => `source-${id}`));
    anchors.set(`/${article.id}/`, new Set(own));
  }
  const index: Index = {
    bodies,
    anchors,
    sourceEntries: sourceEntryUrls(sourcePages),
    sources: new Map(entries.filter((e) => e.collection === 'sources').map((e) => [e.id, e])),
    glossary: new Set(entries.filter((e) => e.collection === 'glossary').map((e) => e.id)),
    terms: entries
      .filter((e) => e.collection === 'glossary' && typeof (e.data as Record<string, unknown>)?.term === 'string')
      .map((e) => ({ id: e.id, term: (e.data as { term: string }).term })),
  };
  const problems: Problem[] = [];
  for (const entry of entries) {
    problems.push(...placementProblems(entry));
    if (entry.parseError !== undefined) {
      problems.push({ file: entry.file, field: entry.collection === 'articles' ? 'frontmatter' : '(YAML)', message: 'could not be read as YAML', found: entry.parseError, fix: 'check indentation and put quotes around values containing a colon, #, or that look like dates or numbers' });
      continue;
    }
    problems.push(...schemaProblems(entry), ...referenceProblems(entry, index));
    if (entry.collection === 'articles') problems.push(...articleProblems(entry, index, today));
    if (entry.collection === 'timeline') problems.push(...timelineProblems(entry));
  }
  problems.push(...crossFileProblems(entries, index));
  return problems;
}
